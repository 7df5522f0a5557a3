import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "next/link";
import { cache } from "react";
import { TimeStamp } from "@/components/ui/time-stamp";
import { formatDateTime, formatTime, newsroomTimeZoneName, defaultScheduleWallTime, utcToWallTime } from "@/lib/arabic/dates";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { getArticleForEditing, getEditorOptions, type EventRow } from "@/lib/dal/newsroom-articles";
import { getStoryWireState } from "@/lib/dal/wire-stories";
import { ar } from "@/lib/i18n/ar";
import { requestTime } from "@/lib/wire/countdown";
import { can } from "@/lib/permissions/viewer";
import { parseUuidParam } from "@/lib/validation/route-params";
import { StoryEditor } from "../../story-editor";
import { CorrectionForm } from "./correction-form";
import { WireBanner } from "./wire-banner";
import { EmbargoForm } from "./wire-forms";

const t = ar.editor;

/** The story for the editor, shared by the page and its title (one check and one read per request). */
const loadStory = cache(async (rawId: string) => {
  const id = parseUuidParam(rawId);
  if (!id) notFound();
  const viewer = await requireCapabilityPage("article.create", `/editor/articles/${id}`);
  const [article, options] = await Promise.all([getArticleForEditing(viewer, id), getEditorOptions(viewer)]);
  if (!article) notFound();
  return { viewer, article, options };
});

/** The headline in the tab, so that several open stories can be told apart. */
export async function generateMetadata({ params }: PageProps<"/editor/articles/[id]">): Promise<Metadata> {
  const { article } = await loadStory((await params).id);
  const headline = article.content.headline.trim();
  return { title: headline ? t.editTitle(headline) : t.deskTitle, robots: { index: false } };
}

function eventDetail(event: EventRow): string | null {
  if (event.action === "scheduled" && typeof event.detail.scheduledFor === "string") return formatDateTime(event.detail.scheduledFor);
  if (event.action === "published" && event.detail.late === true) return t.eventLate(Number(event.detail.lateByMinutes ?? 0));
  if (event.action === "restored" && typeof event.detail.version === "number") return t.eventRestored(event.detail.version);
  if (event.action === "slug_changed" && typeof event.detail.to === "string") return String(event.detail.to);
  if (event.action === "corrected" && typeof event.detail.type === "string") return t.corrections.types[event.detail.type as "correction"];
  if (event.action === "returned" && typeof event.detail.note === "string") return event.detail.note;
  return null;
}

export default async function EditStoryPage({ params }: PageProps<"/editor/articles/[id]">) {
  const { viewer, article, options } = await loadStory((await params).id);
  const wire = can(viewer, "wire.read") ? await getStoryWireState(viewer, article.id) : null;
  const mayWithdraw = can(viewer, "article.unpublish") && can(viewer, "article.correct");

  return (
    <StoryEditor
      // Taking the story down (withdrawStory) changes its status outside the editor: start afresh from the server's.
      key={`${article.id}:${wire?.withdrawn ? "withdrawn" : "current"}`}
      article={article}
      options={options}
      viewer={{ id: viewer.id, name: viewer.displayName }}
      timeZoneName={newsroomTimeZoneName()}
      defaultScheduleAt={defaultScheduleWallTime(article.scheduledFor)}
      labels={{
        publishedAt: article.publishedAt ? formatDateTime(article.publishedAt) : null,
        scheduledFor: article.scheduledFor ? formatDateTime(article.scheduledFor) : null,
        updatedAt: article.updatedAt ? formatDateTime(article.updatedAt) : null,
        modifiedAt: t.save.savedAt(formatTime(article.modifiedAt)),
      }}
      banner={<WireBanner article={article} wire={wire} mayWithdraw={mayWithdraw} now={requestTime()} />}
    >
      {article.canEdit && article.status !== "published" && (
        <section className="side-panel" aria-labelledby="panel-embargo">
          <h2 id="panel-embargo">{ar.wire.story.embargoPanel}</h2>
          <EmbargoForm
            articleId={article.id}
            wallTime={article.embargoedUntil ? utcToWallTime(article.embargoedUntil) : ""}
            timeZoneName={newsroomTimeZoneName()}
            embargoed={article.embargoedUntil !== null}
          />
        </section>
      )}
      {(article.canCorrect || article.corrections.length > 0) && (
        <section className="side-panel" aria-labelledby="panel-corrections">
          <h2 id="panel-corrections">{t.panels.corrections}</h2>
          {article.corrections.length === 0 ? (
            <p className="empty-state">{t.corrections.none}</p>
          ) : (
            <ul className="event-list">
              {article.corrections.map((correction) => (
                <li key={correction.id}>
                  <strong>{t.corrections.types[correction.type]}</strong>: {correction.note}
                  <span className="event-list__when">
                    <TimeStamp value={correction.createdAt} />
                    {correction.createdBy && (
                      <>
                        {" "}
                        {t.byPrefix} <bdi>{correction.createdBy}</bdi>
                      </>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {article.canCorrect && <CorrectionForm articleId={article.id} />}
        </section>
      )}
      {can(viewer, "live.draftUpdate") && (
        <section className="side-panel" aria-labelledby="panel-live">
          <h2 id="panel-live">{ar.liveDesk.heading}</h2>
          <p className="field__hint">{ar.liveDesk.startHint}</p>
          <Link href={`/editor/articles/${article.id}/live`}>{ar.liveDesk.openDesk}</Link>
        </section>
      )}
      <section className="side-panel" aria-labelledby="panel-history">
        <h2 id="panel-history">{t.panels.history}</h2>
        {article.events.length === 0 ? (
          <p className="empty-state">{t.noEvents}</p>
        ) : (
          <ol className="event-list">
            {article.events.map((event) => {
              const detail = eventDetail(event);
              return (
                <li key={event.id} className={`event event--${event.action}`}>
                  <bdi className="event__actor">{event.actor ?? t.system}</bdi>
                  {t.eventBy(event.action, event.actor ? event.actorAddressedAs : "masculine")}
                  {detail && <span className="event__detail"> ({detail})</span>}
                  <span className="event-list__when">
                    <TimeStamp value={event.createdAt} />
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </StoryEditor>
  );
}
