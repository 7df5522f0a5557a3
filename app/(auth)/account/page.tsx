import type { Metadata } from "next";
import { requireSignedInPage } from "@/lib/auth/page-guards";
import { ar } from "@/lib/i18n/ar";
import { getOwnLanding } from "@/lib/dal/users";
import { LandingForm, PasswordForm, ProfileForm, SignOutForms } from "./account-forms";

export const metadata: Metadata = { title: ar.account.title, robots: { index: false } };

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const viewer = await requireSignedInPage("/account");
  const [landing, passwordChanged] = await Promise.all([getOwnLanding(viewer), searchParams.then((params) => params.changed === "1")]);
  return (
    <div className="auth-page">
      <h1>{ar.account.title}</h1>
      <p>
        {ar.auth.signedInAs} <bdi>{viewer.displayName}</bdi> (<bdi dir="ltr">{viewer.email}</bdi>) — {ar.account.role}:{" "}
        {ar.roles[viewer.role]}
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
      {/* Staff choose between the home page and the areas they work in; readers have only the one. */}
      {landing.choices.length > 1 && (
        <section aria-labelledby="landing-heading" className="panel">
          <h2 id="landing-heading">{ar.account.landing}</h2>
          <LandingForm current={landing.current} choices={landing.choices} />
        </section>
      )}
      <section aria-labelledby="password-heading" className="panel">
        <h2 id="password-heading">{ar.account.changePassword}</h2>
        <PasswordForm email={viewer.email} />
      </section>
      <section aria-labelledby="sessions-heading" className="panel">
        <h2 id="sessions-heading">{ar.account.sessions}</h2>
        <p>{ar.account.sessionsIntro}</p>
        <SignOutForms />
      </section>
    </div>
  );
}
