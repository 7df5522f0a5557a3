"use client";

import { useId, useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/form-status";
import type { CommentView } from "@/lib/comments/types";
import { ar } from "@/lib/i18n/site";
import { MAX_COMMENT_LENGTH } from "@/lib/moderation/phases/length";
import { countCharacters } from "@/lib/moderation/text";
import type { FormState } from "@/lib/actions/result";
import { deleteCommentAction, editCommentAction, reportCommentAction } from "./actions";
import { CommentForm } from "./comment-form";
import { useHydrated, useThreadControls } from "./thread-context";

type Panel = "reply" | "report" | "edit" | "delete" | null;

type Props = {
  comment: CommentView;
  articleId: string;
  formToken: string;
  canReply: boolean;
  canReport: boolean;
  alreadyReported: boolean;
  canEdit: boolean;
  canDelete: boolean;
};

const reasons = Object.entries(ar.comments.reportReasons) as [keyof typeof ar.comments.reportReasons, string][];

/** Reply, report, edit and delete: they need scripts, so they appear once the page has them. */
export function CommentTools(props: Props) {
  const { comment, articleId, formToken, canReply, canReport, alreadyReported, canEdit, canDelete } = props;
  const hydrated = useHydrated();
  const controls = useThreadControls();
  const [panel, setPanel] = useState<Panel>(null);
  const [result, setResult] = useState<FormState>({});
  const [pending, startTransition] = useTransition();
  const [reported, setReported] = useState(alreadyReported);
  const id = useId();

  if (!hydrated || !(canReply || canReport || canEdit || canDelete)) return null;

  function run(work: () => Promise<FormState>, after?: (state: FormState) => void) {
    startTransition(async () => {
      let state: FormState;
      try {
        state = await work();
      } catch {
        state = { message: ar.comments.errors.network };
      }
      setResult(state);
      if (state.ok) {
        setPanel(null);
        after?.(state);
      }
    });
  }

  const toggle = (next: Panel) => () => {
    setResult({});
    setPanel((current) => (current === next ? null : next));
  };

  return (
    <div className="comment-tools" role="group" aria-label={ar.comments.actions.toolsFor(comment.authorName)}>
      <div className="comment-tools__buttons">
        {canReply && (
          <button type="button" className="link-button" aria-expanded={panel === "reply"} onClick={toggle("reply")}>
            {ar.comments.actions.reply}
          </button>
        )}
        {canReport && !reported && (
          <button type="button" className="link-button" aria-expanded={panel === "report"} onClick={toggle("report")}>
            {ar.comments.actions.report}
          </button>
        )}
        {canEdit && (
          <button type="button" className="link-button" aria-expanded={panel === "edit"} onClick={toggle("edit")}>
            {ar.comments.actions.edit}
          </button>
        )}
        {canDelete && (
          <button type="button" className="link-button" aria-expanded={panel === "delete"} onClick={toggle("delete")}>
            {ar.comments.actions.delete}
          </button>
        )}
      </div>

      {panel === "reply" && (
        <CommentForm
          articleId={articleId}
          parentId={comment.parentId ?? comment.id}
          replyToName={comment.authorName}
          formToken={formToken}
          autoFocus
          onCancel={() => setPanel(null)}
          onPosted={(state) => {
            if (state.comment) controls.showOwn(state.comment);
            setResult({ ok: true, message: state.message });
            setPanel(null);
          }}
        />
      )}

      {panel === "report" && (
        <form
          className="comment-tools__panel"
          onSubmit={(event) => {
            event.preventDefault();
            const data = new FormData(event.currentTarget);
            run(
              () =>
                reportCommentAction({
                  commentId: comment.id,
                  reason: String(data.get("reason") ?? ""),
                  note: String(data.get("note") ?? ""),
                }),
              () => {
                setReported(true);
                controls.refresh();
              },
            );
          }}
        >
          <fieldset>
            <legend>{ar.comments.actions.reportReason}</legend>
            {reasons.map(([value, label]) => (
              <label key={value} className="choice">
                <input type="radio" name="reason" value={value} required />
                {label}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-note`}>{ar.comments.actions.reportNote}</label>
            <input id={`${id}-note`} name="note" maxLength={500} />
          </div>
          <div className="button-row">
            <button type="submit" className="button button--small" disabled={pending}>
              {ar.comments.actions.sendReport}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={() => setPanel(null)}>
              {ar.comments.form.cancel}
            </button>
          </div>
        </form>
      )}

      {panel === "edit" && (
        <EditPanel
          comment={comment}
          pending={pending}
          fieldErrors={result.fieldErrors?.body}
          onCancel={() => setPanel(null)}
          onSave={(body) => run(() => editCommentAction({ commentId: comment.id, body }), () => controls.refresh())}
        />
      )}

      {panel === "delete" && (
        <div className="comment-tools__panel button-row">
          <button
            type="button"
            className="button button--small button--danger"
            disabled={pending}
            onClick={() =>
              run(
                () => deleteCommentAction({ commentId: comment.id }),
                (state) => {
                  if (controls.refresh(state.message)) setResult({});
                },
              )
            }
          >
            {ar.comments.actions.confirmDelete}
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => setPanel(null)}>
            {ar.comments.actions.keep}
          </button>
        </div>
      )}

      <FormMessage message={result.message} ok={result.ok} />
    </div>
  );
}

function EditPanel({
  comment,
  pending,
  fieldErrors,
  onCancel,
  onSave,
}: {
  comment: CommentView;
  pending: boolean;
  fieldErrors?: string[];
  onCancel: () => void;
  onSave: (body: string) => void;
}) {
  const [text, setText] = useState(comment.body);
  const id = useId();
  const used = countCharacters(text);
  return (
    <form
      className="comment-tools__panel"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(text);
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-body`}>{ar.comments.form.label}</label>
        <textarea
          id={`${id}-body`}
          rows={3}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={fieldErrors?.length ? true : undefined}
          aria-describedby={`${id}-counter`}
          autoFocus
        />
        <p id={`${id}-counter`} className="comment-form__counter">
          {used > MAX_COMMENT_LENGTH ? ar.comments.form.overLimit(used, MAX_COMMENT_LENGTH) : ar.comments.form.counter(used, MAX_COMMENT_LENGTH)}
        </p>
        {fieldErrors?.length ? <p className="field__error">{fieldErrors.join(" ")}</p> : null}
      </div>
      <div className="button-row">
        <button type="submit" className="button button--small" disabled={pending}>
          {ar.comments.actions.save}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onCancel}>
          {ar.comments.form.cancel}
        </button>
      </div>
    </form>
  );
}
