// How long a password check for an account waits, given the wrong passwords it saw in the last
// 15 minutes: nothing for the first few typos, then doubling from one second up to a ceiling.
// A delay, never a refusal, so whoever has the right password always gets in.

export const FREE_FAILURES = 4;
export const MAX_SLOWDOWN_MS = 8_000;

export function slowdownMs(recentFailures: number): number {
  if (recentFailures <= FREE_FAILURES) return 0;
  return Math.min(1_000 * 2 ** (recentFailures - FREE_FAILURES - 1), MAX_SLOWDOWN_MS);
}
