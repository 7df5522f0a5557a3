"use client";

import { useActionState, useState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";
import { ar } from "@/lib/i18n/moderation";
import { initialFormState } from "@/lib/actions/result";
import { liftSanctionAction, sanctionAction } from "../../actions";

const t = ar.moderationDesk.commenter;
const durations = [1, 3, 7, 30, 90];

export function SanctionForm({ userId }: { userId: string }) {
  const [state, action] = useActionState(sanctionAction, initialFormState);
  const [kind, setKind] = useState(state.values?.kind ?? "suspension");
  return (
    <form action={action} className="form form--grid" noValidate>
      <input type="hidden" name="userId" value={userId} />
      <fieldset>
        <legend>{t.kind}</legend>
        <label className="choice">
          <input type="radio" name="kind" value="suspension" checked={kind === "suspension"} onChange={() => setKind("suspension")} />
          {t.suspend}
        </label>
        <label className="choice">
          <input type="radio" name="kind" value="ban" checked={kind === "ban"} onChange={() => setKind("ban")} />
          {t.ban}
        </label>
      </fieldset>
      <div className="field">
        <label htmlFor="sanction-days">{t.duration}</label>
        <select id="sanction-days" name="days" defaultValue={state.values?.days ?? "3"} disabled={kind === "ban"}>
          {durations.map((days) => (
            <option key={days} value={days}>
              {t.days(days)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label={t.reason}
        name="reason"
        id="sanction-reason"
        required
        defaultValue={state.values?.reason}
        errors={state.fieldErrors?.reason}
      />
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton className="button button--danger">{t.apply}</SubmitButton>
    </form>
  );
}

export function LiftSanctionForm({ sanctionId, userId }: { sanctionId: string; userId: string }) {
  const [state, action] = useActionState(liftSanctionAction, initialFormState);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="sanctionId" value={sanctionId} />
      <input type="hidden" name="userId" value={userId} />
      <label className="visually-hidden" htmlFor={`lift-${sanctionId}`}>
        {t.liftReason}
      </label>
      <input id={`lift-${sanctionId}`} name="reason" placeholder={t.liftReason} required defaultValue={state.values?.reason} />
      <SubmitButton className="button button--small">{t.lift}</SubmitButton>
      <FormMessage message={state.fieldErrors?.reason?.join(" ") ?? state.message} ok={state.ok} />
    </form>
  );
}
