// Cache tag names, shared by the cached readers and by whatever invalidates them.
// Publishing or unpublishing a story invalidates `allArticles` (every listing, feed and sitemap
// reads under it) and the story's own tag; renaming a section, tag or author invalidates theirs.
export const cacheTags = {
  home: "home",
  sections: "sections",
  allArticles: "articles",
  feeds: "feeds",
  sitemaps: "sitemaps",
  article: (slug: string) => `article:${slug}`,
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
  /** A story's comment thread and count; every comment that becomes or stops being public expires it. */
  comments: (articleId: string) => `comments:${articleId}`,
  /** The comment counts in story lists; refreshed in the background (stale-while-revalidate). */
  commentCounts: "comment-counts",
  commentSettings: "comment-settings",
  /** Kept search results; the synonym table's changes expire them (publishing does through allArticles). */
  search: "search",
  /** Marks a rendered page not worth keeping; the cache handler (handler.mjs) drops pages carrying it. */
  unkeptPage: "khabar:unkept-page",
} as const;

/**
 * The tags a change to a live story makes stale: its page at every slug it answered to, the
 * sections it is listed in, and `allArticles`, under which every listing (home, tags, authors,
 * related stories, feeds, sitemaps) is read.
 */
export function storyCacheTags(story: { slugs: readonly string[]; sectionSlugs: readonly string[] }): string[] {
  return [
    ...new Set([
      ...story.slugs.map(cacheTags.article),
      ...story.sectionSlugs.map(cacheTags.section),
      cacheTags.home,
      cacheTags.allArticles,
      cacheTags.feeds,
      cacheTags.sitemaps,
    ]),
  ];
}
