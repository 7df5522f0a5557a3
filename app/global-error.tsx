"use client";

import { ar } from "@/lib/i18n/site";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="ar" dir="rtl">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", lineHeight: 1.8 }}>
        <h1>{ar.errors.unavailableTitle}</h1>
        <p>{ar.errors.unavailableBody}</p>
        <button type="button" onClick={() => reset()}>
          {ar.errors.retry}
        </button>
      </body>
    </html>
  );
}
