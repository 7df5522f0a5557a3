"use server";

import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/config";
import { landingAfterSignIn } from "@/lib/auth/landing";
import { consume } from "@/lib/dal/rate-limits";
import { registerReader } from "@/lib/dal/users";
import { guarded } from "@/lib/actions/guard";
import { ar } from "@/lib/i18n/ar";
import { clientIp } from "@/lib/request-ip";
import { registerSchema, returnPath } from "@/lib/validation/auth";
import { invalidForm, refused } from "@/lib/actions/refusals";
import { typedValues, type FormState } from "@/lib/actions/result";

export async function registerAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["displayName", "email"]);
  const parsed = registerSchema.safeParse({
    displayName: formData.get("displayName"),
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return invalidForm(parsed.error, values);

  const registered = await guarded(async () => {
    const admission = await consume("registrationPerIp", await clientIp());
    if (!admission.allowed) return refused(ar.auth.errors.tooManyAttempts(admission.retryAfterMinutes), values);
    await registerReader(parsed.data);
    return { ok: true };
  }, values);
  if (!registered.ok) return registered;
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  redirect(returnPath(formData.get("returnTo")) ?? (await landingAfterSignIn()));
}
