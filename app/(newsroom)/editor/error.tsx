"use client";

import Link from "next/link";
import { ar } from "@/lib/i18n/ar";

export default function EditorError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="status-page" role="alert">
      <h1>{ar.editor.errorPage.title}</h1>
      <p>{ar.editor.errorPage.body}</p>
      <p className="status-page__actions">
        <button type="button" className="button" onClick={() => reset()}>
          {ar.errors.retry}
        </button>
        <Link href="/editor">{ar.editor.backToDesk}</Link>
      </p>
    </div>
  );
}
