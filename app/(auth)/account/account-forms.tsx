"use client";

import { useActionState } from "react";
import type { AddressForm, LandingPage } from "@/db/schema/enums";
import { announceSessionChange } from "@/components/layout/account-menu";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { AddressedAsField, DisplayNameField, PasswordField } from "@/components/forms/account-fields";
import { ar } from "@/lib/i18n/account";
import { initialFormState } from "@/lib/actions/result";
import { changePasswordAction, setLandingAction, signOutAction, signOutEverywhereAction, updateProfileAction } from "./actions";

export function ProfileForm({ displayName, addressedAs }: { displayName: string; addressedAs: AddressForm | null }) {
  const [state, action] = useActionState(updateProfileAction, initialFormState);
  return (
    <form action={action} className="form" noValidate>
      <DisplayNameField defaultValue={state.values?.displayName ?? displayName} errors={state.fieldErrors?.displayName} />
      <AddressedAsField defaultValue={state.values?.addressedAs ?? addressedAs ?? ""} errors={state.fieldErrors?.addressedAs} />
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

/** Where to land after signing in: one of the pages the viewer's role opens. */
export function LandingForm({ current, choices }: { current: LandingPage; choices: { landing: LandingPage; label: string }[] }) {
  const [state, action] = useActionState(setLandingAction, initialFormState);
  // The choice just saved, until the page's own copy catches up; a refused one shows what stands.
  const shown = state.ok ? (state.values?.landing ?? current) : current;
  return (
    <form action={action} className="form">
      <fieldset className="choice-list">
        <legend className="visually-hidden">{ar.account.landing}</legend>
        <p className="field__hint">{ar.account.landingIntro}</p>
        {choices.map((choice) => (
          <label key={choice.landing} className="choice-list__item">
            <input type="radio" name="landing" value={choice.landing} defaultChecked={choice.landing === shown} />
            {choice.label}
          </label>
        ))}
      </fieldset>
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton>{ar.account.saveLanding}</SubmitButton>
    </form>
  );
}

/** Signing out here or everywhere; the header asks again who is signed in on the page it leads to. */
export function SignOutForms() {
  return (
    <div className="button-row">
      <form action={signOutEverywhereAction} onSubmit={announceSessionChange}>
        <SubmitButton className="button button--danger">{ar.account.signOutEverywhere}</SubmitButton>
      </form>
      <form action={signOutAction} onSubmit={announceSessionChange}>
        <SubmitButton className="button button--quiet">{ar.auth.signOut}</SubmitButton>
      </form>
    </div>
  );
}
