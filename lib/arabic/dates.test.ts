import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, utcToWallTime, wallTimeToUtc } from "./dates";

// The default newsroom time zone is Asia/Damascus (UTC+3).
describe("Arabic dates", () => {
  it("formats with Arabic month names and Western digits in the newsroom's time zone", () => {
    expect(formatDateTime("2026-11-30T17:05:00Z")).toBe("30 نوفمبر 2026 في 8:05 م");
    expect(formatDate("2026-01-02T22:30:00Z")).toBe("3 يناير 2026");
  });
});

describe("newsroom wall-clock times", () => {
  it("stores a time entered in Damascus as UTC and shows it back unchanged", () => {
    expect(wallTimeToUtc("2026-05-01T14:30")?.toISOString()).toBe("2026-05-01T11:30:00.000Z");
    expect(utcToWallTime("2026-05-01T11:30:00Z")).toBe("2026-05-01T14:30");
    expect(wallTimeToUtc("2026-05-01T14:30:45")?.toISOString()).toBe("2026-05-01T11:30:45.000Z");
    expect(utcToWallTime("2026-05-01T11:30:45Z", "Asia/Damascus", true)).toBe("2026-05-01T14:30:45");
  });

  it("finds the right offset on both sides of a daylight-saving change", () => {
    expect(wallTimeToUtc("2026-03-28T12:00", "Europe/Berlin")?.toISOString()).toBe("2026-03-28T11:00:00.000Z");
    expect(wallTimeToUtc("2026-03-30T12:00", "Europe/Berlin")?.toISOString()).toBe("2026-03-30T10:00:00.000Z");
    expect(utcToWallTime("2026-10-26T10:00:00Z", "Europe/Berlin")).toBe("2026-10-26T11:00");
  });

  it("refuses text that is not a wall-clock time", () => {
    expect(wallTimeToUtc("tomorrow")).toBeNull();
    expect(wallTimeToUtc("2026-13-01T10:00")).toBeNull();
    expect(wallTimeToUtc("2026-05-01T25:00")).toBeNull();
  });
});
