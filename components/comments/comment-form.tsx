"use client";

import { useActionState, useEffect, useId, useRef, useState, useTransition } from "react";
import { FormMessage } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";
import { HONEYPOT_FIELD, MIN_SUBMIT_MS } from "@/lib/comments/bot-traps";
import { newClientKey } from "@/lib/comments/client-key";
import { ar } from "@/lib/i18n/site";
import { MAX_COMMENT_LENGTH } from "@/lib/moderation/phases/length";
import { countCharacters } from "@/lib/moderation/text";
import { initialFormState, textFields, type FormState } from "@/lib/actions/result";
import type { CommentFields } from "@/lib/validation/comments";
import { postCommentAction, submitCommentAction, type CommentFormState, type CommentPosted } from "./actions";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Props = {
  articleId: string;
  /** The top-level comment a reply goes under. */
  parentId?: string;
  replyToName?: string;
  /** The form's issue time, signed by the server (the bot traps). */
  formToken: string;
  /** A key made on the server, used only when the browser runs no script. */
  fallbackKey?: string;
  /** Signed-out visitors on a site that takes guest comments: ask for a name and an e-mail. */
  asGuest?: boolean;
  signedInName?: string | null;
  autoFocus?: boolean;
  onPosted?: (posted: CommentPosted) => void;
  onCancel?: () => void;
};

/**
 * Writing a comment or a reply. The idempotency key is made when the reader first submits and
 * kept until the server gives a definite answer, so a retry after a dropped connection can
 * neither lose the comment nor post it twice. Without JavaScript the form still posts (the
 * server action's progressive enhancement), with a key made on the server.
 */
export function CommentForm(props: Props) {
  const { articleId, parentId, replyToName, formToken, fallbackKey, asGuest, signedInName, autoFocus, onPosted, onCancel } = props;
  const [serverState, formAction] = useActionState<FormState, FormData>(postCommentAction, initialFormState);
  const [state, setState] = useState<FormState | null>(null);
  const shown = state ?? serverState;
  const [text, setText] = useState(shown.ok ? "" : (shown.values?.body ?? ""));
  const [pending, startTransition] = useTransition();
  const pendingKey = useRef<string | null>(null);
  const receivedAt = useRef(0);
  // The thread reloads after each post with a newer issue time; the form keeps the one it was
  // first given, so a second comment is not taken for a bot's.
  const [firstToken] = useState(formToken);
  const id = useId();
  const fieldId = `${id}-body`;
  const counterId = `${id}-counter`;
  const errorId = `${id}-error`;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  // Sending disables the button, which drops focus to the page: the answer takes it back.
  const focusAfterAnswer = useRef(false);

  useEffect(() => {
    receivedAt.current = performance.now();
    if (autoFocus) textarea.current?.focus();
  }, [autoFocus]);

  useEffect(() => {
    if (!state || !focusAfterAnswer.current) return;
    focusAfterAnswer.current = false;
    // A comment refused for its text sends the writer back to it; anything else, to the answer.
    if (state.fieldErrors?.body?.length) textarea.current?.focus();
    else status.current?.focus();
  }, [state]);

  const used = countCharacters(text);
  const over = used - MAX_COMMENT_LENGTH;
  const bodyErrors = shown.fieldErrors?.body;

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fields: CommentFields = textFields(new FormData(event.currentTarget));
    pendingKey.current ??= newClientKey();
    fields.clientKey = pendingKey.current;
    startTransition(async () => {
      // People never submit within seconds of the form appearing; scripts wait instead of failing.
      const early = MIN_SUBMIT_MS + 250 - (performance.now() - receivedAt.current);
      if (early > 0) await sleep(early);
      let result: CommentFormState;
      focusAfterAnswer.current = true;
      try {
        result = await submitCommentAction(fields);
      } catch {
        // No answer: the comment may or may not be stored. The kept key makes the retry safe.
        setState({ message: ar.comments.errors.network, values: { body: text } });
        return;
      }
      setState(result);
      if (result.ok) {
        pendingKey.current = null;
        setText("");
        onPosted?.(result);
      } else if (result.values?.body !== undefined) {
        setText(result.values.body);
      }
    });
  }

  const label = parentId ? ar.comments.form.replyLabel : ar.comments.form.label;
  const networkFailed = shown.message === ar.comments.errors.network;
  return (
    <form action={formAction} onSubmit={submit} className="comment-form" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="parentId" value={parentId ?? ""} />
      <input type="hidden" name="formToken" value={firstToken} />
      <input type="hidden" name="clientKey" defaultValue={fallbackKey ?? ""} />
      <div className="comment-form__trap" aria-hidden="true">
        <label>
          {ar.comments.form.honeypot}
          <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
      {signedInName && !parentId && <p className="comment-form__who">{ar.comments.form.signedInAs(signedInName)}</p>}
      {asGuest && (
        <div className="comment-form__guest">
          <TextField
            label={ar.comments.form.guestName}
            name="guestName"
            id={`${id}-guest-name`}
            autoComplete="name"
            required
            defaultValue={shown.values?.guestName}
            errors={shown.fieldErrors?.guestName}
          />
          <TextField
            label={ar.comments.form.guestEmail}
            name="guestEmail"
            id={`${id}-guest-email`}
            type="email"
            dir="ltr"
            autoComplete="email"
            required
            hint={ar.comments.form.guestEmailHint}
            defaultValue={shown.values?.guestEmail}
            errors={shown.fieldErrors?.guestEmail}
          />
        </div>
      )}
      <div className="field">
        <label htmlFor={fieldId}>{replyToName ? ar.comments.replyTo(replyToName) : label}</label>
        <textarea
          ref={textarea}
          id={fieldId}
          name="body"
          rows={parentId ? 3 : 4}
          required
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={ar.comments.form.placeholder}
          aria-invalid={bodyErrors?.length || over > 0 ? true : undefined}
          aria-describedby={[counterId, bodyErrors?.length ? errorId : undefined].filter(Boolean).join(" ")}
        />
        <p id={counterId} className={over > 0 ? "comment-form__counter comment-form__counter--over" : "comment-form__counter"}>
          {over > 0 ? ar.comments.form.overLimit(used, MAX_COMMENT_LENGTH) : ar.comments.form.counter(used, MAX_COMMENT_LENGTH)}
          <span className="visually-hidden"> {ar.comments.form.hint}</span>
        </p>
        {bodyErrors?.length ? (
          <p id={errorId} className="field__error">
            {bodyErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <FormMessage ref={status} message={shown.message} ok={shown.ok} />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending} aria-disabled={pending}>
          {pending ? ar.comments.form.sending : networkFailed ? ar.comments.form.retry : parentId ? ar.comments.form.submitReply : ar.comments.form.submit}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {ar.comments.form.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
