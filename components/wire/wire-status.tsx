import type { WirePubStatus } from "@/lib/wire/wire-item";
import { isUrgent } from "@/lib/wire/urgency";
import { ar } from "@/lib/i18n/newsroom";

/** The marks an agency item carries on every list: urgent, and withdrawn or withheld by the agency. */
export function WireMarks({ urgency, pubStatus }: { urgency: number | null; pubStatus: WirePubStatus }) {
  return (
    <>
      {isUrgent(urgency) && <span className="badge badge--breaking">{ar.wire.urgent}</span>}
      {pubStatus !== "usable" && <span className={`badge wire-status wire-status--${pubStatus}`}>{ar.wire.pubStatus[pubStatus]}</span>}
    </>
  );
}
