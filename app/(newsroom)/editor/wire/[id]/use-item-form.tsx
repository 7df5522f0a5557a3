"use client";

import { useActionState } from "react";
import { Field } from "@/components/ui/text-field";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { initialFormState } from "@/lib/actions/result";
import { ar } from "@/lib/i18n/newsroom";
import { createStoryFromWireAction } from "../actions";

const t = ar.wire.item;

/** "استخدمه مسودة": the section to put the draft in; success goes straight to the new draft. */
export function UseItemForm({ itemId, sections }: { itemId: string; sections: { id: number; name: string }[] }) {
  const [state, action] = useActionState(createStoryFromWireAction, initialFormState);
  return (
    <form action={action} className="form wire-use" noValidate>
      <input type="hidden" name="itemId" value={itemId} />
      <Field id="wire-section" label={t.section} errors={state.fieldErrors?.sectionId}>
        {(ids) => (
          <select id={ids.id} name="sectionId" defaultValue={sections[0]?.id} aria-describedby={ids.describedBy} aria-invalid={ids.invalid}>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton className="button button--accent">{t.use}</SubmitButton>
    </form>
  );
}
