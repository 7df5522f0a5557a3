"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { PasswordField } from "@/components/forms/account-fields";
import { ar } from "@/lib/i18n/account";
import { initialFormState } from "@/lib/actions/result";
import { resetPasswordAction } from "./actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useActionState(resetPasswordAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <input type="hidden" name="token" value={token} />
      <PasswordField name="newPassword" label={ar.account.newPassword} isNew errors={state.fieldErrors?.newPassword} />
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton>{ar.account.reset.submit}</SubmitButton>
    </form>
  );
}
