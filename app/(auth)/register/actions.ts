"use server";

import { redirect } from "next/navigation";
import { databaseUnavailable } from "@/lib/auth/action-guard";
import { signIn } from "@/lib/auth/config";
import { landingAfterSignIn } from "@/lib/auth/landing";
import { consume } from "@/lib/dal/rate-limits";
import { registerReader } from "@/lib/dal/users";
import { DomainError, isDatabaseUnavailable } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { clientIp } from "@/lib/request-ip";
import { registerSchema, returnPath } from "@/lib/validation/auth";
import { invalidForm, typedValues, type FormState } from "@/lib/validation/form-state";

export async function registerAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["displayName", "email"]);
  const parsed = registerSchema.safeParse({
    displayName: formData.get("displayName"),
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) return invalidForm(parsed.error, values);

  try {
    const admission = await consume("registrationPerIp", await clientIp());
    if (!admission.allowed) return { message: ar.auth.errors.tooManyAttempts(admission.retryAfterMinutes), values };
    await registerReader(parsed.data);
  } catch (error) {
    if (error instanceof DomainError && error.code === "emailTaken") {
      return { fieldErrors: { email: [error.userMessage] }, message: ar.auth.errors.formInvalid, values };
    }
    if (isDatabaseUnavailable(error)) return databaseUnavailable(error, values);
    throw error;
  }
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  redirect(returnPath(formData.get("returnTo")) ?? (await landingAfterSignIn()));
}
