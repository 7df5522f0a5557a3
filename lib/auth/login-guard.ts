import "server-only";
import { consume, reset, type RateDecision } from "@/lib/dal/rate-limits";

// Brute-force protection for every password check: signing in counts against the client's
// address, and every check counts against the account. The account's attempt is spent before
// the (slow) check, so guesses sent at once cannot all see the same count; a success clears it.

/** Spends one of the account's password attempts; refused once they are used up. */
export function admitPasswordAttempt(email: string): Promise<RateDecision> {
  return consume("passwordAttemptsPerAccount", email);
}

export async function recordPasswordSuccess(email: string): Promise<void> {
  await reset("passwordAttemptsPerAccount", email);
}

export async function admitLoginAttempt(ip: string, email: string): Promise<RateDecision> {
  const perIp = await consume("loginPerIp", ip);
  if (!perIp.allowed) return perIp;
  return admitPasswordAttempt(email);
}
