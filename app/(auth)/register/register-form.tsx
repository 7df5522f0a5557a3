"use client";

import { useActionState } from "react";
import { announceSessionChange } from "@/components/layout/account-menu";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { DisplayNameField, EmailField, PasswordField } from "@/components/forms/account-fields";
import { ar } from "@/lib/i18n/account";
import { initialFormState } from "@/lib/actions/result";
import { registerAction } from "./actions";

export function RegisterForm({ returnTo }: { returnTo: string }) {
  const [state, action] = useActionState(registerAction, initialFormState);
  return (
    <form action={action} onSubmit={announceSessionChange} className="form" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <DisplayNameField withHint defaultValue={state.values?.displayName} errors={state.fieldErrors?.displayName} />
      <EmailField defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <PasswordField isNew errors={state.fieldErrors?.password} />
      <FormMessage message={state.message} />
      <SubmitButton>{ar.auth.submitRegister}</SubmitButton>
    </form>
  );
}
