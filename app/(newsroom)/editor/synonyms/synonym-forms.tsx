"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { RemoveChipButton } from "@/components/ui/remove-chip-button";
import { TextField } from "@/components/ui/text-field";
import { ar } from "@/lib/i18n/newsroom";
import { initialFormState } from "@/lib/actions/result";
import { addSynonymsAction, removeSynonymsAction } from "./actions";

const t = ar.newsroom.synonyms;

export function AddSynonymsForm() {
  const [state, action] = useActionState(addSynonymsAction, initialFormState);
  return (
    <form action={action} className="form form--grid" noValidate>
      <TextField
        label={t.spellings}
        hint={t.hint}
        name="spellings"
        id="synonym-spellings"
        required
        defaultValue={state.ok ? "" : state.values?.spellings}
        errors={state.fieldErrors?.spellings}
      />
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton>{t.add}</SubmitButton>
    </form>
  );
}

export function RemoveSynonymsButton({ id, label }: { id: number; label: string }) {
  return <RemoveChipButton id={id} label={t.remove(label)} action={removeSynonymsAction} />;
}
