import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { ar } from "@/lib/i18n/ar";

export const metadata: Metadata = { title: ar.account.leaving.heading, robots: { index: false } };

export default function AccountDeletedPage() {
  return (
    <div className="auth-page">
      <h1>{ar.account.leaving.heading}</h1>
      <p className="form-message form-message--ok" role="status">
        {ar.account.leaving.deleted}
      </p>
      <p>
        <IntentLink href="/">{ar.site.home}</IntentLink>
      </p>
    </div>
  );
}
