import { describe, expect, it } from "vitest";
import { MAX_SLUG_LENGTH } from "@/lib/arabic/slugify";
import { settleSlug, slugCandidates } from "./public-slug";

describe("settling a story's public address", () => {
  it("gives the story the address it asks for when no other story holds it", () => {
    expect(settleSlug("هجوم-على-حاجز", new Set())).toBe("هجوم-على-حاجز");
    // What drafts ask for is not held: only addresses other stories published (or redirect from).
    expect(settleSlug("هجوم-على-حاجز", new Set(["هجوم-على-حاجز-2"]))).toBe("هجوم-على-حاجز");
  });

  it("numbers it when a published story or an old address holds it", () => {
    expect(settleSlug("هجوم-على-حاجز", new Set(["هجوم-على-حاجز"]))).toBe("هجوم-على-حاجز-2");
    expect(settleSlug("هجوم-على-حاجز", new Set(["هجوم-على-حاجز", "هجوم-على-حاجز-2"]))).toBe("هجوم-على-حاجز-3");
  });

  it("keeps a numbered address within the length limit", () => {
    const long = "ا".repeat(MAX_SLUG_LENGTH);
    const settled = settleSlug(long, new Set([long]))!;
    expect(settled.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(settled.endsWith("-2")).toBe(true);
  });

  it("gives up, rather than loop, when every numbered address is held", () => {
    expect(settleSlug("خبر", new Set(slugCandidates("خبر")))).toBeNull();
  });
});
