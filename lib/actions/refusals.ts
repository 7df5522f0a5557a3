import type { z } from "zod";
import { ar } from "@/lib/i18n/ar";
import type { FieldErrors, Refusal } from "./result";

// Refusals as actions build them; kept apart from result.ts so that client forms importing the
// result's types carry none of these strings.

export function refused(message: string, values?: Record<string, string>): Refusal {
  return { ok: false, kind: "refused", message, values };
}

export function invalid(fieldErrors: FieldErrors, values?: Record<string, string>, message: string = ar.auth.errors.formInvalid): Refusal {
  return { ok: false, kind: "invalid", message, fieldErrors, values };
}

/** Zod's issues as errors by field (the first segment of each issue's path). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) (fieldErrors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return fieldErrors;
}

export function invalidForm(error: z.ZodError, values: Record<string, string>): Refusal {
  return invalid(fieldErrorsOf(error), values);
}
