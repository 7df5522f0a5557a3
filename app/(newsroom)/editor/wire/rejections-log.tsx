import { TimeStamp } from "@/components/ui/time-stamp";
import type { WireRejectionRow } from "@/lib/dal/wire-desk";
import { ar } from "@/lib/i18n/ar";

const t = ar.wire.rejections;

/** The files the ingest refused lately, compact: what the desk tells an agency whose copy did not arrive. */
export function RejectionsLog({ rows }: { rows: WireRejectionRow[] }) {
  if (rows.length === 0) return null;
  return (
    <details className="wire-rejections">
      <summary>
        <h2>{t.heading}</h2> <span className="status-tab__count">{rows.length}</span>
      </summary>
      <p className="field__hint">{t.hint}</p>
      <ul>
        {rows.map((row) => (
          <li key={row.id}>
            <TimeStamp value={row.receivedAt} recent /> · <bdi>{row.agency ?? "؟"}</bdi> · {ar.wire.item.channel[row.channel]}
            {row.fileName && (
              <>
                {" · "}
                <bdi className="wire-rejections__file">{row.fileName}</bdi>
              </>
            )}
            <br />
            <strong>{t.reasons[row.reason] ?? row.reason}</strong>
            {row.detail && (
              <>
                {": "}
                <bdi className="wire-rejections__detail">{row.detail}</bdi>
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
