import { describe, expect, it } from "vitest";
import { parsePageNumber, parseSlugParam } from "./route-params";

describe("parseSlugParam", () => {
  it("accepts decoded and percent-encoded Arabic slugs alike", () => {
    expect(parseSlugParam("مقتل-20")).toBe("مقتل-20");
    expect(parseSlugParam(encodeURIComponent("مقتل-20"))).toBe("مقتل-20");
  });

  it("refuses malformed encoding and absurd slugs", () => {
    expect(parseSlugParam("%E0%A4%A")).toBeNull();
    expect(parseSlugParam("x".repeat(5000))).toBeNull();
    expect(parseSlugParam("<script>")).toBeNull();
  });
});

describe("parsePageNumber", () => {
  it("defaults to the first page and refuses nonsense", () => {
    expect(parsePageNumber(undefined)).toBe(1);
    expect(parsePageNumber("3")).toBe(3);
    expect(parsePageNumber("0")).toBeNull();
    expect(parsePageNumber("abc")).toBeNull();
    expect(parsePageNumber("1.5")).toBeNull();
  });
});
