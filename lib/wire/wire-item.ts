import type { ArticleDocument } from "@/lib/article-document";

// One agency item as Khabar keeps it, whichever format it arrived in (IPTC NewsML-G2 or ninjs).
// Items are keyed by the agency's URI; a higher version replaces the previous one.

export const wireFormats = ["newsml-g2", "ninjs"] as const;
export type WireFormat = (typeof wireFormats)[number];

/** IPTC publishing status: `canceled` is a kill, `withheld` a withdrawal pending a correction. */
export const wirePubStatuses = ["usable", "withheld", "canceled"] as const;
export type WirePubStatus = (typeof wirePubStatuses)[number];

export interface WireItem {
  format: WireFormat;
  /** The agency's stable identifier for the item across its versions. */
  uri: string;
  version: number;
  versionCreated: Date;
  pubStatus: WirePubStatus;
  /** IPTC urgency, 1 (most urgent) to 9; null when the agency gave none. */
  urgency: number | null;
  headline: string;
  slugline: string;
  /** BCP 47, lower case: "ar", "en". */
  language: string;
  /** The place the story is datelined from, e.g. "دمشق". */
  located: string;
  /** Subject names as the agency gave them (IPTC media topics' names or codes). */
  subjects: string[];
  /** Not to be published before this time. */
  embargoedUntil: Date | null;
  /** The body through the editor's allow-list. */
  body: ArticleDocument;
  /** The agency's editorial note: why an item was corrected, withheld or killed. */
  editorNote: string;
}

/** Why a file was refused, for the ingest log. */
export const wireRejectionReasons = ["too_large", "bad_encoding", "malformed", "unsafe_xml", "unknown_format", "invalid_field"] as const;
export type WireRejectionReason = (typeof wireRejectionReasons)[number];

export type WireParseResult = { ok: true; item: WireItem } | { ok: false; reason: WireRejectionReason; detail: string };

/** Files larger than this are refused before parsing. */
export const MAX_WIRE_FILE_BYTES = 2 * 1024 * 1024;
