import { describe, expect, it } from "vitest";
import { FREE_FAILURES, MAX_SLOWDOWN_MS, slowdownMs } from "./slowdown";

describe("slowing down an account under guessing", () => {
  it("leaves a few typos alone", () => {
    for (let failures = 0; failures <= FREE_FAILURES; failures++) expect(slowdownMs(failures)).toBe(0);
  });

  it("doubles the wait from one second with every further wrong password", () => {
    expect([1, 2, 3, 4].map((extra) => slowdownMs(FREE_FAILURES + extra))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it("never waits longer than the ceiling, however many guesses came before", () => {
    expect(slowdownMs(FREE_FAILURES + 5)).toBe(MAX_SLOWDOWN_MS);
    expect(slowdownMs(1_000_000)).toBe(MAX_SLOWDOWN_MS);
  });
});
