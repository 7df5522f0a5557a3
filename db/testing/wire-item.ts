import { randomUUID } from "node:crypto";
import { wireItems, wireItemVersions, wireSources, type StoredWireItem } from "@/db/schema/wire";
import type { Database } from "@/db";
import { documentFromParagraphs } from "@/lib/article-document";

/** An agency item as ingest would have stored it, for tests that need one without a parser or an endpoint. */
export async function insertWireItem(db: Database, fields: Partial<StoredWireItem> = {}): Promise<{ itemId: string; sourceId: number }> {
  const slug = `agency-${randomUUID().slice(0, 8)}`;
  const [source] = await db.insert(wireSources).values({ slug, name: "وكالة الاختبار", attribution: "و ا" }).returning({ id: wireSources.id });
  const content: StoredWireItem = {
    format: "ninjs",
    uri: `urn:test:${randomUUID()}`,
    version: 1,
    versionCreated: new Date().toISOString(),
    pubStatus: "usable",
    urgency: 1,
    headline: "خبر عاجل من وكالة الاختبار",
    slugline: "",
    language: "ar",
    located: "دمشق",
    subjects: ["سياسة"],
    embargoedUntil: null,
    body: documentFromParagraphs(["نص الوكالة للاختبار."]),
    editorNote: "",
    ...fields,
  };
  const { versionCreated, embargoedUntil, ...rest } = content;
  const [item] = await db
    .insert(wireItems)
    .values({ ...rest, sourceId: source!.id, versionCreated: new Date(versionCreated), embargoedUntil: embargoedUntil ? new Date(embargoedUntil) : null })
    .returning({ id: wireItems.id });
  await db.insert(wireItemVersions).values({ itemId: item!.id, version: content.version, content, channel: "seed" });
  return { itemId: item!.id, sourceId: source!.id };
}
