import "server-only";
import { consume, peek, reset, type RateDecision } from "@/lib/dal/rate-limits";

// Brute-force protection for signing in: every attempt counts against the client's address,
// failures count against the account, and a success clears the account's count.

export async function admitLoginAttempt(ip: string, email: string): Promise<RateDecision> {
  const perIp = await consume("loginPerIp", ip);
  if (!perIp.allowed) return perIp;
  return peek("failedLoginPerAccount", email);
}

export async function recordLoginFailure(email: string): Promise<void> {
  await consume("failedLoginPerAccount", email);
}

export async function recordLoginSuccess(email: string): Promise<void> {
  await reset("failedLoginPerAccount", email);
}
