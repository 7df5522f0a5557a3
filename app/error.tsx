"use client";

import Link from "next/link";
import { ar } from "@/lib/i18n/ar";

// Unexpected failures (most often the database being away) land here, inside the site chrome.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="status-page" role="alert">
      <p className="status-page__code" aria-hidden="true">503</p>
      <h1>{ar.errors.unavailableTitle}</h1>
      <p>{ar.errors.unavailableBody}</p>
      <p className="status-page__actions">
        <button type="button" className="button" onClick={() => reset()}>
          {ar.errors.retry}
        </button>
        <Link href="/">{ar.errors.backHome}</Link>
      </p>
    </div>
  );
}
