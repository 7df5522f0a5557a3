// Typed failures the app expects. Their messages are safe to show; database details are
// logged where they happen and never travel in these errors.

export type AuthorizationFailure = "unauthenticated" | "forbidden";

export class AuthorizationError extends Error {
  constructor(readonly reason: AuthorizationFailure) {
    super(reason === "unauthenticated" ? "Not signed in" : "Not allowed");
    this.name = "AuthorizationError";
  }
}

/** An expected, user-facing refusal (a rule of the domain, not a bug); `field` names the input it is about, if one. */
export class DomainError<Code extends string = string> extends Error {
  constructor(
    readonly code: Code,
    readonly userMessage: string,
    readonly field?: string,
  ) {
    super(code);
    this.name = "DomainError";
  }
}

// SQLSTATEs and driver codes that mean "the database could not answer in time", not "this
// request is wrong": over a statement, lock or idle-in-transaction budget, restarting, full,
// unreachable or silent (db/silence-deadline.ts closes a silent connection).
const UNAVAILABLE = new Set([
  "57014", "55P03", "25P03", "57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006",
  "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT",
  "ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH",
]);

/** Whether an error (or what it wraps: Drizzle's query error, next-auth's) means the database is unavailable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let at: unknown = error;
  for (let depth = 0; at && typeof at === "object" && depth < 6; depth++) {
    const { code, cause, err } = at as { code?: unknown; cause?: unknown; err?: unknown };
    if (typeof code === "string" && UNAVAILABLE.has(code)) return true;
    at = cause ?? err;
  }
  return false;
}

/** Whether an error (or what it wraps) is PostgreSQL refusing a duplicate under a unique index. */
export function isUniqueViolation(error: unknown): boolean {
  let at: unknown = error;
  for (let depth = 0; at && typeof at === "object" && depth < 6; depth++) {
    const { code, cause } = at as { code?: unknown; cause?: unknown };
    if (code === "23505") return true;
    at = cause;
  }
  return false;
}
