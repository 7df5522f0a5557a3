"use server";

import { CredentialsSignin } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/config";
import { databaseUnavailable } from "@/lib/actions/guard";
import { landingAfterSignIn } from "@/lib/auth/landing";
import { isDatabaseUnavailable } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { loginSchema, returnPath } from "@/lib/validation/auth";
import { invalidForm, refused } from "@/lib/actions/refusals";
import { typedValues, type FormState } from "@/lib/actions/result";

export async function loginAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["email"]);
  const parsed = loginSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return invalidForm(parsed.error, values);
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) return refused(signInFailure(error.code), values);
    if (isDatabaseUnavailable(error)) return databaseUnavailable(error, values);
    throw error;
  }
  // The page that sent them here wins (same-origin only); otherwise they land where they work.
  redirect(returnPath(formData.get("returnTo")) ?? (await landingAfterSignIn()));
}

function signInFailure(code: string): string {
  const limited = /^rate_limited:(\d+)$/.exec(code);
  return limited ? ar.auth.errors.tooManyAttempts(Number(limited[1])) : ar.auth.errors.badCredentials;
}
