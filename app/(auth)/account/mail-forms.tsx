"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { ar } from "@/lib/i18n/account";
import { initialFormState } from "@/lib/actions/result";
import { resendVerificationAction, setReplyNoticesAction } from "./actions";

export function ResendVerificationForm() {
  const [state, action] = useActionState(resendVerificationAction, initialFormState);
  return (
    <form action={action} className="form">
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton className="button button--quiet">{ar.account.mail.resend}</SubmitButton>
    </form>
  );
}

/** Reply notices are off until the reader turns them on; every notice carries a way to turn them off. */
export function ReplyNoticesForm({ on }: { on: boolean }) {
  const [state, action] = useActionState(setReplyNoticesAction, initialFormState);
  return (
    <form action={action} className="form">
      <label className="choice-list__item">
        <input type="checkbox" name="notifyReplies" defaultChecked={on} />
        {ar.account.mail.replies}
      </label>
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton>{ar.account.mail.saveNotices}</SubmitButton>
    </form>
  );
}
