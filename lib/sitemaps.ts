import { xmlSafe } from "@/lib/xml-text";

// Sitemaps (sitemaps.org 0.9), sitemap indexes and Google News sitemaps, as XML text.
// URLs arrive percent-encoded (lib/routes.ts) and are entity-escaped here, as the protocol asks.

/** The protocol's limit of URLs per sitemap file; past it the site serves a sitemap index. */
export const SITEMAP_URL_LIMIT = 50_000;

export interface SitemapUrl {
  loc: string;
  lastModified?: string | null;
}

export interface NewsSitemapUrl {
  loc: string;
  title: string;
  publishedAt: string;
  keywords: string[];
}

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
export const escapeXml = (text: string) => xmlSafe(text).replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const lastmod = (value: string | null | undefined) => (value ? `<lastmod>${escapeXml(value)}</lastmod>` : "");

export function urlsetXml(urls: readonly SitemapUrl[]): string {
  const entries = urls.map((url) => `<url><loc>${escapeXml(url.loc)}</loc>${lastmod(url.lastModified)}</url>`);
  return `${DECLARATION}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</urlset>\n`;
}

export function sitemapIndexXml(sitemaps: readonly SitemapUrl[]): string {
  const entries = sitemaps.map((map) => `<sitemap><loc>${escapeXml(map.loc)}</loc>${lastmod(map.lastModified)}</sitemap>`);
  return `${DECLARATION}\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}

export function newsSitemapXml(urls: readonly NewsSitemapUrl[], publication: { name: string; language: string }): string {
  const entries = urls.map(
    (url) =>
      `<url><loc>${escapeXml(url.loc)}</loc><news:news>` +
      `<news:publication><news:name>${escapeXml(publication.name)}</news:name><news:language>${escapeXml(publication.language)}</news:language></news:publication>` +
      `<news:publication_date>${escapeXml(url.publishedAt)}</news:publication_date>` +
      `<news:title>${escapeXml(url.title)}</news:title>` +
      (url.keywords.length > 0 ? `<news:keywords>${escapeXml(url.keywords.join(", "))}</news:keywords>` : "") +
      `</news:news></url>`,
  );
  return (
    `${DECLARATION}\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n` +
    `${entries.join("\n")}\n</urlset>\n`
  );
}

/**
 * How the site's URLs are split: one sitemap while they fit, else an index of a listings file
 * and story files of `limit` stories each (oldest first, so earlier files stay stable).
 */
export function sitemapPlan(listingCount: number, storyCount: number, limit = SITEMAP_URL_LIMIT) {
  if (listingCount + storyCount <= limit) return { kind: "single" as const };
  return { kind: "index" as const, storyFiles: Math.max(1, Math.ceil(storyCount / limit)) };
}

export const xmlHeaders = (type: string) => ({
  "Content-Type": `${type}; charset=utf-8`,
  "Cache-Control": "public, max-age=300",
});
