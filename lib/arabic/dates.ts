import { env } from "@/lib/env";
import { formatWithMonthNames, type MonthNameStyle } from "./month-names";

/**
 * The newsroom's one date locale: Arabic with Western digits, pinned with -u-nu-latn because
 * Node and Chromium disagree on bare "ar". Months are named as NEWSROOM_MONTH_NAMES says
 * (lib/arabic/month-names.ts). Dates are formatted on the server only, in the newsroom's time zone.
 */
export const DATE_LOCALE = "ar-u-nu-latn";

const dateTimeFormat = new Intl.DateTimeFormat(DATE_LOCALE, {
  timeZone: env.NEWSROOM_TIME_ZONE,
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
});

const dateFormat = new Intl.DateTimeFormat(DATE_LOCALE, {
  timeZone: env.NEWSROOM_TIME_ZONE,
  day: "numeric",
  month: "long",
  year: "numeric",
});

export function formatDateTime(date: Date | string, months: MonthNameStyle = env.NEWSROOM_MONTH_NAMES): string {
  return formatWithMonthNames(dateTimeFormat, new Date(date), months);
}

export function formatDate(date: Date | string, months: MonthNameStyle = env.NEWSROOM_MONTH_NAMES): string {
  return formatWithMonthNames(dateFormat, new Date(date), months);
}

const timeFormat = new Intl.DateTimeFormat(DATE_LOCALE, {
  timeZone: env.NEWSROOM_TIME_ZONE,
  hour: "numeric",
  minute: "2-digit",
});

/** The clock time alone ("10:49 م"), for "saved at" notes. */
export function formatTime(date: Date | string): string {
  return timeFormat.format(new Date(date));
}

/** The newsroom's time zone by name, e.g. "توقيت سوريا", shown beside time inputs. */
export function newsroomTimeZoneName(timeZone = env.NEWSROOM_TIME_ZONE): string {
  const parts = new Intl.DateTimeFormat(DATE_LOCALE, { timeZone, timeZoneName: "longGeneric" }).formatToParts(new Date());
  return parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
}

// Wall-clock times ("2026-05-01T14:30", what <input type="datetime-local"> holds) are
// entered and shown in the newsroom's time zone and stored in UTC.
const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant of a wall-clock time in `timeZone`, or null when the text is not one. */
export function wallTimeToUtc(wallTime: string, timeZone = env.NEWSROOM_TIME_ZONE): Date | null {
  const match = WALL_TIME.exec(wallTime);
  if (!match) return null;
  const [year, month, day, hour, minute, second = 0] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part))) as number[] as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Two passes find the right offset on either side of a daylight-saving change.
  let instant = asIfUtc - zoneOffsetMs(asIfUtc, timeZone);
  instant = asIfUtc - zoneOffsetMs(instant, timeZone);
  return new Date(instant);
}

/** The wall-clock time of `date` in `timeZone`, as "YYYY-MM-DDTHH:mm" (or with ":ss"). */
export function utcToWallTime(date: Date | string, timeZone = env.NEWSROOM_TIME_ZONE, withSeconds = false): string {
  const instant = new Date(date).getTime();
  return new Date(instant + zoneOffsetMs(instant, timeZone)).toISOString().slice(0, withSeconds ? 19 : 16);
}

/** The schedule field's starting value: `at`, or an hour from now, in the newsroom's wall-clock time. */
export function defaultScheduleWallTime(at?: string | null): string {
  return utcToWallTime(at ?? new Date(Date.now() + 60 * 60_000));
}
