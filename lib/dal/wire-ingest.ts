import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { wireItems, wireItemVersions, wireRejections, wireSources, type StoredWireItem, type WireChannel } from "@/db/schema/wire";
import { parseWireFile } from "@/lib/wire/parse-wire-file";
import type { WireItem, WireParseResult } from "@/lib/wire/wire-item";

// Agency copy coming in: the endpoint and the drop folders hand a file here with the source it
// came from. These functions act for an agency, never for a person, so they take no viewer; the
// endpoint authenticates the agency by its key (authenticateWireSource) before calling them.

/** What happened to a file: a new item, a new version, one already held, an older version kept in the history, or refused. */
export type WireIngestOutcome = "new" | "updated" | "duplicate" | "older" | "rejected";

export interface WireSourceRef {
  id: number;
  slug: string;
}

export const hashWireKey = (key: string) => createHash("sha256").update(key, "utf8").digest("hex");

/** The agency whose endpoint key this is, or null; the key is compared by its hash in constant time. */
export async function authenticateWireSource(slug: string, key: string): Promise<(WireSourceRef & { allowedIps: string[] }) | null> {
  const [source] = await getDb()
    .select({ id: wireSources.id, slug: wireSources.slug, apiKeyHash: wireSources.apiKeyHash, allowedIps: wireSources.allowedIps })
    .from(wireSources)
    .where(eq(wireSources.slug, slug));
  if (!source?.apiKeyHash) return null;
  const given = Buffer.from(hashWireKey(key), "hex");
  const held = Buffer.from(source.apiKeyHash, "hex");
  if (given.length !== held.length || !timingSafeEqual(given, held)) return null;
  return { id: source.id, slug: source.slug, allowedIps: source.allowedIps };
}

export async function listWireSources(): Promise<WireSourceRef[]> {
  return getDb().select({ id: wireSources.id, slug: wireSources.slug }).from(wireSources).orderBy(wireSources.id);
}

/** Parses a file and stores the item it carries; a refused file is logged with its reason. */
export async function ingestWireFile(
  source: WireSourceRef,
  bytes: Uint8Array,
  from: { channel: WireChannel; fileName?: string; contentType?: string },
): Promise<{ outcome: WireIngestOutcome; detail?: string }> {
  const parsed: WireParseResult = parseWireFile(bytes, { contentType: from.contentType });
  if (!parsed.ok) {
    await logWireRejection(source.id, from.channel, from.fileName ?? "", parsed.reason, parsed.detail);
    return { outcome: "rejected", detail: `${parsed.reason}: ${parsed.detail}` };
  }
  return { outcome: await storeWireItem(source.id, parsed.item, from.channel) };
}

export async function logWireRejection(sourceId: number | null, channel: WireChannel, fileName: string, reason: string, detail: string): Promise<void> {
  console.warn(`wire: refused ${fileName || "a request"} from source ${sourceId ?? "?"}: ${reason} ${detail}`);
  await getDb().insert(wireRejections).values({ sourceId, channel, fileName: fileName.slice(0, 300), reason, detail: detail.slice(0, 1000) });
}

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
export async function storeWireItem(sourceId: number, item: WireItem, channel: WireChannel): Promise<WireIngestOutcome> {
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
  return getDb().transaction(async (tx) => {
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
