// Public URLs, built in one place. Arabic slugs are percent-encoded on the wire; links on our own
// pages write their letters raw (lib/link-paths.ts).
export const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`;
/** Older updates of live coverage; the first page is the story itself. */
export const liveUpdatesPath = (slug: string, page: number) => (page <= 1 ? articlePath(slug) : `${articlePath(slug)}/updates/${page}`);
/** The story's comment thread as a page of its own (server-rendered, readable without JavaScript). */
export const commentsPath = (slug: string, query: Record<string, string | undefined> = {}) => {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1])));
  const suffix = search.toString();
  return `${articlePath(slug)}/comments${suffix ? `?${suffix}` : ""}`;
};
export const sectionPath = (slug: string, page = 1) =>
  page > 1 ? `/${encodeURIComponent(slug)}?page=${page}` : `/${encodeURIComponent(slug)}`;

/** The route that "/" is rewritten to, so that the home page can be cached like a story. */
export const FRONT_PAGE_EDITION = "today";
export const frontPageRoute = `/front-page/${FRONT_PAGE_EDITION}`;

export interface SearchLink {
  q: string;
  section?: string | null;
  from?: string | null;
  to?: string | null;
  page?: number;
}

export function searchPath({ q, section, from, to, page = 1 }: SearchLink): string {
  const params = new URLSearchParams({ q });
  if (section) params.set("section", section);
  if (from) params.set("from", from);
  if (to) params.set("to", to);
  if (page > 1) params.set("page", String(page));
  return `/search?${params.toString()}`;
}

export const tagPath = (slug: string, page = 1) =>
  page > 1 ? `/tags/${encodeURIComponent(slug)}?page=${page}` : `/tags/${encodeURIComponent(slug)}`;
export const authorPath = (slug: string, page = 1) =>
  page > 1 ? `/authors/${encodeURIComponent(slug)}?page=${page}` : `/authors/${encodeURIComponent(slug)}`;

export type FeedFormat = "rss" | "atom";
/** /feeds/rss.xml and /feeds/atom.xml for the whole site, /feeds/<section>/rss.xml for one section. */
export const feedPath = (format: FeedFormat, section?: string) =>
  section ? `/feeds/${encodeURIComponent(section)}/${format}.xml` : `/feeds/${format}.xml`;

export const sitemapPath = "/sitemap.xml";
export const newsSitemapPath = "/news-sitemap.xml";
export const sitemapPartPath = (part: string) => `/sitemaps/${part}.xml`;
