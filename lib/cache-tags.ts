// Cache tag names, shared by the cached readers and by whatever invalidates them.
export const cacheTags = {
  home: "home",
  sections: "sections",
  allArticles: "articles",
  // For the feeds, once they exist: publishing already expires it.
  feeds: "feeds",
  article: (slug: string) => `article:${slug}`,
  section: (slug: string) => `section:${slug}`,
} as const;

/**
 * The tags a change to a live story makes stale: its page at every slug it answered to,
 * the sections it is listed in, the home page and the feeds; nothing else.
 */
export function storyCacheTags(story: { slugs: readonly string[]; sectionSlugs: readonly string[] }): string[] {
  return [
    ...new Set([
      ...story.slugs.map(cacheTags.article),
      ...story.sectionSlugs.map(cacheTags.section),
      cacheTags.home,
      cacheTags.feeds,
    ]),
  ];
}
