"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";
import { ar } from "@/lib/i18n/ar";
import { initialFormState } from "@/lib/validation/form-state";
import { registerAction } from "./actions";

export function RegisterForm({ returnTo }: { returnTo: string }) {
  const [state, action] = useActionState(registerAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <TextField
        label={ar.auth.displayName}
        name="displayName"
        autoComplete="nickname"
        dir="auto"
        required
        maxLength={60}
        hint={ar.auth.displayNameHint}
        defaultValue={state.values?.displayName}
        errors={state.fieldErrors?.displayName}
      />
      <TextField
        label={ar.auth.email}
        name="email"
        type="email"
        autoComplete="email"
        dir="ltr"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <TextField
        label={ar.auth.password}
        name="password"
        type="password"
        autoComplete="new-password"
        dir="ltr"
        required
        hint={ar.auth.passwordHint}
        errors={state.fieldErrors?.password}
      />
      <FormMessage message={state.message} />
      <SubmitButton>{ar.auth.submitRegister}</SubmitButton>
    </form>
  );
}
