"use client";

import { useState } from "react";
import { ARTICLE_LIMITS } from "@/lib/editorial/limits";
import { ar } from "@/lib/i18n/newsroom";
import { Field } from "@/components/ui/text-field";

const t = ar.editor.returnNote;

/** Returning a story to its writer: the note they will read on it, then the return itself. */
export function ReturnNoteBox({
  busy,
  errors,
  onSend,
  onCancel,
}: {
  busy: boolean;
  errors?: string[];
  onSend: (note: string) => void;
  onCancel: () => void;
}) {
  const [note, setNote] = useState("");
  return (
    <div className="schedule-box">
      <Field id="field-return-note" label={t.label} hint={t.hint} errors={errors}>
        {(ids) => (
          <textarea
            id={ids.id}
            rows={3}
            value={note}
            maxLength={ARTICLE_LIMITS.returnNote}
            autoFocus
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="button" className="button button--small" disabled={busy} onClick={() => onSend(note)}>
          {t.send}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={onCancel}>
          {ar.editor.actions.cancel}
        </button>
      </div>
    </div>
  );
}
