import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { consume, reset, tally, tallyOf, type RateDecision } from "../rate-limits";
import { slowdownMs } from "./slowdown";

// Brute-force protection for every password check, without handing anyone a way to lock the
// owner out: guesses are limited per (account, address), so the owner's own address keeps its
// attempts, and the account as a whole is only slowed down (slowdown.ts). Signing in
// also counts against the client's address. The pair's attempt is spent before the (slow)
// check, so guesses sent at once cannot all see the same count. Keys are the e-mail as typed
// (normalised), so an unknown address is treated, and timed, exactly like a known one.

export type Wait = (ms: number) => Promise<unknown>;

/** Where a signed-in person re-enters their password; its attempts are its own pair. */
export const ACCOUNT_PAGE = "account-page";

/** `from` is the client's address, or ACCOUNT_PAGE. */
const pairKey = (email: string, from: string) => `${email} ${from}`;

/** Spends one of this (account, address) pair's attempts, then waits out the account's slowdown. */
export async function admitPasswordAttempt(email: string, from: string, wait: Wait = sleep): Promise<RateDecision> {
  const pair = await consume("passwordAttemptsPerAccountAndAddress", pairKey(email, from));
  if (!pair.allowed) return pair;
  await wait(slowdownMs(await tallyOf("passwordFailuresPerAccount", email)));
  return pair;
}

export async function recordPasswordFailure(email: string): Promise<void> {
  await tally("passwordFailuresPerAccount", email);
}

/** The right password clears its pair's count; the account's slowdown runs out on its own. */
export async function recordPasswordSuccess(email: string, from: string): Promise<void> {
  await reset("passwordAttemptsPerAccountAndAddress", pairKey(email, from));
}

export async function admitLoginAttempt(ip: string, email: string, wait: Wait = sleep): Promise<RateDecision> {
  const perIp = await consume("loginPerIp", ip);
  if (!perIp.allowed) return perIp;
  return admitPasswordAttempt(email, ip, wait);
}
