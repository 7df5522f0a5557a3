import { formatDateTime } from "@/lib/arabic/dates";
import { ar } from "@/lib/i18n/newsroom";
import { timeUntil } from "@/lib/wire/countdown";

/** "محظور النشر حتى … (بعد ساعتين)" while an embargo holds; nothing once it has passed. */
export function EmbargoNote({
  until,
  now,
  className = "embargo-note",
  label = ar.wire.embargoUntil,
}: {
  until: string | null;
  now: number;
  className?: string;
  label?: (when: string) => string;
}) {
  const left = until ? timeUntil(Date.parse(until), now) : null;
  if (!until || !left) return null;
  return (
    <span className={className}>
      {label(formatDateTime(until))} <time dateTime={until}>({left})</time>
    </span>
  );
}
