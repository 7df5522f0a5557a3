"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/text-field";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { ar } from "@/lib/i18n/newsroom";
import { initialFormState } from "@/lib/actions/result";
import { addCorrectionAction } from "../../actions";

const t = ar.editor.corrections;
const types = ["correction", "clarification", "update"] as const;

export function CorrectionForm({ articleId }: { articleId: string }) {
  const [state, action] = useActionState(addCorrectionAction, initialFormState);
  return (
    <form action={action} className="form correction-form" noValidate>
      <p className="field__hint">{t.intro}</p>
      <input type="hidden" name="articleId" value={articleId} />
      <Field id="correction-type" label={t.type} errors={state.fieldErrors?.type}>
        {(ids) => (
          <select id={ids.id} name="type" defaultValue={state.values?.type ?? "correction"} aria-describedby={ids.describedBy}>
            {types.map((type) => (
              <option key={type} value={type}>
                {t.types[type]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="correction-note" label={t.note} hint={t.noteHint} errors={state.fieldErrors?.note}>
        {(ids) => (
          <textarea
            id={ids.id}
            name="note"
            rows={3}
            defaultValue={state.values?.note}
            key={state.ok ? "sent" : "typing"}
            aria-describedby={ids.describedBy}
            aria-invalid={ids.invalid}
          />
        )}
      </Field>
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton className="button button--small">{t.add}</SubmitButton>
    </form>
  );
}
