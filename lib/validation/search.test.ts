import { describe, expect, it } from "vitest";
import { parseSearchParams } from "./search";

describe("parseSearchParams", () => {
  it("reads a well-formed search", () => {
    expect(parseSearchParams({ q: "داعش", section: "syria", from: "2026-01-01", to: "2026-02-01", page: "2" })).toEqual({
      q: "داعش",
      section: "syria",
      from: "2026-01-01",
      to: "2026-02-01",
      page: 2,
    });
  });

  it("drops whatever is malformed instead of failing", () => {
    expect(parseSearchParams({ q: ["أول", "ثان"], section: "<script>", from: "2026-13-45", to: "غدًا", page: "-3" })).toEqual({
      q: "أول",
      section: null,
      from: null,
      to: null,
      page: 1,
    });
    expect(parseSearchParams({})).toEqual({ q: "", section: null, from: null, to: null, page: 1 });
    expect(parseSearchParams({ page: "1e9" }).page).toBe(1);
  });

  it("swaps a date range given backwards and bounds the query's length", () => {
    expect(parseSearchParams({ from: "2026-03-01", to: "2026-01-01" })).toMatchObject({ from: "2026-01-01", to: "2026-03-01" });
    expect(parseSearchParams({ q: "ش".repeat(10_000) }).q.length).toBe(2_000);
  });
});
