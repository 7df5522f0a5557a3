// Public URLs, built in one place. Arabic slugs are percent-encoded on the wire.
export const articlePath = (slug: string) => `/articles/${encodeURIComponent(slug)}`;
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
