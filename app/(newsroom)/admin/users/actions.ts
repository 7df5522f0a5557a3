"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { guarded } from "@/lib/actions/guard";
import { getViewer } from "@/lib/auth/session";
import { changeUserRole, createUser, setUserAddressing, setUserStatus } from "@/lib/dal/users";
import { ar } from "@/lib/i18n/ar";
import { addressedAsSchema, createUserSchema, roleSchema } from "@/lib/validation/auth";
import { invalidForm, refused } from "@/lib/actions/refusals";
import { typedValues, type FormState } from "@/lib/actions/result";

const userIdSchema = z.uuid();
const PAGE = "/admin/users";

export async function createUserAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["displayName", "email", "role", "addressedAs"]);
  const parsed = createUserSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return guarded(async () => {
    await createUser(await getViewer(), parsed.data);
    revalidatePath(PAGE);
    return { ok: true, message: ar.admin.created({ name: parsed.data.displayName, addressedAs: parsed.data.addressedAs }) };
  }, values);
}

export async function changeRoleAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = z.object({ userId: userIdSchema, role: roleSchema }).safeParse(typedValues(formData, ["userId", "role"]));
  if (!parsed.success) return refused(ar.auth.errors.roleInvalid);
  return guarded(async () => {
    await changeUserRole(await getViewer(), parsed.data.userId, parsed.data.role);
    revalidatePath(PAGE);
    return { ok: true, message: ar.admin.updated };
  });
}

export async function setAddressingAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = z.object({ userId: userIdSchema, addressedAs: addressedAsSchema }).safeParse(typedValues(formData, ["userId", "addressedAs"]));
  if (!parsed.success) return refused(ar.auth.errors.addressedAsInvalid);
  return guarded(async () => {
    await setUserAddressing(await getViewer(), parsed.data.userId, parsed.data.addressedAs);
    revalidatePath(PAGE);
    return { ok: true, message: ar.admin.updated };
  });
}

export async function setStatusAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = z
    .object({ userId: userIdSchema, status: z.enum(["active", "deactivated"]) })
    .safeParse(typedValues(formData, ["userId", "status"]));
  if (!parsed.success) return refused(ar.admin.userMissing);
  return guarded(async () => {
    await setUserStatus(await getViewer(), parsed.data.userId, parsed.data.status);
    revalidatePath(PAGE);
    return { ok: true, message: ar.admin.updated };
  });
}
