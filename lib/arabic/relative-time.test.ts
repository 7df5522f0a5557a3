import { describe, expect, it } from "vitest";
import { ar } from "@/lib/i18n/site";
import { timeAgo } from "./relative-time";

const NOW = Date.parse("2026-12-07T12:00:00Z");
const ago = (ms: number) => timeAgo(NOW - ms, NOW);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe("timeAgo", () => {
  it.each([
    [0, "منذ لحظات"],
    [59_000, "منذ لحظات"],
    [MINUTE, "منذ دقيقة"],
    [2 * MINUTE, "منذ دقيقتين"],
    [5 * MINUTE, "منذ 5 دقائق"],
    [10 * MINUTE + 59_000, "منذ 10 دقائق"],
    [11 * MINUTE, "منذ 11 دقيقة"],
    [59 * MINUTE, "منذ 59 دقيقة"],
    [HOUR, "منذ ساعة"],
    [2 * HOUR, "منذ ساعتين"],
    [3 * HOUR, "منذ 3 ساعات"],
    [23 * HOUR, "منذ 23 ساعة"],
    [24 * HOUR, "منذ يوم"],
    [48 * HOUR, "منذ يومين"],
  ])("says %i ms ago as %s", (elapsed, phrase) => {
    expect(ago(elapsed)).toBe(phrase);
  });

  it("leaves three days ago and more to the date", () => {
    expect(ago(72 * HOUR)).toBeNull();
  });

  it("takes a clock a little behind the server's as now, and leaves a time further ahead to the date", () => {
    expect(ago(-30_000)).toBe("منذ لحظات");
    expect(ago(-5 * MINUTE)).toBeNull();
  });

  // Lists never count past 59 minutes or 23 hours, yet every plural class has its agreeing form.
  it.each([
    [0, "منذ لحظات", "منذ لحظات"],
    [1, "منذ دقيقة", "منذ ساعة"],
    [2, "منذ دقيقتين", "منذ ساعتين"],
    [7, "منذ 7 دقائق", "منذ 7 ساعات"],
    [45, "منذ 45 دقيقة", "منذ 45 ساعة"],
    [101, "منذ 101 دقيقة", "منذ 101 ساعة"],
  ])("agrees with %i (zero, one, two, few, many, other)", (n, minutes, hours) => {
    expect(ar.ago.minutes(n)).toBe(minutes);
    expect(ar.ago.hours(n)).toBe(hours);
  });
});
