"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";
import { ar } from "@/lib/i18n/moderation";
import { initialFormState } from "@/lib/actions/result";
import { saveSettingsAction } from "../actions";

const t = ar.moderationDesk.settings;

type Field = readonly [name: string, label: string];

const groups: { legend: string; fields: Field[] }[] = [
  {
    legend: t.rulesGroup,
    fields: [
      ["trustThreshold", t.trustThreshold],
      ["maxLinks", t.maxLinks],
      ["reportThreshold", t.reportThreshold],
      ["autoCloseAfterDays", t.autoCloseAfterDays],
      ["repeatWindow", t.repeatWindow],
    ],
  },
  { legend: t.accountGroup, fields: [["rateMax", t.rateMax], ["rateWindow", t.rateWindow]] },
  { legend: t.ipGroup, fields: [["ipMax", t.ipMax], ["ipWindow", t.ipWindow]] },
];

export function SettingsForm({ values, editable }: { values: Record<string, string>; editable: boolean }) {
  const [state, action] = useActionState(saveSettingsAction, initialFormState);
  const shown = state.values ?? values;
  return (
    <form action={action} className="form settings-form" noValidate>
      <fieldset disabled={!editable} className="settings-form__body">
        <label className="choice">
          <input type="checkbox" name="guestComments" defaultChecked={shown.guestComments === "on"} />
          {t.guestComments}
        </label>
        {groups.map((group) => (
          <fieldset key={group.legend} className="settings-grid">
            <legend>{group.legend}</legend>
            {group.fields.map(([name, label]) => (
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
        ))}
      </fieldset>
      {editable && (
        <div className="button-row">
          <SubmitButton>{t.save}</SubmitButton>
          <FormMessage message={state.message} ok={state.ok} />
        </div>
      )}
    </form>
  );
}
