import { ar } from "@/lib/i18n/site";

// The recent past as a reader says it ("منذ 5 دقائق", "منذ ساعتين", "منذ يوم"); older times,
// and times ahead of the reader's clock by more than a minute, are left to the date.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const RECENT_DAYS = 3;

/** How long before `now` the time `then` was, or null when the date says it better. */
export function timeAgo(then: number, now: number): string | null {
  const elapsed = now - then;
  if (elapsed < -MINUTE || elapsed >= RECENT_DAYS * DAY) return null;
  if (elapsed < MINUTE) return ar.ago.moments;
  if (elapsed < HOUR) return ar.ago.minutes(Math.floor(elapsed / MINUTE));
  if (elapsed < DAY) return ar.ago.hours(Math.floor(elapsed / HOUR));
  return ar.ago.days(Math.floor(elapsed / DAY));
}
