import Link from "next/link";
import { TimeStamp } from "@/components/ui/time-stamp";
import type { WireQueueItem } from "@/lib/dal/wire-desk";
import type { FlaggedStory } from "@/lib/dal/wire-stories";
import { ar } from "@/lib/i18n/ar";
import "@/components/wire/wire.css";
import { blockDirAttribute } from "@/lib/arabic/direction";

const t = ar.wire;

/** Above the desk's stories: urgent agency copy of the last hours, and stories an agency has since updated or killed. */
export function WireOnDesk({ urgent, flagged }: { urgent: WireQueueItem[]; flagged: FlaggedStory[] }) {
  if (urgent.length === 0 && flagged.length === 0) return null;
  return (
    <div className="wire-on-desk">
      {flagged.length > 0 && (
        <section className="desk__live" aria-labelledby="desk-flagged-heading">
          <h2 id="desk-flagged-heading">{t.story.flaggedHeading}</h2>
          <ul>
            {flagged.map((story) => (
              <li key={story.id}>
                <span className={story.reason === "withdrawn" ? "badge badge--breaking" : "badge badge--key"}>
                  {story.reason === "withdrawn" ? t.story.flagWithdrawn : t.story.flagUpdated}
                </span>
                <Link href={`/editor/articles/${story.id}`}>{story.headline || t.item.untitled}</Link>
                <span className={`status-pill status-pill--${story.status}`}>{ar.editor.status[story.status]}</span>
                <span className="wire-on-desk__note">
                  <bdi>{story.agency}</bdi>
                  {story.editorNote && <> · {t.story.agencyNote(story.editorNote)}</>}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {urgent.length > 0 && (
        <section className="desk__live" aria-labelledby="desk-urgent-heading">
          <h2 id="desk-urgent-heading">{t.urgentOnDesk}</h2>
          <ul>
            {urgent.map((item) => (
              <li key={item.id}>
                <span className="badge badge--breaking">{t.urgent}</span>
                <Link href={`/editor/wire/${item.id}`} dir={blockDirAttribute(item.headline, "rtl")}>
                  {item.headline}
                </Link>
                <span className="wire-on-desk__note">
                  <bdi>{item.agency}</bdi> · <TimeStamp value={item.versionCreated} recent />
                </span>
              </li>
            ))}
          </ul>
          <p className="wire-on-desk__note">
            <Link href="/editor/wire">{t.openQueue}</Link>
          </p>
        </section>
      )}
    </div>
  );
}
