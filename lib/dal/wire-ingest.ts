import "server-only";
import { timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { getDb } from "@/db";
import { wireRejections, wireSources, type WireChannel } from "@/db/schema/wire";
import { hashWireKey } from "@/lib/wire/api-key";
import { parseWireFile } from "@/lib/wire/parse-wire-file";
import type { WireParseResult } from "@/lib/wire/wire-item";
import { storeWireItem, type WireIngestOutcome } from "./internal/wire-store";

export type { WireIngestOutcome };

// Agency copy coming in: the endpoint and the drop folders hand a file here with the source it
// came from. These functions act for an agency, never for a person, so they take no viewer; the
// endpoint authenticates the agency by its key (authenticateWireSource) before calling them.

export interface WireSourceRef {
  id: number;
  slug: string;
}

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
  return { outcome: await storeWireItem(getDb(), source.id, parsed.item, from.channel) };
}

export async function logWireRejection(sourceId: number | null, channel: WireChannel, fileName: string, reason: string, detail: string): Promise<void> {
  console.warn(`wire: refused ${fileName || "a request"} from source ${sourceId ?? "?"}: ${reason} ${detail}`);
  await getDb().insert(wireRejections).values({ sourceId, channel, fileName: fileName.slice(0, 300), reason, detail: detail.slice(0, 1000) });
}
