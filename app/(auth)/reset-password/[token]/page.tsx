import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { isPasswordLinkLive } from "@/lib/dal/account-links";
import { ar } from "@/lib/i18n/ar";
import { linkTokenSchema } from "@/lib/validation/auth";
import { ResetPasswordForm } from "./reset-form";

export const metadata: Metadata = { title: ar.account.reset.title, robots: { index: false }, referrer: "no-referrer" };

export default async function ResetPasswordPage({ params }: PageProps<"/reset-password/[token]">) {
  const token = linkTokenSchema.safeParse((await params).token);
  const live = token.success && (await isPasswordLinkLive(token.data));
  if (!live) {
    return (
      <div className="auth-page">
        <h1>{ar.account.reset.expiredTitle}</h1>
        <p className="thread__notice thread__notice--warning">{ar.account.mail.linkExpired}</p>
        <p>
          <IntentLink href="/forgot-password">{ar.account.reset.askAgain}</IntentLink>
        </p>
      </div>
    );
  }
  return (
    <div className="auth-page">
      <h1>{ar.account.reset.title}</h1>
      <p className="auth-page__intro">{ar.account.reset.intro}</p>
      <ResetPasswordForm token={token.data} />
    </div>
  );
}
