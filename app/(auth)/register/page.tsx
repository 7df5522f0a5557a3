import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { redirect } from "next/navigation";
import { landingAfterSignIn } from "@/lib/auth/landing";
import { getViewer } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { returnPath } from "@/lib/validation/auth";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: ar.auth.registerTitle, robots: { index: false } };

export default async function RegisterPage({ searchParams }: PageProps<"/register">) {
  const returnTo = returnPath((await searchParams).callbackUrl);
  if (await getViewer()) redirect(returnTo ?? (await landingAfterSignIn()));
  return (
    <div className="auth-page">
      <h1>{ar.auth.registerTitle}</h1>
      <p className="auth-page__intro">{ar.auth.registerIntro}</p>
      <RegisterForm returnTo={returnTo ?? ""} />
      <p>
        {ar.auth.haveAccount} <IntentLink href="/login">{ar.site.header.signIn}</IntentLink>
      </p>
    </div>
  );
}
