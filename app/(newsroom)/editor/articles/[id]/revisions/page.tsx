import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { WordDiff } from "@/components/editor/word-diff";
import { DataTable } from "@/components/ui/data-table";
import { TimeStamp } from "@/components/ui/time-stamp";
import { requireCapabilityPage } from "@/lib/auth/page-guards";
import { getEditorOptions } from "@/lib/dal/newsroom-articles";
import { getRevisionSnapshots, listRevisions } from "@/lib/dal/story-revisions";
import { fieldText, wordDiff } from "@/lib/editorial/diff";
import { changedFields } from "@/lib/editorial/snapshot";
import { ar } from "@/lib/i18n/ar";
import { parseUuidParam } from "@/lib/validation/route-params";
import { RestoreButton } from "./restore-button";

export const metadata: Metadata = { title: ar.editor.revisions.title, robots: { index: false } };

const t = ar.editor.revisions;

function versionParam(raw: string | string[] | undefined): number | null {
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) && value > 0 ? value : null;
}

export default async function RevisionsPage({ params, searchParams }: PageProps<"/editor/articles/[id]/revisions">) {
  const id = parseUuidParam((await params).id);
  if (!id) notFound();
  const viewer = await requireCapabilityPage("article.create", `/editor/articles/${id}/revisions`);
  const list = await listRevisions(viewer, id);
  if (!list) notFound();
  const query = await searchParams;
  const versions = list.revisions.map((revision) => revision.version);
  const to = versionParam(query.to) ?? versions[0] ?? null;
  const from = versionParam(query.from) ?? versions[1] ?? null;

  let comparison = null;
  if (from !== null && to !== null && from !== to) {
    const [snapshots, options] = await Promise.all([getRevisionSnapshots(viewer, id, [from, to]), getEditorOptions(viewer)]);
    const before = snapshots?.get(from);
    const after = snapshots?.get(to);
    if (before && after) {
      const labels = {
        sections: new Map(options.sections.map((section) => [section.id, section.name])),
        authors: new Map(options.authors.map((author) => [author.id, author.name])),
        commentModes: ar.editor.fields.commentModes,
        yes: ar.editor.merge.yes,
        no: ar.editor.merge.no,
      };
      comparison = changedFields(before, after).map((field) => ({
        field,
        parts: wordDiff(fieldText(before, field, labels), fieldText(after, field, labels)),
      }));
    }
  }

  return (
    <div className="desk revisions-page">
      <header className="desk__header">
        <div>
          <p className="desk__eyebrow">
            <Link href={`/editor/articles/${id}`}>{t.backToEditor}</Link>
          </p>
          <h1>{t.title}</h1>
          <p className="desk__subtitle">{list.headline}</p>
        </div>
      </header>
      <p className="field__hint">{t.intro}</p>

      {list.revisions.length === 0 ? (
        <p className="empty-state">{t.none}</p>
      ) : (
        <div className="revisions-layout">
          <section aria-labelledby="revision-list-heading">
            <h2 id="revision-list-heading" className="visually-hidden">
              {t.title}
            </h2>
            {/* The radios belong to this form by id, so that each row can hold its own restore form. */}
            <form id="compare-form" action={`/editor/articles/${id}/revisions`} />
            <div className="compare-form">
              <DataTable
                columns={[t.compareFrom, t.compareTo, t.versionColumn, t.changed, t.restore]}
                hasRows
                empty={t.none}
                className="revisions-table"
              >
                {list.revisions.map((revision) => (
                  <tr key={revision.version}>
                    <td>
                      <input type="radio" form="compare-form" name="from" value={revision.version} defaultChecked={revision.version === from} aria-label={`${t.compareFrom} ${t.version(revision.version)}`} />
                    </td>
                    <td>
                      <input type="radio" form="compare-form" name="to" value={revision.version} defaultChecked={revision.version === to} aria-label={`${t.compareTo} ${t.version(revision.version)}`} />
                    </td>
                    <th scope="row">
                      <span className="revision__name">
                        {t.version(revision.version)}
                        {revision.version === list.version && <span className="status-pill status-pill--published">{t.current}</span>}
                      </span>
                      <span className="desk-table__note">
                        <TimeStamp value={revision.createdAt} /> · <bdi>{revision.author ?? ar.editor.someoneElse}</bdi>
                        {revision.isAutosave && ` · ${t.autosave}`}
                        {revision.restoredFromVersion !== null && ` · ${t.restoredFrom(revision.restoredFromVersion)}`}
                      </span>
                    </th>
                    <td className="revision__changed">
                      {revision.changed.length === 0 ? t.nothingChanged : revision.changed.map((field) => ar.editor.merge.field[field]).join("، ")}
                    </td>
                    <td>
                      {list.canEdit && revision.version !== list.version && (
                        <RestoreButton articleId={id} version={revision.version} baseVersion={list.version} />
                      )}
                    </td>
                  </tr>
                ))}
              </DataTable>
              <button type="submit" form="compare-form" className="button button--quiet">
                {t.compare}
              </button>
            </div>
          </section>

          {comparison && (
            <section className="diff-view" aria-labelledby="diff-heading">
              <h2 id="diff-heading">{t.diffTitle(from!, to!)}</h2>
              {comparison.length === 0 ? (
                <p className="empty-state">{t.noDifference}</p>
              ) : (
                comparison.map(({ field, parts }) => (
                  <div key={field} className="diff-view__field">
                    <h3>{ar.editor.merge.field[field]}</h3>
                    <WordDiff parts={parts} />
                  </div>
                ))
              )}
            </section>
          )}
        </div>
      )}
    </div>
  );
}
