import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./dates";

// The default newsroom time zone is Asia/Damascus (UTC+3).
describe("Arabic dates", () => {
  it("formats with Arabic month names and Western digits in the newsroom's time zone", () => {
    expect(formatDateTime("2026-11-30T17:05:00Z")).toBe("30 نوفمبر 2026 في 8:05 م");
    expect(formatDate("2026-01-02T22:30:00Z")).toBe("3 يناير 2026");
  });
});
