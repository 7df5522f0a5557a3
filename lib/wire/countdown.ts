import { ar } from "@/lib/i18n/newsroom";

// How long until an embargo ends, as the desk says it ("بعد ساعتين"); null once it has passed.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function timeUntil(until: number, now: number): string | null {
  const ahead = until - now;
  if (ahead <= 0) return null;
  if (ahead < MINUTE) return ar.wire.ahead.moments;
  // Minutes round up (never "in 0 minutes"); hours and days to the nearest, so that an embargo
  // set two hours ahead still reads "بعد ساعتين" a minute later.
  if (ahead < HOUR) return ar.wire.ahead.minutes(Math.ceil(ahead / MINUTE));
  if (ahead < DAY) return ar.wire.ahead.hours(Math.round(ahead / HOUR));
  return ar.wire.ahead.days(Math.round(ahead / DAY));
}

/** The instant a staff page (rendered per request, never cached) says its countdowns from. */
export const requestTime = () => Date.now();
