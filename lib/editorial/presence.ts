// Presence, the newsroom's soft lock. Each open editor beats every PRESENCE_HEARTBEAT_MS, and a
// colleague counts as editing while their last beat is younger than PRESENCE_TTL_MS (two beats
// may go missing before they drop out). A tab that closes says so at once with a beacon; one that
// crashed or lost its network drops out of the others' notice within TTL plus one of their beats.

export const PRESENCE_HEARTBEAT_MS = 8_000;
export const PRESENCE_TTL_MS = 20_000;

/** Beats older than this no longer count. */
export function presenceCutoff(now: Date): Date {
  return new Date(now.getTime() - PRESENCE_TTL_MS);
}

export function isStillEditing(heartbeatAt: Date, now: Date): boolean {
  return heartbeatAt.getTime() > presenceCutoff(now).getTime();
}
