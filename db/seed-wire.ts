import { storeWireItem } from "@/lib/dal/internal/wire-store";
import { parseWireFile } from "@/lib/wire/parse-wire-file";
import { readSampleFeed } from "./wire-sample-feed";
import type { WireItem } from "@/lib/wire/wire-item";
import type { Database } from "./client";
import { wireSources } from "./schema/wire";

// The demo newsroom's wire: two fictional agencies and their sample feed (db/seed-data/wire/),
// moved in time so that the newest item arrives now and the embargoed one is still ahead.
// The agencies get no endpoint key; `npm run wire:agency -- --slug nahr … --new-key` gives one.

export async function seedWireFeed(db: Database, now = new Date()) {
  const feed = await readSampleFeed();
  await db
    .insert(wireSources)
    .values(feed.sources)
    .onConflictDoNothing({ target: wireSources.slug });
  const ids = new Map((await db.select({ id: wireSources.id, slug: wireSources.slug }).from(wireSources)).map((row) => [row.slug, row.id]));

  const items: { sourceId: number; item: WireItem }[] = [];
  for (const file of feed.files) {
    const parsed = parseWireFile(file.bytes);
    if (!parsed.ok) throw new Error(`Sample wire file ${file.source}/${file.fileName} does not parse: ${parsed.reason} ${parsed.detail}`);
    items.push({ sourceId: ids.get(file.source)!, item: parsed.item });
  }
  const newest = Math.max(...items.map(({ item }) => item.versionCreated.getTime()));
  const shift = (time: Date) => new Date(time.getTime() + now.getTime() - newest);
  // Versions go in in order, so each replaces the one before, as when the agency sent them.
  items.sort((a, b) => a.item.version - b.item.version || a.item.versionCreated.getTime() - b.item.versionCreated.getTime());
  for (const { sourceId, item } of items) {
    await storeWireItem(db, sourceId, { ...item, versionCreated: shift(item.versionCreated), embargoedUntil: item.embargoedUntil && shift(item.embargoedUntil) }, "seed");
  }
}
