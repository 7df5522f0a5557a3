"use client";

import { useActionState } from "react";
import { announceSessionChange } from "@/components/layout/account-menu";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { EmailField, PasswordField } from "@/components/forms/account-fields";
import { ar } from "@/lib/i18n/account";
import { initialFormState } from "@/lib/actions/result";
import { loginAction } from "./actions";

export function LoginForm({ returnTo }: { returnTo: string }) {
  const [state, action] = useActionState(loginAction, initialFormState);
  return (
    <form action={action} onSubmit={announceSessionChange} className="form" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <EmailField autoComplete="username" defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <PasswordField errors={state.fieldErrors?.password} />
      <FormMessage message={state.message} />
      <SubmitButton>{ar.auth.submitLogin}</SubmitButton>
    </form>
  );
}
