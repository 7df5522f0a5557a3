import { Field, TextField } from "@/components/ui/text-field";
import { ar } from "@/lib/i18n/account";

// The account fields every form shares, with their autocomplete hints and limits in one place.

type FieldProps = { defaultValue?: string; errors?: string[] };

export function DisplayNameField({ defaultValue, errors, withHint = false }: FieldProps & { withHint?: boolean }) {
  return (
    <TextField
      label={ar.auth.displayName}
      name="displayName"
      autoComplete="nickname"
      required
      maxLength={60}
      hint={withHint ? ar.auth.displayNameHint : undefined}
      defaultValue={defaultValue}
      errors={errors}
    />
  );
}

/** The choices of how messages speak of a person; "" is the phrasing that fits anyone. */
export function AddressedAsOptions() {
  return Object.entries(ar.auth.addressedAsChoices).map(([value, name]) => (
    <option key={value} value={value}>
      {name}
    </option>
  ));
}

export function AddressedAsField({ id = "addressed-as", label = ar.auth.addressedAs, defaultValue, errors }: FieldProps & { id?: string; label?: string }) {
  return (
    <Field id={id} label={label} hint={ar.auth.addressedAsHint} errors={errors}>
      {({ id: controlId, describedBy, invalid }) => (
        // Keyed by the saved choice: a select keeps its first default through React's reset.
        <select key={defaultValue} id={controlId} name="addressedAs" defaultValue={defaultValue ?? ""} aria-describedby={describedBy} aria-invalid={invalid}>
          <AddressedAsOptions />
        </select>
      )}
    </Field>
  );
}

export function EmailField({
  defaultValue,
  errors,
  autoComplete = "email",
  label = ar.auth.email,
}: FieldProps & { autoComplete?: string; label?: string }) {
  return (
    <TextField
      label={label}
      name="email"
      type="email"
      autoComplete={autoComplete}
      dir="ltr"
      required
      defaultValue={defaultValue}
      errors={errors}
    />
  );
}

/** Passwords are never refilled after an error: no defaultValue here on purpose. */
export function PasswordField({
  errors,
  name = "password",
  label = ar.auth.password,
  isNew = false,
}: Omit<FieldProps, "defaultValue"> & { name?: string; label?: string; isNew?: boolean }) {
  return (
    <TextField
      label={label}
      name={name}
      type="password"
      autoComplete={isNew ? "new-password" : "current-password"}
      dir="ltr"
      required
      hint={isNew ? ar.auth.passwordHint : undefined}
      errors={errors}
    />
  );
}
