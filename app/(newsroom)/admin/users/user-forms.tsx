"use client";

import { useActionState } from "react";
import type { AddressForm, UserRole, UserStatus } from "@/db/schema/enums";
import { FormMessage, SubmitButton } from "@/components/ui/form-status";
import { AddressedAsField, AddressedAsOptions, DisplayNameField, EmailField } from "@/components/forms/account-fields";
import { ar } from "@/lib/i18n/newsroom";
import { initialFormState } from "@/lib/actions/result";
import { changeRoleAction, createUserAction, setAddressingAction, setStatusAction } from "./actions";

const roles = Object.entries(ar.roles) as [UserRole, string][];

export function RoleForm({ userId, role, userName }: { userId: string; role: UserRole; userName: string }) {
  const [state, action] = useActionState(changeRoleAction, initialFormState);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      <label className="visually-hidden" htmlFor={`role-${userId}`}>
        {`${ar.admin.role}: ${userName}`}
      </label>
      {/* Keyed by the saved role: a select keeps the option it was first given as its default,
          which React's reset after the action would bring back. */}
      <select key={role} id={`role-${userId}`} name="role" defaultValue={role}>
        {roles.map(([value, name]) => (
          <option key={value} value={value}>
            {name}
          </option>
        ))}
      </select>
      <SubmitButton className="button button--small">{ar.admin.applyRole}</SubmitButton>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}

export function AddressingForm({ userId, addressedAs, userName }: { userId: string; addressedAs: AddressForm | null; userName: string }) {
  const [state, action] = useActionState(setAddressingAction, initialFormState);
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      <label className="visually-hidden" htmlFor={`addressed-as-${userId}`}>
        {`${ar.admin.addressedAs}: ${userName}`}
      </label>
      <select key={addressedAs} id={`addressed-as-${userId}`} name="addressedAs" defaultValue={addressedAs ?? ""}>
        <AddressedAsOptions />
      </select>
      <SubmitButton className="button button--small">{ar.admin.applyRole}</SubmitButton>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}

export function StatusForm({ userId, status, userName }: { userId: string; status: UserStatus; userName: string }) {
  const [state, action] = useActionState(setStatusAction, initialFormState);
  const next = status === "active" ? "deactivated" : "active";
  const label = status === "active" ? ar.admin.deactivate : ar.admin.reactivate;
  return (
    <form action={action} className="inline-form">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="status" value={next} />
      <SubmitButton className={status === "active" ? "button button--small button--danger-quiet" : "button button--small"}>
        <span aria-hidden="true">{label}</span>
        <span className="visually-hidden">{`${label}: ${userName}`}</span>
      </SubmitButton>
      <FormMessage message={state.message} ok={state.ok} />
    </form>
  );
}

export function CreateUserForm() {
  const [state, action] = useActionState(createUserAction, initialFormState);
  return (
    <form action={action} className="form form--grid" noValidate>
      <DisplayNameField defaultValue={state.values?.displayName} errors={state.fieldErrors?.displayName} />
      <EmailField autoComplete="off" defaultValue={state.values?.email} errors={state.fieldErrors?.email} />
      <AddressedAsField id="new-user-addressed-as" label={ar.admin.addressedAs} defaultValue={state.values?.addressedAs} errors={state.fieldErrors?.addressedAs} />
      <div className="field">
        <label htmlFor="new-user-role">{ar.admin.role}</label>
        <select id="new-user-role" name="role" defaultValue={state.values?.role ?? "writer"}>
          {roles.map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <p className="field__hint">{ar.admin.passwordByMail}</p>
      <FormMessage message={state.message} ok={state.ok} />
      <SubmitButton>{ar.admin.create}</SubmitButton>
    </form>
  );
}
