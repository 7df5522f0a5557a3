"use server";

import { guarded } from "@/lib/actions/guard";
import { requestPasswordReset } from "@/lib/dal/account-links";
import { ar } from "@/lib/i18n/ar";
import { clientIp } from "@/lib/request-ip";
import { forgotPasswordSchema } from "@/lib/validation/auth";
import { invalidForm, refused } from "@/lib/actions/refusals";
import { typedValues, type FormState } from "@/lib/actions/result";

/** The same answer whether or not the address has an account; the link goes out by the mail queue. */
export async function forgotPasswordAction(_: FormState, formData: FormData): Promise<FormState> {
  const values = typedValues(formData, ["email"]);
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) return invalidForm(parsed.error, values);
  return guarded(async () => {
    const decision = await requestPasswordReset({ email: parsed.data.email, ip: await clientIp() });
    if (!decision.allowed) return refused(ar.auth.errors.tooManyAttempts(decision.retryAfterMinutes), values);
    return { ok: true, message: ar.account.forgot.sent, values };
  }, values);
}
