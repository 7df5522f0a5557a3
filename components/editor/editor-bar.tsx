import Link from "next/link";
import type { ArticleStatus } from "@/db/schema/enums";
import type { WorkflowAction } from "@/lib/editorial/workflow";
import { ar } from "@/lib/i18n/newsroom";
import type { ReactNode } from "react";

const t = ar.editor;

/** The one or two actions that move this story on, shown in the top bar. */
export function primaryActions(actions: WorkflowAction[], status: ArticleStatus): WorkflowAction[] {
  // Editors publish a draft straight away; writers hand it to the desk.
  if (status === "draft") return actions.includes("publish") ? ["publish"] : actions.filter((action) => action === "submit");
  if (status === "in_review" || status === "scheduled") return actions.filter((action) => action === "publish");
  return [];
}

/** The top bar: back to the desk, status, save state, preview and revisions, save and the next step. */
export function EditorBar({
  articleId,
  status,
  indicator,
  canEdit,
  busy,
  primary,
  onSave,
  onAction,
}: {
  articleId: string | null;
  status: ArticleStatus;
  indicator: ReactNode;
  canEdit: boolean;
  busy: boolean;
  primary: WorkflowAction[];
  onSave: () => void;
  onAction: (action: WorkflowAction) => void;
}) {
  const isLive = status === "published";
  return (
    <div className="story-editor__bar">
      <Link href="/editor" className="story-editor__back">
        {t.backToDesk}
      </Link>
      <span className={`status-pill status-pill--${status}`}>{t.status[status]}</span>
      {indicator}
      <div className="story-editor__bar-actions">
        {articleId && (
          <>
            <Link href={`/editor/articles/${articleId}/preview`} className="button button--quiet button--small" target="_blank">
              {t.actions.preview}
            </Link>
            <Link href={`/editor/articles/${articleId}/revisions`} className="button button--quiet button--small">
              {t.actions.revisions}
            </Link>
          </>
        )}
        {canEdit && (
          <button type="button" className={isLive ? "button button--accent" : "button button--quiet"} onClick={onSave} disabled={busy}>
            {isLive ? t.save.update : t.save.save}
          </button>
        )}
        {primary.map((action) => (
          <button key={action} type="button" className="button button--accent" disabled={busy} onClick={() => onAction(action)}>
            {t.actions[action]}
          </button>
        ))}
      </div>
    </div>
  );
}
