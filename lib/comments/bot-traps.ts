// Cheap traps for simple bots: a field people never see, and a minimum time between the form
// being issued (server time, so client clocks do not matter) and it coming back.

export const HONEYPOT_FIELD = "website";
export const MIN_SUBMIT_MS = 3_000;

export type TrapResult = "honeypot" | "tooFast" | null;

export function checkBotTraps(form: { honeypot: string; issuedAt: number }, now: number): TrapResult {
  if (form.honeypot.trim() !== "") return "honeypot";
  if (!Number.isFinite(form.issuedAt) || form.issuedAt <= 0 || now - form.issuedAt < MIN_SUBMIT_MS) return "tooFast";
  return null;
}
