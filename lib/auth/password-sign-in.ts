import "server-only";
import { authenticate, type SessionClaims } from "@/lib/dal/users";
import { admitLoginAttempt, recordPasswordFailure, recordPasswordSuccess, type Wait } from "./login-guard";

export type SignInOutcome =
  | { outcome: "signedIn"; claims: SessionClaims }
  | { outcome: "wrong" }
  | { outcome: "limited"; retryAfterMinutes: number };

/** One sign-in with a password, through the limits (lib/auth/login-guard.ts); every path counts. */
export async function signInWithPassword(input: { ip: string; email: string; password: string }, wait?: Wait): Promise<SignInOutcome> {
  const admission = await admitLoginAttempt(input.ip, input.email, wait);
  if (!admission.allowed) return { outcome: "limited", retryAfterMinutes: admission.retryAfterMinutes };
  const claims = await authenticate(input.email, input.password);
  if (!claims) {
    await recordPasswordFailure(input.email);
    return { outcome: "wrong" };
  }
  await recordPasswordSuccess(input.email, input.ip);
  return { outcome: "signedIn", claims };
}
