"use client";

import { StatusPage } from "@/components/ui/status-page";
import { ar } from "@/lib/i18n/site";

// Unexpected failures (most often the database being away) land here, inside the site chrome.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatusPage
      code={503}
      title={ar.errors.unavailableTitle}
      body={ar.errors.unavailableBody}
      actions={
        <button type="button" className="button button--quiet" onClick={() => reset()}>
          {ar.errors.retry}
        </button>
      }
    />
  );
}
