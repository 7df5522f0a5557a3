"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { signIn, signOut } from "@/lib/auth/config";
import { guarded } from "@/lib/actions/guard";
import { getViewer } from "@/lib/auth/session";
import { changeOwnPassword, setOwnLanding, setMailNotices, signOutEverywhere, updateOwnProfile } from "@/lib/dal/users";
import { changeOwnEmail, resendVerificationMail } from "@/lib/dal/account-links";
import { deleteOwnAccount } from "@/lib/dal/account-data";
import { expireForWriter, expireInBackground } from "@/lib/cache/next-cache";
import { cacheTags } from "@/lib/cache/tags";
import { ar } from "@/lib/i18n/ar";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, landingSchema, profileSchema, mailNoticesSchema } from "@/lib/validation/auth";
import { invalidForm, refused } from "@/lib/actions/refusals";
import { typedValues, type FormState } from "@/lib/actions/result";

export async function updateProfileAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["displayName", "addressedAs"]);
  const parsed = profileSchema.safeParse(values);
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
  let email = "";
  const state = await guarded(async () => {
    const viewer = await getViewer();
    await changeOwnPassword(viewer, parsed.data);
    email = viewer!.email;
    return { ok: true };
  });
  if (!state.ok) return state;
  // Every older session is now revoked, this one included: sign in again with the new password.
  await signIn("credentials", { email, password: parsed.data.newPassword, redirectTo: "/account?changed=1" });
  return state;
}

export async function resendVerificationAction(): Promise<FormState> {
  return guarded(async () => {
    await resendVerificationMail(await getViewer());
    return { ok: true, message: ar.account.mail.resent };
  });
}

export async function changeEmailAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["email"]);
  const parsed = changeEmailSchema.safeParse({ email: formData.get("email"), confirmPassword: formData.get("confirmPassword") });
  if (!parsed.success) return invalidForm(parsed.error, values);
  return guarded(async () => {
    await changeOwnEmail(await getViewer(), { email: parsed.data.email, password: parsed.data.confirmPassword });
    revalidatePath("/account");
    return { ok: true, message: ar.account.mail.emailChanged };
  }, values);
}

export async function setMailNoticesAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = mailNoticesSchema.safeParse({
    notifyReplies: formData.get("notifyReplies") ?? undefined,
    notifyModeration: formData.get("notifyModeration") ?? undefined,
  });
  if (!parsed.success) return refused(ar.auth.errors.formInvalid);
  return guarded(async () => {
    await setMailNotices(await getViewer(), parsed.data);
    revalidatePath("/account");
    return { ok: true, message: ar.account.mail.noticesSaved };
  });
}

export async function deleteAccountAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["comments"]);
  const parsed = deleteAccountSchema.safeParse({ password: formData.get("password"), comments: formData.get("comments") ?? undefined });
  if (!parsed.success) return invalidForm(parsed.error, values);
  const state = await guarded(async () => {
    const { changedStories } = await deleteOwnAccount(await getViewer(), parsed.data);
    // The stories where the reader's name showed: their threads now say «قارئ سابق», or lose the comments.
    if (changedStories.length > 0) {
      expireForWriter(changedStories.map((articleId) => cacheTags.comments(articleId)));
      expireInBackground([cacheTags.commentCounts]);
    }
    return { ok: true };
  }, values);
  if (!state.ok) return state;
  await signOut({ redirectTo: "/account/deleted" });
  return state;
}

export async function signOutEverywhereAction(): Promise<void> {
  const viewer = await getViewer();
  // A session that already ended (in another tab, or revoked) has nothing left to end: sign in.
  if (!viewer) redirect("/login?callbackUrl=/account");
  await signOutEverywhere(viewer);
  await signOut({ redirectTo: "/login" });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
