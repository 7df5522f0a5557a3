import { ar } from "@/lib/i18n/ar";

/** Seconds a client is asked to wait while the database is unavailable; it usually returns within them. */
export const RETRY_AFTER_SECONDS = 5;

/** A route handler's answer while the database is unreachable or over its budget. */
export function unavailableResponse(): Response {
  return Response.json(
    { ok: false, message: ar.guardrails.databaseUnavailable },
    { status: 503, headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" } },
  );
}
