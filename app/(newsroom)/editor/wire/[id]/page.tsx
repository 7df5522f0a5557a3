import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ArticleBody } from "@/components/article/article-body";
import { TimeStamp } from "@/components/ui/time-stamp";
import { EmbargoNote } from "@/components/wire/embargo-note";
import { WireDiff } from "@/components/wire/wire-diff";
import { WireMarks } from "@/components/wire/wire-status";
import { textDirection } from "@/lib/arabic/direction";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { getEditorOptions } from "@/lib/dal/newsroom-articles";
import { getWireItem, type WireItemDetail } from "@/lib/dal/wire-desk";
import { ar } from "@/lib/i18n/ar";
import { requestTime } from "@/lib/wire/countdown";
import { can } from "@/lib/permissions/viewer";
import { parseUuidParam } from "@/lib/validation/route-params";
import { UseItemForm } from "./use-item-form";
import "@/components/wire/wire.css";
import "../wire-desk.css";

const t = ar.wire.item;

const loadItem = cache(async (rawId: string) => {
  const id = parseUuidParam(rawId);
  if (!id) notFound();
  const viewer = await requireCapabilityPage("wire.read", `/editor/wire/${id}`);
  const item = await getWireItem(viewer, id);
  if (!item) notFound();
  return { viewer, item };
});

export async function generateMetadata({ params }: PageProps<"/editor/wire/[id]">): Promise<Metadata> {
  const { item } = await loadItem((await params).id);
  return { title: `${item.latest.headline} · ${ar.wire.heading}`, robots: { index: false } };
}

function Versions({ item }: { item: WireItemDetail }) {
  return (
    <section className="wire-versions" aria-labelledby="wire-versions-heading">
      <h2 id="wire-versions-heading">{t.versions}</h2>
      <ol reversed>
        {item.versions.map((entry, index) => {
          const older = item.versions[index + 1];
          return (
            <li key={entry.version}>
              <p className="wire-versions__meta">
                <strong>{ar.wire.version(entry.version)}</strong>
                {index === 0 && <span className="status-pill status-pill--published">{t.current}</span>}
                <WireMarks urgency={entry.content.urgency} pubStatus={entry.content.pubStatus} />
                <span>
                  {t.received} <TimeStamp value={entry.receivedAt} /> · {t.channel[entry.channel]}
                </span>
              </p>
              {entry.content.editorNote && <p className="wire-note">{ar.wire.story.agencyNote(entry.content.editorNote)}</p>}
              {older ? (
                <WireDiff before={older.content} after={entry.content} heading={t.compare(older.version, entry.version)} headingId={`wire-diff-${entry.version}`} />
              ) : (
                <p className="field__hint">{t.first}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export default async function WireItemPage({ params }: PageProps<"/editor/wire/[id]">) {
  const { viewer, item } = await loadItem((await params).id);
  const latest = item.latest;
  const direction = textDirection(`${latest.headline} ${latest.located}`) ?? (latest.language === "ar" ? "rtl" : "ltr");
  const sections = can(viewer, "article.create") && latest.pubStatus === "usable" ? (await getEditorOptions(viewer)).sections : [];

  return (
    <div className="desk wire-item">
      <header className="desk__header">
        <div>
          <p className="desk__eyebrow">
            <Link href="/editor/wire">{t.back}</Link>
          </p>
          <p className="wire-item__marks">
            <bdi>{item.agency.name}</bdi> · {ar.wire.version(latest.version)}
            <WireMarks urgency={latest.urgency} pubStatus={latest.pubStatus} />
          </p>
          <h1 dir={direction}>{latest.headline}</h1>
        </div>
      </header>

      {latest.pubStatus !== "usable" && (
        <div className="wire-alert" role="alert">
          <p>
            <strong>{latest.pubStatus === "canceled" ? t.withdrawnNoUse : t.withheldNoUse}</strong>
          </p>
          {latest.editorNote && <p>{ar.wire.story.agencyNote(latest.editorNote)}</p>}
        </div>
      )}

      <div className="wire-item__layout">
        <div className="wire-item__main">
          <dl className="wire-item__facts">
            <dt>{t.sent}</dt>
            <dd>
              <TimeStamp value={latest.versionCreated} />
            </dd>
            {latest.located && (
              <>
                <dt>{t.located}</dt>
                <dd>
                  <bdi>{latest.located}</bdi>
                </dd>
              </>
            )}
            {latest.subjects.length > 0 && (
              <>
                <dt>{t.subjects}</dt>
                <dd>{latest.subjects.map((subject) => <bdi key={subject} className="wire-subject">{subject}</bdi>)}</dd>
              </>
            )}
            {latest.urgency !== null && (
              <>
                <dt>{ar.wire.filters.urgency}</dt>
                <dd>{t.urgency(latest.urgency)}</dd>
              </>
            )}
          </dl>
          <EmbargoNote until={latest.embargoedUntil} now={requestTime()} className="embargo-note embargo-note--block" />
          {latest.editorNote && latest.pubStatus === "usable" && <p className="wire-note">{ar.wire.story.agencyNote(latest.editorNote)}</p>}
          <div className="wire-item__body" lang={latest.language} dir={direction}>
            <ArticleBody document={latest.body} direction={direction} />
          </div>
        </div>

        <aside className="wire-item__side">
          {sections.length > 0 && (
            <section className="side-panel" aria-labelledby="wire-use-heading">
              <h2 id="wire-use-heading">{t.useHeading}</h2>
              <p className="field__hint">{t.useHint}</p>
              <UseItemForm itemId={item.id} sections={sections} />
            </section>
          )}
          <section className="side-panel" aria-labelledby="wire-stories-heading">
            <h2 id="wire-stories-heading">{t.stories}</h2>
            {item.stories.length === 0 ? (
              <p className="empty-state">{t.noStories}</p>
            ) : (
              <ul className="event-list">
                {item.stories.map((story) => (
                  <li key={story.id}>
                    <Link href={`/editor/articles/${story.id}`}>{story.headline || t.untitled}</Link>{" "}
                    <span className={`status-pill status-pill--${story.status}`}>{ar.editor.status[story.status]}</span>
                    {story.wireVersion !== null && <span className="event-list__when">{ar.wire.version(story.wireVersion)}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </aside>
      </div>
      <Versions item={item} />
    </div>
  );
}
