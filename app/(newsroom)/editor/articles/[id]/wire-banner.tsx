import Link from "next/link";
import { EmbargoNote } from "@/components/wire/embargo-note";
import { WireDiff } from "@/components/wire/wire-diff";
import type { EditorArticle } from "@/lib/dal/newsroom-articles";
import type { StoryWireState } from "@/lib/dal/wire-stories";
import { ar } from "@/lib/i18n/ar";
import { AcknowledgeUpdateForm, WithdrawStoryForm } from "./wire-forms";
import "@/components/wire/wire.css";

const t = ar.wire.story;

function AgencyKill({ article, wire, mayWithdraw }: { article: EditorArticle; wire: StoryWireState; mayWithdraw: boolean }) {
  if (wire.withdrawn) return <p className="wire-alert wire-alert--done">{t.wasWithdrawn}</p>;
  return (
    <div className="wire-alert" role="alert">
      <p>
        <strong>{wire.pubStatus === "canceled" ? t.killed(wire.agency) : t.withheld(wire.agency)}</strong>
      </p>
      {wire.editorNote && <p>{t.agencyNote(wire.editorNote)}</p>}
      {mayWithdraw && article.status === "published" && <WithdrawStoryForm articleId={article.id} defaultNote={t.withdrawNoteDefault(wire.agency)} />}
    </div>
  );
}

/**
 * Above the story: where its agency copy came from, what the agency has sent since (a later
 * version to read, or a kill to act on), and the embargo while one holds.
 */
export function WireBanner({ article, wire, mayWithdraw, now }: { article: EditorArticle; wire: StoryWireState | null; mayWithdraw: boolean; now: number }) {
  const embargo = <EmbargoNote until={article.embargoedUntil} now={now} className="embargo-note embargo-note--block" />;
  if (!wire) return embargo;
  const updated = wire.latestVersion > wire.takenVersion;
  return (
    <section className="wire-banner" aria-labelledby="wire-banner-heading">
      <p id="wire-banner-heading" className="wire-banner__origin">
        <strong>{t.fromAgency(wire.agency)}</strong> · <Link href={`/editor/wire/${wire.itemId}`}>{t.openItem}</Link>
        <span className="wire-banner__version">{t.takenVersion(wire.takenVersion, wire.latestVersion)}</span>
      </p>
      {embargo}
      {/* The agency's own embargo holds the story too, whatever the desk sets or lifts. */}
      {Date.parse(wire.latest.embargoedUntil ?? "") !== Date.parse(article.embargoedUntil ?? "") && (
        <EmbargoNote until={wire.latest.embargoedUntil} now={now} className="embargo-note embargo-note--block" label={t.agencyEmbargo} />
      )}
      {wire.pubStatus !== "usable" && <AgencyKill article={article} wire={wire} mayWithdraw={mayWithdraw} />}
      {updated && (
        <div className="wire-update">
          <p>
            <strong>{t.updated(wire.agency)}</strong>
          </p>
          {wire.taken && <WireDiff before={wire.taken} after={wire.latest} heading={t.whatChanged} headingId="wire-update-diff" />}
          <AcknowledgeUpdateForm articleId={article.id} version={wire.latestVersion} />
        </div>
      )}
    </section>
  );
}
