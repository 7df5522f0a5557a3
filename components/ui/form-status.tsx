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

/** The form-level outcome, read out by screen readers as it changes. */
export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  return (
    <p className={ok ? "form-message form-message--ok" : "form-message"} role="status" aria-live="polite">
      {message}
    </p>
  );
}
