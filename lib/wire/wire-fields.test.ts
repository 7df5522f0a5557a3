import { describe, expect, it } from "vitest";
import { mainHeadline } from "./wire-fields";

describe("mainHeadline", () => {
  it("prefers the headline marked main, then one without a role, then the first", () => {
    expect(mainHeadline([{ value: "قصير", role: "short" }, { value: "رئيسي", role: "hld:main" }, { value: "بلا دور" }])).toBe("رئيسي");
    expect(mainHeadline([{ value: "قصير", role: "short" }, { value: "بلا دور" }])).toBe("بلا دور");
    expect(mainHeadline([{ value: "قصير", role: "short" }, { value: "فرعي", role: "sub" }])).toBe("قصير");
    expect(mainHeadline([])).toBeUndefined();
  });
});
