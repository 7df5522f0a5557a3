import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { ar } from "@/lib/i18n/ar";
import { ForgotPasswordForm } from "./forgot-form";

export const metadata: Metadata = { title: ar.account.forgot.title, robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <div className="auth-page">
      <h1>{ar.account.forgot.title}</h1>
      <p className="auth-page__intro">{ar.account.forgot.intro}</p>
      <ForgotPasswordForm />
      <p>
        <IntentLink href="/login">{ar.auth.loginTitle}</IntentLink>
      </p>
    </div>
  );
}
