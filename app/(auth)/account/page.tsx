import type { Metadata } from "next";
import { SubmitButton } from "@/components/ui/form-status";
import { requireSignedInPage } from "@/lib/auth/page-guards";
import { roleNames } from "@/lib/auth/permissions";
import { ar } from "@/lib/i18n/ar";
import { PasswordForm, ProfileForm } from "./account-forms";
import { signOutAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: ar.account.title, robots: { index: false } };

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const viewer = await requireSignedInPage("/account");
  const passwordChanged = (await searchParams).changed === "1";
  return (
    <div className="auth-page">
      <h1>{ar.account.title}</h1>
      <p>
        {ar.auth.signedInAs} <bdi>{viewer.displayName}</bdi> (<bdi dir="ltr">{viewer.email}</bdi>) — {ar.account.role}:{" "}
        {roleNames[viewer.role]}
      </p>
      {passwordChanged && (
        <p className="form-message form-message--ok" role="status">
          {ar.account.passwordChanged}
        </p>
      )}
      <section aria-labelledby="profile-heading" className="panel">
        <h2 id="profile-heading">{ar.account.profile}</h2>
        <ProfileForm displayName={viewer.displayName} />
      </section>
      <section aria-labelledby="password-heading" className="panel">
        <h2 id="password-heading">{ar.account.changePassword}</h2>
        <PasswordForm email={viewer.email} />
      </section>
      <section aria-labelledby="sessions-heading" className="panel">
        <h2 id="sessions-heading">{ar.account.sessions}</h2>
        <p>{ar.account.sessionsIntro}</p>
        <div className="button-row">
          <form action={signOutEverywhereAction}>
            <SubmitButton className="button button--danger">{ar.account.signOutEverywhere}</SubmitButton>
          </form>
          <form action={signOutAction}>
            <SubmitButton className="button button--quiet">{ar.auth.signOut}</SubmitButton>
          </form>
        </div>
      </section>
    </div>
  );
}
