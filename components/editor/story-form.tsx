import { ARTICLE_LIMITS } from "@/lib/editorial/limits";
import type { Draft } from "@/lib/editorial/save-session";
import { ar } from "@/lib/i18n/newsroom";
import { Field } from "@/components/ui/text-field";

/** What every part of the story form gets: the draft, whether it may be changed, errors by field, and the way to change a field. */
export interface StoryFormProps {
  draft: Draft;
  canEdit: boolean;
  fieldErrors: Record<string, string[]>;
  onChange: <K extends keyof Draft>(field: K, value: Draft[K]) => void;
}

type TextKey = "kicker" | "headline" | "dek" | "dateline" | "source" | "seoTitle" | "seoDescription";

/** One of the story's text fields, with its label, hint, errors and, if asked, a character count. */
export function StoryTextField({
  form: { draft, canEdit, fieldErrors, onChange },
  field,
  id,
  label,
  hint,
  className,
  rows,
  placeholder,
  maxLength,
  counted = false,
  clean = (value) => value,
}: {
  form: StoryFormProps;
  field: TextKey;
  id: string;
  label: string;
  hint?: string;
  className?: string;
  /** Lines of a text area; a one-line input without. */
  rows?: number;
  placeholder?: string;
  maxLength?: number;
  /** Shows how many characters of the field's limit are used. */
  counted?: boolean;
  clean?: (value: string) => string;
}) {
  const counter = counted ? ar.editor.fields.characters(draft[field].length, ARTICLE_LIMITS[field]) : undefined;
  return (
    <Field id={id} label={label} hint={hint} errors={fieldErrors[field]} counter={counter} className={className}>
      {(ids) => {
        const props = {
          id: ids.id,
          value: draft[field],
          readOnly: !canEdit,
          placeholder,
          "aria-describedby": ids.describedBy,
          "aria-invalid": ids.invalid,
        };
        return rows ? (
          <textarea {...props} rows={rows} onChange={(event) => onChange(field, clean(event.target.value))} />
        ) : (
          <input {...props} maxLength={maxLength} onChange={(event) => onChange(field, clean(event.target.value))} />
        );
      }}
    </Field>
  );
}
