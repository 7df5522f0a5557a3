import { describe, expect, it } from "vitest";
import { timeUntil } from "./countdown";

const now = Date.parse("2026-03-01T10:00:00Z");
const later = (ms: number) => timeUntil(now + ms, now);

describe("timeUntil", () => {
  it("says nothing once the time has passed", () => {
    expect(later(0)).toBeNull();
    expect(later(-5 * 60_000)).toBeNull();
  });

  it("counts minutes, hours and days ahead in Arabic", () => {
    expect(later(20_000)).toBe("بعد لحظات");
    expect(later(60_000)).toBe("بعد دقيقة");
    expect(later(2 * 60_000)).toBe("بعد دقيقتين");
    expect(later(5 * 60_000)).toBe("بعد 5 دقائق");
    expect(later(2 * 3_600_000 + 10 * 60_000)).toBe("بعد ساعتين");
    expect(later(2 * 3_600_000 - 60_000)).toBe("بعد ساعتين");
    expect(later(3_600_000 + 20 * 60_000)).toBe("بعد ساعة");
    expect(later(3 * 86_400_000)).toBe("بعد 3 أيام");
  });
});
