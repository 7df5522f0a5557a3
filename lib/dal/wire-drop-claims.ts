import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { wireDropClaims } from "@/db/schema/wire";

// Exactly one instance processes each dropped file: the one whose claim row goes in. A claim
// left unfinished longer than STALE_CLAIM_MS (its instance died mid-file) may be taken over;
// storing an item twice is harmless (lib/dal/wire-ingest.ts), so a takeover never doubles it.
// These act for the system, not for a person.

export const STALE_CLAIM_MS = 5 * 60_000;

export interface DroppedFile {
  sourceId: number;
  fileName: string;
  contentHash: string;
}

export type ClaimState = "claimed" | "taken" | "finished";

export async function claimDroppedFile(file: DroppedFile, worker: string, now = new Date()): Promise<ClaimState> {
  const staleBefore = new Date(now.getTime() - STALE_CLAIM_MS).toISOString();
  const [claimed] = await getDb()
    .insert(wireDropClaims)
    .values({ ...file, claimedBy: worker, claimedAt: now })
    .onConflictDoUpdate({
      target: [wireDropClaims.sourceId, wireDropClaims.fileName, wireDropClaims.contentHash],
      set: { claimedBy: worker, claimedAt: now },
      setWhere: sql`${wireDropClaims.finishedAt} is null and ${wireDropClaims.claimedAt} < ${staleBefore}::timestamptz`,
    })
    .returning({ claimedBy: wireDropClaims.claimedBy });
  if (claimed) return "claimed";
  const [held] = await getDb().select({ finishedAt: wireDropClaims.finishedAt }).from(wireDropClaims).where(matching(file));
  return held?.finishedAt ? "finished" : "taken";
}

export async function finishDroppedFile(file: DroppedFile, worker: string, outcome: string): Promise<void> {
  await getDb()
    .update(wireDropClaims)
    .set({ finishedAt: sql`now()`, outcome })
    .where(and(matching(file), eq(wireDropClaims.claimedBy, worker)));
}

const matching = (file: DroppedFile) =>
  and(eq(wireDropClaims.sourceId, file.sourceId), eq(wireDropClaims.fileName, file.fileName), eq(wireDropClaims.contentHash, file.contentHash));
