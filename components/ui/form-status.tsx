"use client";

import { useFormStatus } from "react-dom";

export function SubmitButton({ children, className = "button" }: { children: React.ReactNode; className?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {children}
    </button>
  );
}

/**
 * The form-level outcome, read out by screen readers as it changes. With a `ref`, a form may move
 * focus here once it has answered, so the keyboard does not fall back to the top of the page.
 */
export function FormMessage({ message, ok, ref }: { message?: string; ok?: boolean; ref?: React.Ref<HTMLParagraphElement> }) {
  return (
    <p ref={ref} tabIndex={ref ? -1 : undefined} className={ok ? "form-message form-message--ok" : "form-message"} role="status" aria-live="polite">
      {message}
    </p>
  );
}
