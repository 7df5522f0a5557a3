"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { EmailField } from "@/components/forms/account-fields";
import { ar } from "@/lib/i18n/account";
import { initialFormState } from "@/lib/actions/result";
import { forgotPasswordAction } from "./actions";

export function ForgotPasswordForm() {
  const [state, action] = useActionState(forgotPasswordAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <EmailField autoComplete="username" defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton>{ar.account.forgot.submit}</SubmitButton>
    </form>
  );
}
