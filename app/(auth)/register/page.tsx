import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/session";
import { ar } from "@/lib/i18n/ar";
import { safeReturnPath } from "@/lib/validation/auth";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: ar.auth.registerTitle, robots: { index: false } };

export default async function RegisterPage({ searchParams }: PageProps<"/register">) {
  const returnTo = safeReturnPath((await searchParams).callbackUrl);
  if (await getViewer()) redirect(returnTo);
  return (
    <div className="auth-page">
      <h1>{ar.auth.registerTitle}</h1>
      <p className="auth-page__intro">{ar.auth.registerIntro}</p>
      <RegisterForm returnTo={returnTo} />
      <p>
        {ar.auth.haveAccount} <Link href="/login">{ar.auth.signIn}</Link>
      </p>
    </div>
  );
}
