import { documentFromParagraphs } from "@/lib/article-document";
import type { WireItem } from "@/lib/wire/wire-item";

/** An agency item as the parsers give it; tests name only the fields they are about. */
export function wireItem(fields: Partial<WireItem> = {}): WireItem {
  return {
    format: "ninjs",
    uri: `urn:test:${crypto.randomUUID()}`,
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
