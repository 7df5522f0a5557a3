import { normalizeArabic } from "@/lib/arabic/normalize";

// Like linkify-it, a bare domain counts when it ends in a common generic TLD or in any two
// letters (a country code): "example.com" and "bit.ly" count, "hello.world" and "e.g." do not.
const GENERIC_TLDS = [
  "com", "net", "org", "info", "biz", "edu", "gov", "name", "pro", "mobi", "asia",
  "xyz", "online", "site", "top", "club", "shop", "store", "app", "dev", "news", "live", "link", "click",
];
const LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
const TLD = `(?:${GENERIC_TLDS.join("|")}|[a-z]{2})`;
const NOT_AFTER_ASCII = "(?<![a-z0-9-])";

// One pass, left to right: a URL is consumed whole, so the domain inside it is not counted again.
const LINK = new RegExp(
  [
    `${NOT_AFTER_ASCII}(?:https?|ftp)://\\S+`,
    `${NOT_AFTER_ASCII}www\\d{0,3}\\.\\S+`,
    `${NOT_AFTER_ASCII}(?:${LABEL}\\.)+${TLD}(?![a-z0-9-])(?:[/:?#]\\S*)?`,
  ].join("|"),
  "g",
);

/**
 * Counts the links a reader could follow: URLs with a scheme, www. addresses and bare domains,
 * also when glued to Arabic words, spelled in full-width letters or split by invisible
 * characters (the text is normalised first). An e-mail address counts, by its domain.
 */
export function countLinks(text: string): number {
  return normalizeArabic(text).match(LINK)?.length ?? 0;
}
