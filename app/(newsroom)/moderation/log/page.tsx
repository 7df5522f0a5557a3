import type { Metadata } from "next";
import Link from "next/link";
import { DeskNav } from "@/components/moderation/desk-nav";
import { DataTable } from "@/components/ui/data-table";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { explainDecision, logActionLabel } from "@/lib/comments/desk";
import { listModerationLog, LOG_PAGE_SIZE } from "@/lib/dal/moderation-log";
import { ar } from "@/lib/i18n/ar";
import { commentsPath } from "@/lib/routes";

const t = ar.moderationDesk;

export const metadata: Metadata = { title: t.log.title, robots: { index: false } };

function subjectOf(entry: Awaited<ReturnType<typeof listModerationLog>>[number]) {
  if (entry.comment) {
    return (
      <>
        <q dir="auto">{entry.comment.excerpt}</q>{" "}
        <Link href={commentsPath(entry.comment.slug)} className="log__article">
          {entry.comment.headline}
        </Link>
      </>
    );
  }
  if (entry.subject) {
    return (
      <Link href={`/moderation/commenters/${entry.subject.id}`}>
        <bdi>{entry.subject.name}</bdi>
      </Link>
    );
  }
  const evidence = entry.evidence ?? {};
  if (typeof evidence.word === "string") return <bdi>«{evidence.word}»</bdi>;
  return null;
}

export default async function LogPage({ searchParams }: PageProps<"/moderation/log">) {
  const viewer = await requireCapabilityPage("moderation.audit", "/moderation/log");
  const beforeRaw = Number((await searchParams).before);
  const before = Number.isSafeInteger(beforeRaw) && beforeRaw > 0 ? beforeRaw : null;
  const entries = await listModerationLog(viewer, before);
  return (
    <div className="desk-page desk-page--wide">
      <h1>{t.log.title}</h1>
      <DeskNav current="log" viewer={viewer} />
      <p className="desk-page__intro">{t.log.intro}</p>
      <DataTable
        columns={[t.log.when, t.log.who, t.log.what, t.log.subject, t.log.why]}
        hasRows={entries.length > 0}
        empty={t.log.empty}
        className="log"
      >
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>
              <time dateTime={entry.createdAt}>{entry.atLabel}</time>
            </td>
            <td>{entry.actorName ? <bdi>{entry.actorName}</bdi> : <span className="pill">{t.system}</span>}</td>
            <td>
              {logActionLabel(entry)}
              {entry.toStatus && entry.fromStatus && (
                <span className="log__move">
                  {" "}
                  ({t.statuses[entry.fromStatus]} ← {t.statuses[entry.toStatus]})
                </span>
              )}
            </td>
            <td>{subjectOf(entry)}</td>
            <td dir="auto">{[explainDecision(entry), entry.reason].filter(Boolean).join(" — ")}</td>
          </tr>
        ))}
      </DataTable>
      {entries.length === LOG_PAGE_SIZE && (
        <p className="pagination">
          <Link href={`/moderation/log?before=${entries.at(-1)!.id}`}>{t.log.older}</Link>
        </p>
      )}
    </div>
  );
}
