"use client";

import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { RichTextEditor } from "@/components/editor/rich-text-editor";
import { FormMessage } from "@/components/ui/form-status";
import { CheckField } from "@/components/ui/text-field";
import { emptyDocument, type ArticleDocument } from "@/lib/article-document";
import type { ActionResult } from "@/lib/actions/result";
import { ar } from "@/lib/i18n/newsroom";

const t = ar.liveDesk;

export interface UpdateFields {
  headline: string;
  body: ArticleDocument;
  isKeyEvent: boolean;
}

const blank = (): UpdateFields => ({ headline: "", body: emptyDocument(), isKeyEvent: false });

function readKept(key: string | undefined): UpdateFields | null {
  if (!key) return null;
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as UpdateFields) : null;
  } catch {
    return null;
  }
}

function keep(key: string | undefined, fields: UpdateFields | null) {
  if (!key) return;
  try {
    if (fields) window.localStorage.setItem(key, JSON.stringify(fields));
    else window.localStorage.removeItem(key);
  } catch {
    // Private browsing or a full quota: nothing more to do.
  }
}

/**
 * The form for one update, new or edited. Ctrl/⌘+Enter sends it the main way (publish where the
 * viewer may). With `keptAs`, what is typed is kept in this browser until it is sent, so a
 * closed tab or a crash loses nothing.
 */
export function UpdateComposer({
  initial,
  keptAs,
  actions,
  onSubmit,
  onCancel,
}: {
  initial?: UpdateFields;
  keptAs?: string;
  /** The ways to send it, the main one first. */
  actions: { label: string; publish: boolean }[];
  onSubmit: (fields: UpdateFields, publish: boolean) => Promise<ActionResult>;
  onCancel?: () => void;
}) {
  const [fields, setFields] = useState<UpdateFields>(initial ?? blank);
  const [editorKey, setEditorKey] = useState(0);
  const [answer, setAnswer] = useState<ActionResult | null>(null);
  const [restored, setRestored] = useState(false);
  const [pending, setPending] = useState(false);
  const id = useId();

  useEffect(() => {
    const kept = readKept(keptAs);
    if (!kept) return;
    // Restoring this browser's copy after hydration is exactly what this effect is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFields(kept);
    setEditorKey((n) => n + 1);
    setRestored(true);
  }, [keptAs]);

  const change = (next: Partial<UpdateFields>) =>
    setFields((current) => {
      const updated = { ...current, ...next };
      keep(keptAs, updated);
      return updated;
    });

  async function send(publish: boolean) {
    if (pending) return;
    setPending(true);
    const result = await onSubmit(fields, publish).catch(() => ({ ok: false as const, kind: "refused" as const, message: t.errors.network }));
    setPending(false);
    setAnswer(result);
    if (result.ok && !initial) {
      keep(keptAs, null);
      setFields(blank());
      setEditorKey((n) => n + 1);
      setRestored(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    void send(submitter?.value === "draft" ? false : actions[0]!.publish);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send(actions[0]!.publish);
    }
  };
  const errors = answer && !answer.ok ? answer.fieldErrors : undefined;

  return (
    <form className="form update-composer" onSubmit={submit} onKeyDown={onKeyDown} noValidate aria-busy={pending}>
      {restored && <p className="form-message">{t.restoredDraft}</p>}
      <div className="field">
        <label htmlFor={`${id}-headline`}>{t.headline}</label>
        <input
          id={`${id}-headline`}
          value={fields.headline}
          onChange={(event) => change({ headline: event.target.value })}
          aria-invalid={errors?.headline ? true : undefined}
          aria-describedby={errors?.headline ? `${id}-headline-error` : undefined}
        />
        {errors?.headline && (
          <p className="field__error" id={`${id}-headline-error`}>
            {errors.headline.join(" ")}
          </p>
        )}
      </div>
      <div className="field field--body">
        <span id={`${id}-body-label`} className="field__label">
          {t.body}
        </span>
        <RichTextEditor
          key={editorKey}
          initialContent={fields.body}
          editable
          onChange={(body) => change({ body })}
          labelledBy={`${id}-body-label`}
          describedBy={errors?.body ? `${id}-body-error` : `${id}-shortcut`}
          invalid={Boolean(errors?.body)}
          placeholder={t.bodyPlaceholder}
        />
        {errors?.body && (
          <p className="field__error" id={`${id}-body-error`}>
            {errors.body.join(" ")}
          </p>
        )}
      </div>
      <CheckField id={`${id}-key`} label={t.keyEvent} hint={t.keyEventHint} checked={fields.isKeyEvent} onChange={(isKeyEvent) => change({ isKeyEvent })} />
      <div className="button-row">
        {actions.map((action, index) => (
          <button key={action.label} type="submit" value={action.publish ? "publish" : "draft"} className={index === 0 ? "button" : "button button--quiet"} disabled={pending}>
            {action.label}
          </button>
        ))}
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {t.cancel}
          </button>
        )}
        <span className="field__hint" id={`${id}-shortcut`}>
          <kbd dir="ltr">Ctrl+Enter</kbd> {t.or} <kbd dir="ltr">⌘+Enter</kbd> {actions[0]!.publish ? t.toPublish : t.toSave}
        </span>
      </div>
      <FormMessage message={answer?.message} ok={answer?.ok} />
    </form>
  );
}
