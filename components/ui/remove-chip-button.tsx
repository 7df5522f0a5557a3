"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { initialFormState, type FormState } from "@/lib/actions/result";

/** The × after a chip in a staff list (a word, a synonym group): posts the entry's id to `action`. */
export function RemoveChipButton({
  id,
  label,
  action: remove,
}: {
  id: number;
  /** What a screen reader hears: "remove …". */
  label: string;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, action] = useActionState(remove, initialFormState);
  return (
    <form action={action} className="word-chips__remove">
      <input type="hidden" name="id" value={id} />
      <SubmitButton className="link-button">
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{label}</span>
      </SubmitButton>
      {state.message && !state.ok && <FormMessage message={state.message} />}
    </form>
  );
}
