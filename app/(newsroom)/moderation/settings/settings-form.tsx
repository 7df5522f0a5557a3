"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";
import { ar } from "@/lib/i18n/ar";
import { initialFormState } from "@/lib/validation/form-state";
import { saveSettingsAction } from "../actions";

const t = ar.moderationDesk.settings;

const numberFields = [
  ["trustThreshold", t.trustThreshold],
  ["maxLinks", t.maxLinks],
  ["autoCloseAfterDays", t.autoCloseAfterDays],
  ["reportThreshold", t.reportThreshold],
  ["rateMax", t.rateMax],
  ["rateWindow", t.rateWindow],
  ["ipMax", t.ipMax],
  ["ipWindow", t.ipWindow],
  ["repeatWindow", t.repeatWindow],
] as const;

export function SettingsForm({ values, editable }: { values: Record<string, string>; editable: boolean }) {
  const [state, action] = useActionState(saveSettingsAction, initialFormState);
  const shown = state.values ?? values;
  return (
    <form action={action} className="form" noValidate>
      <fieldset disabled={!editable} className="settings-grid">
        <label className="choice settings-grid__wide">
          <input type="checkbox" name="guestComments" defaultChecked={shown.guestComments === "on"} />
          {t.guestComments}
        </label>
        {numberFields.map(([name, label]) => (
          <TextField
            key={name}
            label={label}
            name={name}
            id={`setting-${name}`}
            type="number"
            inputMode="numeric"
            min={name === "autoCloseAfterDays" ? 1 : 0}
            dir="ltr"
            defaultValue={shown[name]}
            errors={state.fieldErrors?.[name]}
          />
        ))}
      </fieldset>
      {editable && (
        <>
          <FormMessage message={state.message} ok={state.ok} />
          <SubmitButton>{t.save}</SubmitButton>
        </>
      )}
    </form>
  );
}
