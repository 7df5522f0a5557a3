"use client";

import { useState } from "react";
import { ArticleBody } from "@/components/article/article-body";
import type { DeskUpdate } from "@/lib/dal/live-coverage";
import { ar } from "@/lib/i18n/newsroom";
import type { UpdateStateAction } from "@/lib/validation/live";
import { editUpdateAction, updateStateAction } from "./actions";
import { UpdateComposer } from "./update-composer";

const t = ar.liveDesk;

/** One update on the live desk, with what the viewer may do to it. */
export function DeskUpdateItem({ update, canPublish, onChanged }: { update: DeskUpdate; canPublish: boolean; onChanged: (message: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function act(action: UpdateStateAction) {
    if (action === "remove" && !window.confirm(t.confirmRemove)) return;
    const result = await updateStateAction({ updateId: update.id, action }).catch(() => null);
    if (result?.ok) onChanged(result.message ?? t.saved);
    else setError(result?.message ?? t.errors.network);
  }

  return (
    <li className={`desk-update desk-update--${update.status}`} id={`desk-update-${update.id}`}>
      <p className="desk-update__meta">
        <time dateTime={update.publishedAt} title={update.dateTime}>
          {update.time}
        </time>
        {update.status === "draft" && <span className="badge">{t.draft}</span>}
        {update.isKeyEvent && <span className="badge badge--key">{t.keyEvent}</span>}
        <bdi>{update.authors.map((author) => author.name).join("، ")}</bdi>
      </p>
      {editing ? (
        <UpdateComposer
          initial={{ headline: update.headline, body: update.body, isKeyEvent: update.isKeyEvent }}
          actions={[{ label: t.saveEdit, publish: update.status === "published" }]}
          onCancel={() => setEditing(false)}
          onSubmit={async (fields) => {
            const result = await editUpdateAction({ updateId: update.id, baseVersion: update.version, update: fields });
            if (result.ok) {
              setEditing(false);
              onChanged(t.saved);
            }
            return result;
          }}
        />
      ) : (
        <>
          {update.headline && <h3 className="desk-update__headline">{update.headline}</h3>}
          <ArticleBody document={update.body} direction="rtl" />
        </>
      )}
      {update.mayChange && !editing && (
        <div className="button-row">
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            {t.edit}
          </button>
          {update.status === "draft" && canPublish && (
            <button type="button" className="button button--small" onClick={() => act("publish")}>
              {t.publishDraft}
            </button>
          )}
          <button type="button" className="button button--small button--quiet" onClick={() => act(update.isKeyEvent ? "unpin" : "pin")}>
            {update.isKeyEvent ? t.unpin : t.pin}
          </button>
          <button type="button" className="button button--small button--danger" onClick={() => act("remove")}>
            {t.remove}
          </button>
        </div>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
