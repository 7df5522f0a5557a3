import { env } from "@/lib/env";

/**
 * The newsroom's one date locale: Arabic with Gregorian month names (يناير، فبراير…) and
 * Western digits, pinned with -u-nu-latn because Node and Chromium disagree on bare "ar".
 * Dates are formatted on the server only, in the newsroom's time zone.
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

export function formatDateTime(date: Date | string): string {
  return dateTimeFormat.format(new Date(date));
}

export function formatDate(date: Date | string): string {
  return dateFormat.format(new Date(date));
}
