import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/ar";
import { articleInputSchema } from "./articles";
import { isStorableText, unstorablePath } from "./storable-text";
import { profileSchema } from "./auth";

describe("text the database can hold", () => {
  it("accepts Arabic, emoji, bidi marks and control characters other than NUL", () => {
    expect(isStorableText("خبر عاجل \u200f\u202e 🇸🇾 \u0007")).toBe(true);
  });

  it("refuses NUL and lone surrogates", () => {
    expect(isStorableText("خبر\u0000")).toBe(false);
    expect(isStorableText("\ud83d")).toBe(false);
    expect(isStorableText("a\udc00b")).toBe(false);
  });

  it("names the field, however deep, and looks at keys too", () => {
    expect(unstorablePath({ body: { content: [{ text: "ok" }, { text: "\u0000" }] } })).toEqual(["body", "content", 1, "text"]);
    expect(unstorablePath({ tags: ["\ud800"] })).toEqual(["tags", 0]);
    expect(unstorablePath({ "k\u0000": 1 })).toEqual([]);
    expect(unstorablePath({ a: ["b", 1, null, { c: true }] })).toBeNull();
  });

  it("walks a very deeply nested request without overflowing the stack", () => {
    let deep: unknown = "\u0000";
    for (let level = 0; level < 100_000; level += 1) deep = [deep];
    expect(unstorablePath(deep)).toHaveLength(100_000);
  });

  it("refuses a display name with NUL beside the field, in Arabic", () => {
    const result = profileSchema.safeParse({ displayName: "سامر\u0000" });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["displayName"], message: ar.guardrails.unstorableText })]);
  });

  it("refuses a headline with a lone surrogate before any other rule runs", () => {
    const result = articleInputSchema.safeParse({ headline: "عاجل \ud800" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([ar.guardrails.unstorableText]);
  });
});
