import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { redirect } from "next/navigation";
import { landingAfterSignIn } from "@/lib/auth/landing";
import { getViewer } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { returnPath } from "@/lib/validation/auth";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: ar.auth.loginTitle, robots: { index: false } };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const search = await searchParams;
  const returnTo = returnPath(search.callbackUrl);
  if (await getViewer()) redirect(returnTo ?? (await landingAfterSignIn()));
  return (
    <div className="auth-page">
      <h1>{ar.auth.loginTitle}</h1>
      <p className="auth-page__intro">{ar.auth.loginIntro}</p>
      {search.reset === "1" && (
        <p className="form-message form-message--ok" role="status">
          {ar.auth.passwordReset}
        </p>
      )}
      <LoginForm returnTo={returnTo ?? ""} />
      <p>
        <IntentLink href="/forgot-password">{ar.auth.forgotLink}</IntentLink>
      </p>
      <p>
        {ar.auth.noAccount} <IntentLink href="/register">{ar.site.header.register}</IntentLink>
      </p>
    </div>
  );
}
