"use server";

import { revalidatePath } from "next/cache";
import { signIn, signOut } from "@/lib/auth/config";
import { guarded } from "@/lib/actions/guard";
import { getViewer } from "@/lib/auth/session";
import { changeOwnPassword, setOwnLanding, signOutEverywhere, updateOwnProfile } from "@/lib/dal/users";
import { ar } from "@/lib/i18n/ar";
import { changePasswordSchema, landingSchema, profileSchema } from "@/lib/validation/auth";
import { invalidForm, refused } from "@/lib/actions/refusals";
import { typedValues, type FormState } from "@/lib/actions/result";

export async function updateProfileAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["displayName"]);
  const parsed = profileSchema.safeParse({ displayName: formData.get("displayName") });
  if (!parsed.success) return invalidForm(parsed.error, values);
  return guarded(async () => {
    await updateOwnProfile(await getViewer(), parsed.data);
    revalidatePath("/account");
    return { ok: true, message: ar.account.profileSaved, values };
  }, values);
}

export async function setLandingAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["landing"]);
  const parsed = landingSchema.safeParse(values.landing);
  if (!parsed.success) return refused(ar.account.landingNotAllowed, values);
  return guarded(async () => {
    await setOwnLanding(await getViewer(), parsed.data);
    revalidatePath("/account");
    return { ok: true, message: ar.account.landingSaved, values };
  }, values);
}

export async function changePasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
  });
  if (!parsed.success) return invalidForm(parsed.error, {});
  const viewer = await getViewer();
  const state = await guarded(async () => {
    await changeOwnPassword(viewer, parsed.data);
    return { ok: true };
  });
  if (!state.ok || !viewer) return state;
  // Every older session is now revoked, this one included: sign in again with the new password.
  await signIn("credentials", { email: viewer.email, password: parsed.data.newPassword, redirectTo: "/account?changed=1" });
  return state;
}

export async function signOutEverywhereAction(): Promise<void> {
  await signOutEverywhere(await getViewer());
  await signOut({ redirectTo: "/login" });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
