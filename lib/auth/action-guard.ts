import "server-only";
import { AuthorizationError, DomainError, isDatabaseUnavailable } from "@/lib/errors";
import { ar } from "@/lib/i18n/ar";
import type { FormState } from "@/lib/validation/form-state";

/**
 * Turns the expected refusals of a data-access call into a form state, so that actions stay
 * thin; anything unexpected is rethrown to the error page.
 */
export async function asFormState(work: () => Promise<FormState>, values?: Record<string, string>): Promise<FormState> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AuthorizationError) {
      const message = error.reason === "unauthenticated" ? ar.auth.errors.notSignedIn : ar.auth.errors.forbidden;
      return { message, values };
    }
    if (error instanceof DomainError) return { message: error.userMessage, values };
    if (isDatabaseUnavailable(error)) return databaseUnavailable(error, values);
    throw error;
  }
}

/** The database did not answer in time: the person is asked to try again shortly, keeping what they typed. */
export function databaseUnavailable(error: unknown, values?: Record<string, string>): FormState {
  console.error("Database unavailable:", error);
  return { message: ar.guardrails.databaseUnavailable, values };
}
