"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { asFormState } from "@/lib/auth/action-guard";
import { getViewer } from "@/lib/auth/session";
import { changeUserRole, createUser, setUserStatus } from "@/lib/dal/users";
import { DomainError } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { createUserSchema, roleSchema } from "@/lib/validation/auth";
import { invalidForm, typedValues, type FormState } from "@/lib/validation/form-state";

const userIdSchema = z.uuid();
const PAGE = "/admin/users";

export async function createUserAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["displayName", "email", "role"]);
  const parsed = createUserSchema.safeParse({ ...values, password: formData.get("password") });
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    return await asFormState(async () => {
      await createUser(await getViewer(), parsed.data);
      revalidatePath(PAGE);
      return { ok: true, message: ar.admin.created(parsed.data.displayName) };
    }, values);
  } catch (error) {
    if (error instanceof DomainError && error.code === "emailTaken") {
      return { fieldErrors: { email: [error.userMessage] }, message: ar.auth.errors.formInvalid, values };
    }
    throw error;
  }
}

export async function changeRoleAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = z.object({ userId: userIdSchema, role: roleSchema }).safeParse(typedValues(formData, ["userId", "role"]));
  if (!parsed.success) return { message: ar.auth.errors.roleInvalid };
  return asFormState(async () => {
    await changeUserRole(await getViewer(), parsed.data.userId, parsed.data.role);
    revalidatePath(PAGE);
    return { ok: true, message: ar.admin.updated };
  });
}

export async function setStatusAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = z
    .object({ userId: userIdSchema, status: z.enum(["active", "deactivated"]) })
    .safeParse(typedValues(formData, ["userId", "status"]));
  if (!parsed.success) return { message: ar.admin.userMissing };
  return asFormState(async () => {
    await setUserStatus(await getViewer(), parsed.data.userId, parsed.data.status);
    revalidatePath(PAGE);
    return { ok: true, message: ar.admin.updated };
  });
}
