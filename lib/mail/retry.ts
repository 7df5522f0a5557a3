// When a message that failed is tried again, and when it is given up.

/** After this many failed attempts a message is given up as failed. */
export const MAX_ATTEMPTS = 10;

/** Waiting time before attempt `attempts + 1`: 30 s, doubling, at most an hour. */
export const backoffMs = (attempts: number) => Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
