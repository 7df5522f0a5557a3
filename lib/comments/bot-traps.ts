// Cheap traps for simple bots: a field people never see, and a minimum time between the form
// being issued (server time, signed by the server: lib/comments/form-token.ts) and it coming back.

export const HONEYPOT_FIELD = "website";
export const MIN_SUBMIT_MS = 3_000;
/** A form older than this is refused with a request to reload: an old token cannot be hoarded. */
export const FORM_MAX_AGE_MS = 24 * 60 * 60_000;
/** Comments one issued form may carry (a person posts a few from one page, not dozens). */
export const FORM_MAX_USES = 50;

export type TrapResult = "honeypot" | "forged" | "expired" | "tooFast" | null;

/** `issuedAt` is what the form's token vouches for: null when it was missing or forged. */
export function checkBotTraps(form: { honeypot: string; issuedAt: number | null }, now: number): TrapResult {
  if (form.honeypot.trim() !== "") return "honeypot";
  if (form.issuedAt === null) return "forged";
  if (now - form.issuedAt > FORM_MAX_AGE_MS) return "expired";
  if (now - form.issuedAt < MIN_SUBMIT_MS) return "tooFast";
  return null;
}
