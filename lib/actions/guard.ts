import "server-only";
import { randomUUID } from "node:crypto";
import { AuthorizationError, DomainError, isDatabaseUnavailable } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import { invalid, refused } from "./refusals";
import { type Refusal } from "./result";

/** The expected refusals of a data-access call, as the person is told them; null for anything else. */
export function refusalOf(error: unknown, values?: Record<string, string>): Refusal | null {
  if (error instanceof AuthorizationError) {
    return refused(error.reason === "unauthenticated" ? ar.auth.errors.notSignedIn : ar.auth.errors.forbidden, values);
  }
  if (error instanceof DomainError) {
    return error.field ? invalid({ [error.field]: [error.userMessage] }, values, error.userMessage) : refused(error.userMessage, values);
  }
  if (isDatabaseUnavailable(error)) return databaseUnavailable(error, values);
  return null;
}

/** The database did not answer in time: the person is asked to try again shortly, keeping what they typed. */
export function databaseUnavailable(error: unknown, values?: Record<string, string>): Refusal {
  console.error("Database unavailable:", error);
  return refused(ar.guardrails.databaseUnavailable, values);
}

/**
 * Every server action's data-access work runs in here: expected refusals come back as data,
 * anything unexpected is logged under a digest and rethrown to the error page, which the digest
 * identifies in the server's log. Next's own control-flow errors (redirect, notFound) carry a
 * digest already and pass untouched.
 */
export async function guarded<Result extends { ok: boolean }>(work: () => Promise<Result>, values?: Record<string, string>): Promise<Result | Refusal> {
  try {
    return await work();
  } catch (error) {
    const refusal = refusalOf(error, values);
    if (refusal) return refusal;
    if (error instanceof Error && !("digest" in error)) {
      const digest = randomUUID().slice(0, 8);
      console.error(`server action failed (digest ${digest})`, error);
      Object.assign(error, { digest });
    }
    throw error;
  }
}
