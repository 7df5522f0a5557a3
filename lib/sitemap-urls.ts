import type { SitemapListing, SitemapStory } from "@/lib/dal/syndication";
import { articlePath, authorPath, sectionPath, tagPath } from "@/lib/routes";
import type { SitemapUrl } from "@/lib/sitemaps";

/** The home page, then every section, tag and author page that lists at least one public story. */
export function listingUrls(
  listings: { sections: SitemapListing[]; tags: SitemapListing[]; authors: SitemapListing[] },
  siteUrl: string,
): SitemapUrl[] {
  const url = (path: string, lastModified: string | null) => ({ loc: new URL(path, siteUrl).toString(), lastModified });
  const newest = [...listings.sections].map((s) => s.lastModified ?? "").sort().at(-1) || null;
  return [
    url("/", newest),
    ...listings.sections.map((s) => url(sectionPath(s.slug), s.lastModified)),
    ...listings.tags.map((t) => url(tagPath(t.slug), t.lastModified)),
    ...listings.authors.map((a) => url(authorPath(a.slug), a.lastModified)),
  ];
}

export function storyUrls(stories: SitemapStory[], siteUrl: string): SitemapUrl[] {
  return stories.map((story) => ({
    loc: new URL(articlePath(story.slug), siteUrl).toString(),
    lastModified: story.updatedAt ?? story.publishedAt,
  }));
}
