"use client";

import type { ArticleStatus } from "@/db/schema/enums";
import type { WorkflowAction } from "@/lib/editorial/workflow";
import { ar } from "@/lib/i18n/newsroom";
import { CheckField, Field } from "@/components/ui/text-field";
import { ReturnNoteBox } from "./return-note-box";

const t = ar.editor;

const dangerous = (action: WorkflowAction) => action === "unpublish" || action === "archive";

/** The sidebar's first panel: where the story stands, when it went out, and the other ways to move it on. */
export function PublishingPanel({
  status,
  labels,
  publicPath,
  markAsUpdate,
  actions,
  secondary,
  busy,
  fieldErrors,
  schedule,
  returnBox,
  onAction,
}: {
  status: ArticleStatus;
  labels: { publishedAt: string | null; scheduledFor: string | null; updatedAt: string | null };
  publicPath: string | null;
  /** Offered only while the story is live and may be changed. */
  markAsUpdate: { checked: boolean; onChange: (checked: boolean) => void } | null;
  actions: WorkflowAction[];
  secondary: WorkflowAction[];
  busy: boolean;
  fieldErrors: Record<string, string[]>;
  schedule: { at: string; setAt: (value: string) => void; open: boolean; setOpen: (open: boolean) => void; timeZoneName: string };
  returnBox: { open: boolean; setOpen: (open: boolean) => void };
  onAction: (action: WorkflowAction, extra?: { note?: string }) => void;
}) {
  const published = status === "published";
  return (
    <section className="side-panel" aria-labelledby="panel-publishing">
      <h2 id="panel-publishing">{t.panels.publishing}</h2>
      <dl className="meta-list">
        <div>
          <dt>{t.meta.status}</dt>
          <dd>{t.status[status]}</dd>
        </div>
        {labels.publishedAt && published && (
          <div>
            <dt>{t.meta.published}</dt>
            <dd>{labels.publishedAt}</dd>
          </div>
        )}
        {labels.scheduledFor && status === "scheduled" && (
          <div>
            <dt>{t.meta.scheduled}</dt>
            <dd>{labels.scheduledFor}</dd>
          </div>
        )}
        {labels.updatedAt && published && (
          <div>
            <dt>{t.meta.updated}</dt>
            <dd>{labels.updatedAt}</dd>
          </div>
        )}
      </dl>
      {publicPath && published && (
        <p>
          <a href={publicPath} target="_blank" rel="noreferrer">
            {t.actions.viewLive}
          </a>
        </p>
      )}
      {markAsUpdate && (
        <CheckField id="field-mark-update" label={t.fields.markAsUpdate} hint={t.fields.markAsUpdateHint} checked={markAsUpdate.checked} onChange={markAsUpdate.onChange} />
      )}
      {actions.includes("schedule") && (
        <div className="schedule-box">
          {!schedule.open ? (
            <button type="button" className="button button--quiet button--small" onClick={() => schedule.setOpen(true)} disabled={busy}>
              {t.actions.schedule}
            </button>
          ) : (
            <>
              <Field id="field-schedule" label={t.actions.scheduleAt} hint={t.actions.scheduleHint(schedule.timeZoneName)} errors={fieldErrors.scheduledFor}>
                {(ids) => (
                  <input
                    id={ids.id}
                    type="datetime-local"
                    dir="ltr"
                    step={60}
                    value={schedule.at}
                    aria-describedby={ids.describedBy}
                    aria-invalid={ids.invalid}
                    onChange={(event) => schedule.setAt(event.target.value)}
                  />
                )}
              </Field>
              <div className="button-row">
                <button type="button" className="button button--small" onClick={() => onAction("schedule")} disabled={busy}>
                  {t.actions.confirmSchedule}
                </button>
                <button type="button" className="button button--small button--quiet" onClick={() => schedule.setOpen(false)}>
                  {t.actions.cancel}
                </button>
              </div>
            </>
          )}
        </div>
      )}
      {secondary.length > 0 && (
        <div className="button-row side-panel__actions">
          {secondary.map((action) => (
            <button
              key={action}
              type="button"
              className={dangerous(action) ? "button button--small button--danger-quiet" : "button button--small button--quiet"}
              disabled={busy}
              aria-expanded={action === "return" ? returnBox.open : undefined}
              onClick={() => (action === "return" ? returnBox.setOpen(true) : onAction(action))}
            >
              {t.actions[action]}
            </button>
          ))}
        </div>
      )}
      {returnBox.open && actions.includes("return") && (
        <ReturnNoteBox busy={busy} errors={fieldErrors.note} onSend={(note) => onAction("return", { note })} onCancel={() => returnBox.setOpen(false)} />
      )}
    </section>
  );
}
