export type FieldErrors = Record<string, string[]>;

/** A refusal the person can act on: a message in Arabic and, when it is about fields, errors tied to them and what was typed. */
export interface Refusal {
  ok: false;
  kind: "invalid" | "refused";
  message: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
}

/** What every server action answers: done, with whatever the caller needs, or refused. */
export type ActionResult<Done extends object = object> = ({ ok: true; message?: string; fieldErrors?: undefined; values?: Record<string, string> } & Done) | Refusal;

/** An action's result as a form reads it (useActionState), including before its first answer. */
export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

export const initialFormState: FormState = {};

/** The form's text fields as typed, for refilling the form; passwords are never echoed back. */
export function typedValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, String(formData.get(field) ?? "")]));
}

/** A form's text fields as a plain object (files left out). */
export function textFields(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData].filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
