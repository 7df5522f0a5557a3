"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { DisplayNameField, PasswordField } from "@/components/forms/account-fields";
import { ar } from "@/lib/i18n/ar";
import { initialFormState } from "@/lib/validation/form-state";
import { changePasswordAction, updateProfileAction } from "./actions";

export function ProfileForm({ displayName }: { displayName: string }) {
  const [state, action] = useActionState(updateProfileAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <DisplayNameField defaultValue={state.values?.displayName ?? displayName} errors={state.fieldErrors?.displayName} />
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton>{ar.account.saveProfile}</SubmitButton>
    </form>
  );
}

export function PasswordForm({ email }: { email: string }) {
  const [state, action] = useActionState(changePasswordAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <PasswordField name="currentPassword" label={ar.account.currentPassword} errors={state.fieldErrors?.currentPassword} />
      <PasswordField name="newPassword" label={ar.account.newPassword} isNew errors={state.fieldErrors?.newPassword} />
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton>{ar.account.savePassword}</SubmitButton>
    </form>
  );
}
