// Cache tag names, shared by the cached readers and by whatever invalidates them.
export const cacheTags = {
  home: "home",
  sections: "sections",
  allArticles: "articles",
  article: (slug: string) => `article:${slug}`,
  section: (slug: string) => `section:${slug}`,
  /** A story's comment thread and count; every comment that becomes or stops being public expires it. */
  comments: (articleId: string) => `comments:${articleId}`,
  /** The comment counts in story lists; refreshed in the background (stale-while-revalidate). */
  commentCounts: "comment-counts",
  commentSettings: "comment-settings",
} as const;
