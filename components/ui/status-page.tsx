import { IntentLink } from "@/components/ui/intent-link";
import type { ReactNode } from "react";
import { ar } from "@/lib/i18n/site";

/** The shape of every error page: a large code, a title, what to do next. */
export function StatusPage({ code, title, body, detail, actions }: { code?: number; title: string; body: string; detail?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="status-page" role={code && code >= 500 ? "alert" : undefined}>
      {code && (
        <p className="status-page__code" aria-hidden="true">
          {code}
        </p>
      )}
      <h1>{title}</h1>
      {detail}
      <p>{body}</p>
      <p className="status-page__actions">
        {actions}
        <IntentLink href="/" className="button">
          {ar.errors.backHome}
        </IntentLink>
      </p>
    </div>
  );
}
