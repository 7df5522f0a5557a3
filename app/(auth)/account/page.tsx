import type { Metadata } from "next";
import { requireSignedInPage } from "@/lib/auth/page-guards";
import { ar } from "@/lib/i18n/ar";
import { getOwnAddressing, getOwnLanding, getOwnMailSettings } from "@/lib/dal/users";
import { LandingForm, PasswordForm, ProfileForm, SignOutForms } from "./account-forms";
import { ChangeEmailForm, MailNoticesForm, ResendVerificationForm } from "./mail-forms";
import { DeleteAccountForm } from "./leaving-forms";

export const metadata: Metadata = { title: ar.account.title, robots: { index: false } };

export default async function AccountPage({ searchParams }: PageProps<"/account">) {
  const viewer = await requireSignedInPage("/account");
  const [landing, mail, addressedAs, params] = await Promise.all([getOwnLanding(viewer), getOwnMailSettings(viewer), getOwnAddressing(viewer), searchParams]);
  const passwordChanged = params.changed === "1";
  // Set by the verification link (app/(auth)/verify-email): "1" proved the address, "0" came too late.
  const verifiedNow = params.verified === "1" && mail.emailVerified;
  const verifyFailed = params.verified === "0" && !mail.emailVerified;
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
      {verifiedNow && (
        <p className="form-message form-message--ok" role="status">
          {ar.account.mail.verifiedNow}
        </p>
      )}
      <section aria-labelledby="mail-heading" className="panel">
        <h2 id="mail-heading">{ar.account.mail.heading}</h2>
        {mail.emailVerified ? (
          <p>{ar.account.mail.verified}</p>
        ) : (
          <>
            <p className="thread__notice thread__notice--warning">{verifyFailed ? ar.account.mail.verifyFailed : ar.account.mail.unverified}</p>
            <ResendVerificationForm />
          </>
        )}
        <MailNoticesForm notifyReplies={mail.notifyReplies} notifyModeration={mail.notifyModeration} />
      </section>
      <section aria-labelledby="email-heading" className="panel">
        <h2 id="email-heading">{ar.account.mail.change}</h2>
        <ChangeEmailForm />
      </section>
      <section aria-labelledby="profile-heading" className="panel">
        <h2 id="profile-heading">{ar.account.profile}</h2>
        <ProfileForm displayName={viewer.displayName} addressedAs={addressedAs} />
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
      <section aria-labelledby="leaving-heading" className="panel">
        <h2 id="leaving-heading">{ar.account.leaving.heading}</h2>
        <p>{ar.account.leaving.exportIntro}</p>
        <p>
          <a className="button button--quiet" href="/account/export" download>
            {ar.account.leaving.export}
          </a>
        </p>
        {viewer.role === "reader" ? (
          <>
            <p>{ar.account.leaving.deleteIntro}</p>
            <DeleteAccountForm email={viewer.email} />
          </>
        ) : (
          <p>{ar.account.leaving.staffOnly}</p>
        )}
      </section>
    </div>
  );
}
