"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { TextField } from "@/components/ui/text-field";
import { ar } from "@/lib/i18n/ar";
import { initialFormState } from "@/lib/validation/form-state";
import { loginAction } from "./actions";

export function LoginForm({ returnTo }: { returnTo: string }) {
  const [state, action] = useActionState(loginAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <input type="hidden" name="returnTo" value={returnTo} />
      <TextField
        label={ar.auth.email}
        name="email"
        type="email"
        autoComplete="username"
        dir="ltr"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <TextField
        label={ar.auth.password}
        name="password"
        type="password"
        autoComplete="current-password"
        dir="ltr"
        required
        errors={state.fieldErrors?.password}
      />
      <FormMessage message={state.message} />
      <SubmitButton>{ar.auth.submitLogin}</SubmitButton>
    </form>
  );
}
