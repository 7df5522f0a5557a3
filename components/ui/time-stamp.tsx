import { formatDate, formatDateTime } from "@/lib/arabic/dates";
import { RecentTime } from "./recent-time";

/**
 * A machine-readable time, formatted in Arabic on the server. A `recent` one (on lists) is said
 * as "منذ 5 دقائق" by the reader's browser while it is recent, since cached HTML cannot keep up.
 */
export function TimeStamp({ value, withTime = true, recent = false }: { value: string; withTime?: boolean; recent?: boolean }) {
  const label = withTime ? formatDateTime(value) : formatDate(value);
  return recent ? <RecentTime dateTime={value} label={label} /> : <time dateTime={value}>{label}</time>;
}
