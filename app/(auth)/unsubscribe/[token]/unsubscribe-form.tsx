"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { ar } from "@/lib/i18n/account";
import { initialFormState } from "@/lib/actions/result";
import { unsubscribeAction } from "./actions";

export function UnsubscribeForm({ token }: { token: string }) {
  const [state, action] = useActionState(unsubscribeAction, initialFormState);
  return (
    <form action={action} className="form">
      <input type="hidden" name="token" value={token} />
      <FormMessage message={state.message} ok={state.ok} />
      {!state.ok && <SubmitButton>{ar.account.unsubscribe.submit}</SubmitButton>}
    </form>
  );
}
