import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, utcToWallTime, wallTimeToUtc } from "./dates";

// The default newsroom time zone is Asia/Damascus (UTC+3).
describe("Arabic dates", () => {
  it("formats with Western digits in the newsroom's time zone, naming months both ways by default", () => {
    expect(formatDateTime("2026-11-30T17:05:00Z")).toBe("30 تشرين الثاني/نوفمبر 2026 في 8:05 م");
    expect(formatDate("2026-01-02T22:30:00Z")).toBe("3 كانون الثاني/يناير 2026");
  });

  it.each([
    [1, "كانون الثاني", "يناير"],
    [2, "شباط", "فبراير"],
    [3, "آذار", "مارس"],
    [4, "نيسان", "أبريل"],
    [5, "أيار", "مايو"],
    [6, "حزيران", "يونيو"],
    [7, "تموز", "يوليو"],
    [8, "آب", "أغسطس"],
    [9, "أيلول", "سبتمبر"],
    [10, "تشرين الأول", "أكتوبر"],
    [11, "تشرين الثاني", "نوفمبر"],
    [12, "كانون الأول", "ديسمبر"],
  ])("names month %i %s, or %s, or both", (month, levantine, gregorian) => {
    const date = `2026-${String(month).padStart(2, "0")}-15T09:00:00Z`;
    expect(formatDate(date, "levantine")).toBe(`15 ${levantine} 2026`);
    expect(formatDate(date, "gregorian")).toBe(`15 ${gregorian} 2026`);
    expect(formatDate(date, "both")).toBe(`15 ${levantine}/${gregorian} 2026`);
  });

  it("names the month of the newsroom's day, not UTC's, at the turn of a month", () => {
    expect(formatDate("2026-12-31T22:30:00Z", "levantine")).toBe("1 كانون الثاني 2027");
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
