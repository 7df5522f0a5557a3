import type { ArticleDocument } from "@/lib/article-document";

/** "دمشق (ن ن)": where the story is from, and the agency that sent it. */
export function wireDateline(located: string, attribution: string): string {
  const credit = attribution ? `(${attribution})` : "";
  return [located.trim(), credit].filter(Boolean).join(" ");
}

const LEAD_DASH = /^\s*[-–—ـ]\s*/;

/**
 * Agencies open their copy with the dateline ("حماة (ن ن) - توفي…"); a story shows it in a field of
 * its own above the body, so the body's copy of it goes, and the sentence starts the paragraph.
 */
export function withoutLeadingDateline(body: ArticleDocument, dateline: string): ArticleDocument {
  const [first, ...rest] = body.content;
  const lead = first?.type === "paragraph" ? first.content?.[0] : undefined;
  if (!dateline || !first || first.type !== "paragraph" || lead?.type !== "text" || !lead.text.startsWith(dateline)) return body;
  const after = lead.text.slice(dateline.length);
  if (!LEAD_DASH.test(after)) return body;
  const text = after.replace(LEAD_DASH, "");
  const inline = text ? [{ ...lead, text }, ...first.content!.slice(1)] : first.content!.slice(1);
  return { ...body, content: [{ ...first, content: inline }, ...rest] };
}
