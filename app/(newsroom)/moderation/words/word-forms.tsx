"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { RemoveChipButton } from "@/components/ui/remove-chip-button";
import { TextField } from "@/components/ui/text-field";
import { ar } from "@/lib/i18n/moderation";
import { initialFormState } from "@/lib/actions/result";
import { addWordAction, removeWordAction } from "../actions";

const t = ar.moderationDesk.words;

export function AddWordForm() {
  const [state, action] = useActionState(addWordAction, initialFormState);
  return (
    <form action={action} className="form form--grid" noValidate>
      <TextField label={t.word} name="word" id="word-entry" required defaultValue={state.ok ? "" : state.values?.word} errors={state.fieldErrors?.word} />
      <div className="field">
        <label htmlFor="word-list">{t.list}</label>
        <select id="word-list" name="list" defaultValue={state.values?.list ?? "banned"}>
          <option value="banned">{t.banned}</option>
          <option value="suspect">{t.suspect}</option>
          <option value="exception">{t.exception}</option>
        </select>
      </div>
      <div className="field field--checkbox">
        <label>
          <input type="checkbox" name="clitics" defaultChecked={state.ok || !state.values || state.values.clitics === "on"} aria-describedby="word-clitics-hint" />{" "}
          {t.clitics}
        </label>
        <p className="field__hint" id="word-clitics-hint">
          {t.cliticsHint}
        </p>
      </div>
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton>{t.add}</SubmitButton>
    </form>
  );
}

export function RemoveWordButton({ id, word }: { id: number; word: string }) {
  return <RemoveChipButton id={id} label={t.removeWord(word)} action={removeWordAction} />;
}
