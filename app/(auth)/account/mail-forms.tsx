"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { ar } from "@/lib/i18n/account";
import { initialFormState } from "@/lib/actions/result";
import { EmailField, PasswordField } from "@/components/forms/account-fields";
import { changeEmailAction, resendVerificationAction, setMailNoticesAction } from "./actions";

export function ResendVerificationForm() {
  const [state, action] = useActionState(resendVerificationAction, initialFormState);
  return (
    <form action={action} className="form">
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton className="button button--quiet">{ar.account.mail.resend}</SubmitButton>
    </form>
  );
}

/** Notices are off until the reader turns them on; every notice carries a way to turn them off. */
export function MailNoticesForm({ notifyReplies, notifyModeration }: { notifyReplies: boolean; notifyModeration: boolean }) {
  const [state, action] = useActionState(setMailNoticesAction, initialFormState);
  return (
    <form action={action} className="form">
      <label className="choice-list__item">
        <input type="checkbox" name="notifyReplies" defaultChecked={notifyReplies} />
        {ar.account.mail.replies}
      </label>
      <label className="choice-list__item">
        <input type="checkbox" name="notifyModeration" defaultChecked={notifyModeration} />
        {ar.account.mail.moderation}
      </label>
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton>{ar.account.mail.saveNotices}</SubmitButton>
    </form>
  );
}

/** A new address, proved by the password now and by its own link before the next comment. */
export function ChangeEmailForm() {
  const [state, action] = useActionState(changeEmailAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <p className="field__hint">{ar.account.mail.changeIntro}</p>
      <EmailField label={ar.account.mail.newEmail} defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <PasswordField name="confirmPassword" label={ar.account.mail.confirmPassword} errors={state.fieldErrors?.confirmPassword} />
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton>{ar.account.mail.saveEmail}</SubmitButton>
    </form>
  );
}
