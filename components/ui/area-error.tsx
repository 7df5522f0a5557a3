"use client";

import Link from "next/link";
import { ar } from "@/lib/i18n/site";

/** A staff area's error page: what went wrong in words, a retry, and the way back to the area's start. */
export function AreaError({ title, body, back, reset }: { title: string; body: string; back: { href: string; label: string }; reset: () => void }) {
  return (
    <div className="status-page" role="alert">
      <h1>{title}</h1>
      <p>{body}</p>
      <p className="status-page__actions">
        <button type="button" className="button" onClick={() => reset()}>
          {ar.errors.retry}
        </button>
        <Link href={back.href}>{back.label}</Link>
      </p>
    </div>
  );
}
