import type { InputHTMLAttributes, ReactNode } from "react";

export interface FieldIds {
  id: string;
  describedBy: string | undefined;
  invalid: true | undefined;
}

/** A labelled control whose hint and errors are tied to it with aria-describedby. */
export function Field({
  id,
  label,
  hint,
  errors,
  counter,
  className = "field",
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  counter?: string;
  className?: string;
  children: (ids: FieldIds) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={className}>
      <div className="field__label-row">
        <label htmlFor={id}>{label}</label>
        {counter && (
          <span className="field__counter" aria-hidden="true">
            {counter}
          </span>
        )}
      </div>
      {children({ id, describedBy, invalid: errorId ? true : undefined })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="field__error">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

/** A checkbox with its label and, below it, a hint that describes it rather than joining its name. */
export function CheckField({
  id,
  label,
  hint,
  checked,
  disabled,
  onChange,
}: {
  id: string;
  label: string;
  hint: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <div className="check-field">
      <input id={id} type="checkbox" checked={checked} disabled={disabled} aria-describedby={`${id}-hint`} onChange={(event) => onChange(event.target.checked)} />
      <div>
        <label htmlFor={id}>{label}</label>
        <small id={`${id}-hint`}>{hint}</small>
      </div>
    </div>
  );
}

/** A labelled input whose hint and errors are announced with it (aria-describedby). */
export function TextField({
  label,
  name,
  errors,
  hint,
  id = `field-${name}`,
  ...input
}: { label: string; name: string; errors?: string[]; hint?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "name">) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {(ids) => <input id={ids.id} name={name} aria-invalid={ids.invalid} aria-describedby={ids.describedBy} {...input} />}
    </Field>
  );
}
