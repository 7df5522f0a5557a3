import "server-only";
import { and, asc, desc, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { listen } from "@/db/listen";
import { liveEvents } from "@/db/schema/live";
import type { LiveEvent, LiveMessage } from "@/lib/live/events";
import type { Executor } from "./internal/article-content";

// The record of what open pages were told (db/schema/live.ts): written with the change it
// describes, read back by pages that reconnect or loaded a copy rendered a moment earlier.

const KEPT_FOR = "1 day";
/** More missed messages than this and the page reloads its state instead of replaying. */
export const REPLAY_LIMIT = 200;

// Messages are recorded one transaction at a time, so that ids follow commit order: a page that
// has seen message n has seen every message before it.
const RECORDING_LOCK = 7_201_187;

/** Records a message in the caller's transaction, so it is sent exactly when the change commits. */
export async function recordLiveEvent(db: Executor = getDb(), channel: string, message: LiveMessage): Promise<number> {
  await db.execute(sql`select pg_advisory_xact_lock(${RECORDING_LOCK})`);
  const [row] = await db.insert(liveEvents).values({ channel, payload: message as unknown as Record<string, unknown> }).returning({ id: liveEvents.id });
  return row!.id;
}

const toEvent = (row: { id: number; channel: string; payload: Record<string, unknown> }): LiveEvent =>
  ({ ...(row.payload as unknown as LiveMessage), id: row.id, channel: row.channel });

export async function loadLiveEvents(ids: number[]): Promise<LiveEvent[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().select().from(liveEvents).where(inArray(liveEvents.id, ids)).orderBy(asc(liveEvents.id));
  return rows.map(toEvent);
}

/** What these channels were told after `afterId`, oldest first; one more than the limit says "too many". */
export async function liveEventsAfter(channels: string[], afterId: number): Promise<LiveEvent[]> {
  const rows = await getDb()
    .select()
    .from(liveEvents)
    .where(and(inArray(liveEvents.channel, channels), gt(liveEvents.id, afterId)))
    .orderBy(asc(liveEvents.id))
    .limit(REPLAY_LIMIT + 1);
  return rows.map(toEvent);
}

/** The newest message's id: a page rendered now has seen everything up to it. */
export async function latestLiveEventId(db: Executor = getDb()): Promise<number> {
  const [row] = await db.select({ id: liveEvents.id }).from(liveEvents).orderBy(desc(liveEvents.id)).limit(1);
  return row?.id ?? 0;
}

/** The last message sent on a channel, to skip sending the same state twice. */
export async function lastLiveMessage(channel: string): Promise<LiveMessage | null> {
  const [row] = await getDb().select().from(liveEvents).where(eq(liveEvents.channel, channel)).orderBy(desc(liveEvents.id)).limit(1);
  return row ? (row.payload as unknown as LiveMessage) : null;
}

/**
 * Forgets what a channel was told about one update (its words before an edit, or at all once it is
 * removed): a page that replays later gets the update as it stands, or not at all.
 */
export async function forgetUpdateMessages(db: Executor, channel: string, updateId: number): Promise<void> {
  await db.delete(liveEvents).where(and(eq(liveEvents.channel, channel), sql`(${liveEvents.payload} -> 'update' ->> 'id')::bigint = ${updateId}`));
}

/** Forgets everything a story's readers were told: the story is no longer public. */
export async function forgetChannel(db: Executor, channel: string): Promise<void> {
  await db.delete(liveEvents).where(eq(liveEvents.channel, channel));
}

export async function pruneLiveEvents(): Promise<void> {
  await getDb().delete(liveEvents).where(lt(liveEvents.createdAt, sql`now() - ${KEPT_FOR}::interval`));
}

const NOTIFY_CHANNEL = "khabar_live";

/** Tells every instance listening on this database (listenForLiveEvents) which messages were recorded. */
export async function notifyLiveEvents(ids: number[]): Promise<void> {
  await getDb().execute(sql`select pg_notify(${NOTIFY_CHANNEL}, ${ids.join(",")})`);
}

/** Calls `onIds` with the ids each notification names, on a connection of its own; resolves once listening. */
export function listenForLiveEvents(url: string, onIds: (ids: number[]) => void): Promise<unknown> {
  return listen(url, NOTIFY_CHANNEL, (payload) => onIds(payload.split(",").map(Number).filter(Number.isSafeInteger)));
}
