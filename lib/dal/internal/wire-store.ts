import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { wireItems, wireItemVersions, type StoredWireItem, type WireChannel } from "@/db/schema/wire";
import type { WireItem } from "@/lib/wire/wire-item";

// Keeping an agency item, shared by the ingest (lib/dal/wire-ingest.ts) and the demo's seed; not
// marked server-only because the seed runs as a plain script (as search-index.ts is not).

/** What happened to a file: a new item, a new version, one already held, an older version kept in the history, or refused. */
export type WireIngestOutcome = "new" | "updated" | "duplicate" | "older" | "rejected";

const stored = (item: WireItem): StoredWireItem => ({
  ...item,
  versionCreated: item.versionCreated.toISOString(),
  embargoedUntil: item.embargoedUntil?.toISOString() ?? null,
});

/**
 * Keeps an item: the first of its URI is new; a higher version replaces the latest (the history
 * keeps every version); the same version again is a duplicate; a lower one, arriving late, only
 * joins the history. Safe to run twice and from two instances at once.
 */
export async function storeWireItem(db: Database, sourceId: number, item: WireItem, channel: WireChannel): Promise<WireIngestOutcome> {
  const latest = {
    version: item.version,
    format: item.format,
    pubStatus: item.pubStatus,
    urgency: item.urgency,
    headline: item.headline,
    slugline: item.slugline,
    language: item.language,
    located: item.located,
    subjects: item.subjects,
    embargoedUntil: item.embargoedUntil,
    body: item.body,
    editorNote: item.editorNote,
    versionCreated: item.versionCreated,
    lastReceivedAt: sql`now()`,
  };
  return db.transaction(async (tx) => {
    const [replaced] = await tx
      .insert(wireItems)
      .values({ sourceId, uri: item.uri, ...latest })
      .onConflictDoUpdate({ target: [wireItems.sourceId, wireItems.uri], set: latest, setWhere: sql`${wireItems.version} < excluded.version` })
      .returning({ id: wireItems.id, inserted: sql<boolean>`xmax = 0` });
    const itemId =
      replaced?.id ??
      (await tx.select({ id: wireItems.id }).from(wireItems).where(and(eq(wireItems.sourceId, sourceId), eq(wireItems.uri, item.uri))))[0]!.id;
    const [kept] = await tx
      .insert(wireItemVersions)
      .values({ itemId, version: item.version, content: stored(item), channel })
      .onConflictDoNothing()
      .returning({ id: wireItemVersions.id });
    if (!kept) return "duplicate";
    if (!replaced) return "older";
    return replaced.inserted ? "new" : "updated";
  });
}
