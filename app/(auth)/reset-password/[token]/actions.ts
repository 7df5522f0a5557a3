"use server";

import { redirect } from "next/navigation";
import { guarded } from "@/lib/actions/guard";
import { setPasswordFromLink } from "@/lib/dal/account-links";
import { resetPasswordSchema } from "@/lib/validation/auth";
import { invalidForm } from "@/lib/actions/refusals";
import { type FormState } from "@/lib/actions/result";

/** Sets the password from an e-mailed link; every session, this browser's included, has ended. */
export async function resetPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const parsed = resetPasswordSchema.safeParse({ token: formData.get("token"), newPassword: formData.get("newPassword") });
  if (!parsed.success) return invalidForm(parsed.error, {});
  const state = await guarded(async () => {
    await setPasswordFromLink(parsed.data.token, parsed.data.newPassword);
    return { ok: true };
  });
  if (!state.ok) return state;
  redirect("/login?reset=1");
}
