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
} as const;
