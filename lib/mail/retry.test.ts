import { describe, expect, it } from "vitest";
import { backoffMs } from "./retry";

describe("back-off between attempts", () => {
  it("starts at 30 s, doubles, and stops growing at an hour", () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(8)).toBe(60 * 60_000);
    expect(backoffMs(20)).toBe(60 * 60_000);
  });
});
