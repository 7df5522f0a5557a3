// Cache tag names, shared by the cached readers and by whatever invalidates them.
export const cacheTags = {
  home: "home",
  sections: "sections",
  allArticles: "articles",
  article: (slug: string) => `article:${slug}`,
  section: (slug: string) => `section:${slug}`,
} as const;
