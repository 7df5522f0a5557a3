import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db";
import { wireItems, wireSources } from "@/db/schema/wire";
import { documentFromParagraphs } from "@/lib/article-document";
import { storeWireItem } from "@/lib/dal/internal/wire-store";
import type { WireItem } from "@/lib/wire/wire-item";

/** An agency item as the parsers give it; tests name only the fields they are about. */
export function wireItem(fields: Partial<WireItem> = {}): WireItem {
  return {
    format: "ninjs",
    uri: `urn:test:${randomUUID()}`,
    version: 1,
    versionCreated: new Date("2026-12-01T08:00:00Z"),
    pubStatus: "usable",
    urgency: 3,
    headline: "ارتفاع منسوب نهر العاصي بعد أمطار غزيرة",
    slugline: "سوريا-طقس",
    language: "ar",
    located: "حماة",
    subjects: ["طقس"],
    embargoedUntil: null,
    body: documentFromParagraphs(["ارتفع منسوب نهر العاصي صباح اليوم بعد ليلة من الأمطار الغزيرة."]),
    editorNote: "",
    ...fields,
  };
}

/** An item stored from an agency of its own, for tests that need one without a parser or an endpoint. */
export async function insertWireItem(db: Database, fields: Partial<WireItem> = {}): Promise<{ itemId: string; sourceId: number }> {
  const slug = `agency-${randomUUID().slice(0, 8)}`;
  const [source] = await db.insert(wireSources).values({ slug, name: "وكالة الاختبار", attribution: "و ا" }).returning({ id: wireSources.id });
  const item = wireItem(fields);
  await storeWireItem(db, source!.id, item, "http");
  const [stored] = await db.select({ id: wireItems.id }).from(wireItems).where(eq(wireItems.uri, item.uri));
  return { itemId: stored!.id, sourceId: source!.id };
}

/** The same item as ninjs JSON, as an agency would send it. */
export function ninjsOf(item: WireItem, bodyHtml = "<p>ارتفع منسوب نهر العاصي صباح اليوم.</p>"): string {
  return JSON.stringify({
    uri: item.uri,
    version: String(item.version),
    versioncreated: item.versionCreated.toISOString(),
    pubstatus: item.pubStatus,
    urgency: item.urgency,
    headlines: [{ value: item.headline }],
    slugline: item.slugline,
    language: item.language,
    place: [{ name: item.located }],
    subject: item.subjects.map((name) => ({ name })),
    ...(item.embargoedUntil ? { embargoed: item.embargoedUntil.toISOString() } : {}),
    ...(item.editorNote ? { ednote: item.editorNote } : {}),
    body_html: bodyHtml,
  });
}
