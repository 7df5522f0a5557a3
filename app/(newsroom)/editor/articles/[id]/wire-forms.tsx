"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/text-field";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { initialFormState } from "@/lib/actions/result";
import { ar } from "@/lib/i18n/newsroom";
import { acknowledgeWireUpdateAction, setStoryEmbargoAction, withdrawStoryAction } from "../../wire/actions";

const t = ar.wire.story;

export function AcknowledgeUpdateForm({ articleId, version }: { articleId: string; version: number }) {
  const [state, action] = useActionState(acknowledgeWireUpdateAction, initialFormState);
  return (
    <form action={action} className="wire-inline-form">
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton className="button button--small">{t.markSeen}</SubmitButton>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}

export function WithdrawStoryForm({ articleId, defaultNote }: { articleId: string; defaultNote: string }) {
  const [state, action] = useActionState(withdrawStoryAction, initialFormState);
  return (
    <form action={action} className="form wire-withdraw" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <Field id="wire-withdraw-note" label={t.withdrawNote} errors={state.fieldErrors?.note}>
        {(ids) => <textarea id={ids.id} name="note" rows={3} defaultValue={state.values?.note ?? defaultNote} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton className="button button--danger">{t.withdraw}</SubmitButton>
    </form>
  );
}

/** The desk's embargo, in the newsroom's time zone as the schedule field is; "lift" clears it. */
export function EmbargoForm({ articleId, wallTime, timeZoneName, embargoed }: { articleId: string; wallTime: string; timeZoneName: string; embargoed: boolean }) {
  const [state, action] = useActionState(setStoryEmbargoAction, initialFormState);
  return (
    <form action={action} className="form wire-embargo" noValidate>
      <input type="hidden" name="articleId" value={articleId} />
      <Field id="wire-embargo-until" label={t.embargo} hint={`${t.embargoHint} (${timeZoneName})`} errors={state.fieldErrors?.until}>
        {(ids) => <input id={ids.id} type="datetime-local" name="until" defaultValue={state.values?.until ?? wallTime} aria-describedby={ids.describedBy} aria-invalid={ids.invalid} />}
      </Field>
      <FormMessage message={state.message} ok={state.ok} />
      <div className="wire-embargo__buttons">
        <SubmitButton className="button button--small">{t.embargoSave}</SubmitButton>
        {embargoed && (
          <button type="submit" name="intent" value="lift" className="button button--small button--quiet">
            {t.embargoLift}
          </button>
        )}
      </div>
    </form>
  );
}
