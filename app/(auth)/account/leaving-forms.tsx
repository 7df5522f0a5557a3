"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { PasswordField } from "@/components/forms/account-fields";
import { ar } from "@/lib/i18n/account";
import { initialFormState } from "@/lib/actions/result";
import { deleteAccountAction } from "./actions";

/** Deleting the account: what happens to the comments, then the password. */
export function DeleteAccountForm({ email }: { email: string }) {
  const [state, action] = useActionState(deleteAccountAction, initialFormState);
  const t = ar.account.leaving;
  const choiceErrors = state.fieldErrors?.comments;
  return (
    <form action={action} className="form" noValidate>
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <fieldset className="choice-list" aria-describedby={choiceErrors ? "delete-comments-error" : undefined}>
        <legend className="visually-hidden">{t.deleteIntro}</legend>
        {(["keep", "remove"] as const).map((choice) => (
          <label key={choice} className="choice-list__item">
            <input type="radio" name="comments" value={choice} defaultChecked={state.values?.comments === choice} required />
            {choice === "keep" ? t.keepComments : t.removeComments}
          </label>
        ))}
        {choiceErrors && (
          <p id="delete-comments-error" className="field__error">
            {choiceErrors.join(" ")}
          </p>
        )}
      </fieldset>
      <PasswordField label={t.password} errors={state.fieldErrors?.password} />
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton className="button button--danger">{t.submit}</SubmitButton>
    </form>
  );
}
