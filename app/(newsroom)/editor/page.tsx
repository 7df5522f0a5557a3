import type { Metadata } from "next";
import Link from "next/link";
import { TimeStamp } from "@/components/ui/time-stamp";
import { DataTable } from "@/components/ui/data-table";
import type { ArticleStatus } from "@/db/schema/enums";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { can } from "@/lib/permissions/viewer";
import { listDeskArticles, type DeskStatusFilter } from "@/lib/dal/newsroom-desk";
import { listOpenCoverage } from "@/lib/dal/live-coverage";
import { listUrgentWire } from "@/lib/dal/wire-desk";
import { listWireFlaggedStories } from "@/lib/dal/wire-stories";
import { EmbargoNote } from "@/components/wire/embargo-note";
import { deskStatuses } from "@/lib/editorial/workflow";
import { ar } from "@/lib/i18n/ar";
import { requestTime } from "@/lib/wire/countdown";
import { WireOnDesk } from "./wire-on-desk";

export const metadata: Metadata = { title: ar.editor.deskTitle, robots: { index: false } };

const t = ar.editor;

function deskHref(filters: { status: DeskStatusFilter; mine: boolean; query: string }) {
  const params = new URLSearchParams();
  if (filters.status !== "all") params.set("status", filters.status);
  if (filters.mine) params.set("mine", "1");
  if (filters.query) params.set("q", filters.query);
  const search = params.toString();
  return search ? `/editor?${search}` : "/editor";
}

export default async function DeskPage({ searchParams }: PageProps<"/editor">) {
  const viewer = await requireCapabilityPage("article.create", "/editor");
  const params = await searchParams;
  const rawStatus = typeof params.status === "string" ? params.status : "all";
  const status: DeskStatusFilter = (deskStatuses as readonly string[]).includes(rawStatus) ? (rawStatus as ArticleStatus) : "all";
  const query = (typeof params.q === "string" ? params.q : "").trim().slice(0, 100);
  const mine = params.mine === "1";
  const readsWire = can(viewer, "wire.read");
  const [desk, coverage, urgent, flagged] = await Promise.all([
    listDeskArticles(viewer, { status, mine, query }),
    listOpenCoverage(viewer),
    readsWire ? listUrgentWire(viewer) : [],
    readsWire ? listWireFlaggedStories(viewer) : [],
  ]);
  const now = requestTime();
  const filters = { status, mine: mine || desk.mineOnly, query };

  return (
    <div className="desk">
      <header className="desk__header">
        <h1>{t.deskTitle}</h1>
        {readsWire && <Link href="/editor/wire">{ar.wire.heading}</Link>}
        {can(viewer, "search.synonyms") && <Link href="/editor/synonyms">{ar.newsroom.synonyms.title}</Link>}
        <Link href="/editor/articles/new" className="button button--accent">
          {t.newStory}
        </Link>
      </header>

      {coverage.length > 0 && (
        <nav className="desk__live" aria-labelledby="desk-live-heading">
          <h2 id="desk-live-heading">{ar.liveDesk.underWay}</h2>
          <ul>
            {coverage.map((story) => (
              <li key={story.id}>
                <span className="badge badge--live">{ar.live.badge}</span> <Link href={`/editor/articles/${story.id}/live`}>{story.headline}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}

      <WireOnDesk urgent={urgent} flagged={flagged} />

      <div className="desk__filters">
        <nav aria-label={t.statusTabs} className="status-tabs">
          <ul>
            {(["all", ...deskStatuses] as DeskStatusFilter[]).map((tab) => (
              <li key={tab}>
                <Link href={deskHref({ ...filters, status: tab })} aria-current={tab === status ? "page" : undefined} className={`status-tab status-tab--${tab}`}>
                  {tab === "all" ? t.all : t.statusPlural[tab]}
                  <span className="status-tab__count">{desk.counts[tab]}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="desk__tools">
          {!desk.mineOnly && (
            <nav aria-label={t.scopeLabel} className="segmented">
              <Link href={deskHref({ ...filters, mine: false })} aria-current={!mine ? "page" : undefined}>
                {t.everyone}
              </Link>
              <Link href={deskHref({ ...filters, mine: true })} aria-current={mine ? "page" : undefined}>
                {t.mine}
              </Link>
            </nav>
          )}
          <form role="search" action="/editor" className="search-row desk__search">
            {status !== "all" && <input type="hidden" name="status" value={status} />}
            {mine && <input type="hidden" name="mine" value="1" />}
            <label htmlFor="desk-search" className="visually-hidden">
              {t.searchLabel}
            </label>
            <input id="desk-search" type="search" name="q" defaultValue={query} placeholder={t.searchLabel} />
            <button type="submit" className="button button--quiet">
              {t.searchSubmit}
            </button>
          </form>
        </div>
      </div>

      <DataTable
        columns={[t.columns.headline, t.columns.status, t.columns.section, t.columns.authors, t.columns.lastChange]}
        hasRows={desk.rows.length > 0}
        empty={t.noStories}
        className="desk-table"
        emptyClassName="desk__empty"
      >
        {desk.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row" className="desk-table__headline">
              <Link href={`/editor/articles/${row.id}`}>{row.headline}</Link>
              {row.editingNow.length > 0 && <span className="presence-note">{t.editingNow(row.editingNow)}</span>}
            </th>
            <td>
              <span className={`status-pill status-pill--${row.status}`}>{t.status[row.status]}</span>
              {row.status === "scheduled" && row.scheduledFor && (
                <span className="desk-table__note">
                  <TimeStamp value={row.scheduledFor} />
                </span>
              )}
              {row.status !== "published" && <EmbargoNote until={row.embargoedUntil} now={now} className="desk-table__note embargo-note" />}
              {row.lateByMinutes !== null && <span className="desk-table__note desk-table__note--late">{t.wentOutLate(row.lateByMinutes)}</span>}
            </td>
            <td>{row.section}</td>
            <td>
              {row.authors.map((name, index) => (
                <span key={index}>
                  {index > 0 && "، "}
                  <bdi>{name}</bdi>
                </span>
              ))}
            </td>
            <td className="desk-table__when">
              <TimeStamp value={row.modifiedAt} recent />
              {row.modifiedBy && (
                <span className="desk-table__note">
                  {t.byPrefix} <bdi>{row.modifiedBy}</bdi>
                </span>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
