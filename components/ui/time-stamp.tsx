import { formatDate, formatDateTime } from "@/lib/arabic/dates";

/** A machine-readable time, formatted in Arabic on the server (never re-formatted in the browser). */
export function TimeStamp({ value, withTime = true }: { value: string; withTime?: boolean }) {
  return <time dateTime={value}>{withTime ? formatDateTime(value) : formatDate(value)}</time>;
}
