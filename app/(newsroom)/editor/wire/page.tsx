import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { TimeStamp } from "@/components/ui/time-stamp";
import { EmbargoNote } from "@/components/wire/embargo-note";
import { WireMarks } from "@/components/wire/wire-status";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { getWireFilterOptions, listWireQueue, listWireRejections, type WireQueueItem } from "@/lib/dal/wire-desk";
import { ar } from "@/lib/i18n/ar";
import { requestTime } from "@/lib/wire/countdown";
import { parseWireFilters, type WireQueueFilters } from "@/lib/validation/wire";
import { isUrgent } from "@/lib/wire/urgency";
import { RejectionsLog } from "./rejections-log";
import { WireFilters } from "./wire-filters";
import "@/components/wire/wire.css";
import "./wire-desk.css";
import { blockDirAttribute } from "@/lib/arabic/direction";

export const metadata: Metadata = { title: ar.wire.heading, robots: { index: false } };

const t = ar.wire;

function queueHref(filters: WireQueueFilters, olderThan?: string) {
  const params = new URLSearchParams();
  for (const key of ["agency", "urgency", "language", "subject"] as const) if (filters[key]) params.set(key, filters[key]);
  if (filters.hours) params.set("hours", String(filters.hours));
  if (olderThan) params.set("olderThan", olderThan);
  const search = params.toString();
  return search ? `/editor/wire?${search}` : "/editor/wire";
}

function QueueRow({ item, now }: { item: WireQueueItem; now: number }) {
  const urgent = isUrgent(item.urgency);
  return (
    <tr className={["wire-row", urgent && "wire-row--urgent", item.pubStatus !== "usable" && "wire-row--withdrawn"].filter(Boolean).join(" ")}>
      <th scope="row" className="wire-row__headline">
        <span className="wire-row__marks">
          <WireMarks urgency={item.urgency} pubStatus={item.pubStatus} />
        </span>
        <Link href={`/editor/wire/${item.id}`} dir={blockDirAttribute(item.headline, "rtl")}>
          {item.headline}
        </Link>
        <EmbargoNote until={item.embargoedUntil} now={now} className="desk-table__note embargo-note" />
      </th>
      <td className="desk-table__when">
        <TimeStamp value={item.versionCreated} recent />
      </td>
      <td>
        <bdi>{item.agency}</bdi>
      </td>
      <td>{item.located && <bdi>{item.located}</bdi>}</td>
      <td>{t.version(item.version)}</td>
      <td className="wire-row__used">{t.usedIn(item.stories)}</td>
    </tr>
  );
}

export default async function WireQueuePage({ searchParams }: PageProps<"/editor/wire">) {
  const viewer = await requireCapabilityPage("wire.read", "/editor/wire");
  const filters = parseWireFilters(await searchParams);
  const [page, options, rejections] = await Promise.all([listWireQueue(viewer, filters), getWireFilterOptions(viewer), listWireRejections(viewer)]);
  const now = requestTime();
  const filtered = Object.keys(filters).some((key) => key !== "olderThan");

  return (
    <div className="desk wire-desk">
      <header className="desk__header">
        <div>
          <p className="desk__eyebrow">
            <Link href="/editor">{ar.newsroom.editor}</Link>
          </p>
          <h1>{t.heading}</h1>
          <p className="desk__subtitle">{t.queueHint}</p>
        </div>
      </header>

      <WireFilters filters={filters} options={options} />

      <DataTable
        columns={[t.columns.headline, t.columns.time, t.columns.agency, t.columns.place, t.columns.version, t.columns.use]}
        hasRows={page.items.length > 0}
        empty={filtered ? t.empty : t.emptyAll}
        className="desk-table wire-table"
        emptyClassName="desk__empty"
      >
        {page.items.map((item) => (
          <QueueRow key={item.id} item={item} now={now} />
        ))}
      </DataTable>

      {(page.olderThan || filters.olderThan) && (
        <nav className="pagination" aria-label={ar.section.pagination}>
          {filters.olderThan && (
            <Link rel="prev" href={queueHref(filters)}>
              {t.newest}
            </Link>
          )}
          {page.olderThan && (
            <Link rel="next" href={queueHref(filters, page.olderThan)}>
              {t.older}
            </Link>
          )}
        </nav>
      )}

      <RejectionsLog rows={rejections} />
    </div>
  );
}
