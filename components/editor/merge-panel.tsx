"use client";

import { useEffect, useRef } from "react";
import { fieldText, wordDiff, type SnapshotLabels } from "@/lib/editorial/diff";
import type { ConflictDetails } from "@/lib/editorial/outcomes";
import { changedFields, type ArticleSnapshot, type SnapshotField } from "@/lib/editorial/snapshot";
import { ar } from "@/lib/i18n/newsroom";
import { WordDiff } from "./word-diff";

const t = ar.editor.merge;

/**
 * Side by side: what this editor holds (unsaved) and what a colleague saved in between,
 * field by field, with the words that differ marked. Nothing is merged automatically: the
 * person takes their colleague's version of a field, edits by hand, and saves the result.
 */
export function MergePanel({
  mine,
  conflict,
  labels,
  onUseTheirs,
  onSaveMerged,
  onTakeAll,
  onClose,
}: {
  mine: ArticleSnapshot;
  conflict: ConflictDetails;
  labels: SnapshotLabels;
  onUseTheirs: (field: SnapshotField) => void;
  onSaveMerged: () => void;
  onTakeAll: () => void;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const theirs = conflict.server.content;
  const differing = changedFields(theirs, mine);

  return (
    <section className="merge-panel" aria-labelledby="merge-heading">
      <header className="merge-panel__header">
        <h2 id="merge-heading" tabIndex={-1} ref={heading}>
          {t.title}
        </h2>
        <p>{t.intro}</p>
      </header>
      {differing.length === 0 ? (
        <p className="empty-state">{t.same}</p>
      ) : (
        <ol className="merge-panel__fields">
          {differing.map((field) => {
            const mineText = fieldText(mine, field, labels);
            const theirsText = fieldText(theirs, field, labels);
            return (
              <li key={field} className="merge-field">
                <h3>{t.field[field]}</h3>
                <div className="merge-field__columns">
                  <div className="merge-field__side merge-field__side--mine">
                    <p className="merge-field__label">{t.yours}</p>
                    <div className="merge-field__text">{mineText || "—"}</div>
                  </div>
                  <div className="merge-field__side merge-field__side--theirs">
                    <p className="merge-field__label">{t.theirs(conflict.by)}</p>
                    <div className="merge-field__text">{theirsText || "—"}</div>
                    <button type="button" className="button button--small button--quiet" onClick={() => onUseTheirs(field)}>
                      {t.useTheirs}
                    </button>
                  </div>
                </div>
                {(field === "body" || field === "headline" || field === "dek") && (
                  <details className="merge-field__diff">
                    <summary>{ar.editor.revisions.changed}</summary>
                    <WordDiff parts={wordDiff(theirsText, mineText)} />
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <div className="button-row merge-panel__actions">
        <button type="button" className="button button--accent" onClick={onSaveMerged}>
          {t.keepMine}
        </button>
        <button type="button" className="button button--quiet" onClick={onTakeAll}>
          {t.takeAllTheirs}
        </button>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </section>
  );
}
