import "server-only";
import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";
import { getDb } from "@/db";
import { rateLimits } from "@/db/schema/rate-limits";
import { FORM_MAX_AGE_MS, FORM_MAX_USES } from "@/lib/comments/bot-traps";

// Counters live in Postgres (rate-limiter-flexible's Drizzle store), so limits hold across
// every app instance. Callers check them before any password hashing: argon2 on two cores
// is itself a denial-of-service lever.

const FIFTEEN_MINUTES = 15 * 60;

type Limit = { keyPrefix: string; points: number; duration: number };

const limits = {
  loginPerIp: { keyPrefix: "login-ip", points: 60, duration: FIFTEEN_MINUTES },
  // Guesses at one account from one address; other addresses, the owner's among them, keep theirs.
  passwordAttemptsPerAccountAndAddress: { keyPrefix: "login-account-ip", points: 8, duration: FIFTEEN_MINUTES },
  // Wrong passwords for one account from anywhere: a tally that slows the account down, never a block.
  passwordFailuresPerAccount: { keyPrefix: "login-account-failures", points: Number.MAX_SAFE_INTEGER, duration: FIFTEEN_MINUTES },
  registrationPerIp: { keyPrefix: "register-ip", points: 10, duration: 60 * 60 },
  // "Forgot password": per client address, and per address typed (known or not, counted alike).
  passwordResetPerIp: { keyPrefix: "reset-ip", points: 10, duration: 60 * 60 },
  passwordResetPerAccount: { keyPrefix: "reset-account", points: 3, duration: 60 * 60 },
  // "Send the verification link again", per account.
  verificationMailPerAccount: { keyPrefix: "verify-mail", points: 5, duration: 60 * 60 },
  // Comments sent with one issued comment form (keyed by its signed token), for as long as it is valid.
  commentFormUses: { keyPrefix: "comment-form", points: FORM_MAX_USES, duration: FORM_MAX_AGE_MS / 1000 },
} satisfies Record<string, Limit>;

export type LimitName = keyof typeof limits;

const limiters = new Map<LimitName, RateLimiterDrizzle>();

function limiter(name: LimitName) {
  let existing = limiters.get(name);
  if (!existing) {
    existing = new RateLimiterDrizzle({ storeClient: getDb(), schema: rateLimits, ...limits[name] });
    limiters.set(name, existing);
  }
  return existing;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMinutes: number };

const refused = (res: RateLimiterRes): RateDecision => ({
  allowed: false,
  retryAfterMinutes: Math.max(1, Math.ceil(res.msBeforeNext / 60_000)),
});

/** Counts one attempt against `key`; refused once the limit is used up. */
export async function consume(name: LimitName, key: string): Promise<RateDecision> {
  try {
    await limiter(name).consume(key);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return refused(rejection);
    throw rejection;
  }
}

export async function reset(name: LimitName, key: string): Promise<void> {
  await limiter(name).delete(key);
}

/** Adds one to `key`'s tally without ever refusing; returns the tally. */
export async function tally(name: LimitName, key: string): Promise<number> {
  return (await limiter(name).penalty(key)).consumedPoints;
}

/** `key`'s tally in the current window. */
export async function tallyOf(name: LimitName, key: string): Promise<number> {
  return (await limiter(name).get(key))?.consumedPoints ?? 0;
}

// Comments per network address: the limit is a site setting, so limiters are made per value;
// they share one key prefix, so a changed setting keeps counting what was already posted.
const commentLimiters = new Map<string, RateLimiterDrizzle>();

/** Counts one comment from `ip` against the site's per-address limit. */
export async function consumeCommentAllowance(
  ip: string,
  limit: { maxComments: number; windowMinutes: number },
): Promise<RateDecision> {
  const id = `${limit.maxComments}/${limit.windowMinutes}`;
  let commentLimiter = commentLimiters.get(id);
  if (!commentLimiter) {
    commentLimiter = new RateLimiterDrizzle({
      storeClient: getDb(),
      schema: rateLimits,
      keyPrefix: "comment-ip",
      points: limit.maxComments,
      duration: limit.windowMinutes * 60,
    });
    commentLimiters.set(id, commentLimiter);
  }
  try {
    await commentLimiter.consume(ip);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return refused(rejection);
    throw rejection;
  }
}
