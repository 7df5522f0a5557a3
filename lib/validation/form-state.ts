import type { z } from "zod";
import { ar } from "@/lib/i18n/ar";

/** What every form action returns: success, or errors tied to fields plus what the user typed. */
export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

export const initialFormState: FormState = {};

export function invalidForm(error: z.ZodError, values: Record<string, string>): FormState {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { fieldErrors, values, message: ar.auth.errors.formInvalid };
}

/** The form's text fields as typed, for refilling the form; passwords are never echoed back. */
export function typedValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, String(formData.get(field) ?? "")]));
}

/** A form's text fields as a plain object (files left out). */
export function textFields(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
