"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";
import { ar } from "@/lib/i18n/ar";
import { initialFormState } from "@/lib/validation/form-state";
import { changePasswordAction, updateProfileAction } from "./actions";

export function ProfileForm({ displayName }: { displayName: string }) {
  const [state, action] = useActionState(updateProfileAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <TextField
        label={ar.auth.displayName}
        name="displayName"
        dir="auto"
        required
        maxLength={60}
        defaultValue={state.values?.displayName ?? displayName}
        errors={state.fieldErrors?.displayName}
      />
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
      <TextField
        label={ar.account.currentPassword}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        dir="ltr"
        required
        errors={state.fieldErrors?.currentPassword}
      />
      <TextField
        label={ar.account.newPassword}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        dir="ltr"
        required
        hint={ar.auth.passwordHint}
        errors={state.fieldErrors?.newPassword}
      />
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton>{ar.account.savePassword}</SubmitButton>
    </form>
  );
}
