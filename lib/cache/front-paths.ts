import { articlePath, authorPath, feedPath, newsSitemapPath, sectionPath, sitemapPath, tagPath } from "@/lib/routes";
import { cacheTags } from "./tags";

// The public addresses a front keeps (deploy/nginx/khabar.conf) that show what a tag covers.
// Tags that stand for many addresses at once (every listing, the comment counts) name none: their
// pages age out of the front within its second.
const pathsOfTag: [prefix: string, paths: (slug: string) => string[]][] = [
  [cacheTags.article(""), (slug) => [articlePath(slug)]],
  [cacheTags.section(""), (slug) => [sectionPath(slug), feedPath("rss", slug), feedPath("atom", slug)]],
  [cacheTags.tag(""), (slug) => [tagPath(slug)]],
  [cacheTags.author(""), (slug) => [authorPath(slug)]],
];

const pathsOfFixedTag: Record<string, string[]> = {
  [cacheTags.home]: ["/"],
  [cacheTags.feeds]: [feedPath("rss"), feedPath("atom")],
  [cacheTags.sitemaps]: [sitemapPath, newsSitemapPath],
};

/** Next percent-encodes a tag's non-ASCII letters on its way to the cache handler (encodeHeaderSafe); slugs have no "%" of their own. */
function slugOf(tagValue: string): string {
  try {
    return decodeURIComponent(tagValue);
  } catch {
    return tagValue;
  }
}

/** The addresses a front must drop when `tags` expire, each once. */
export function frontPathsFor(tags: Iterable<string>): string[] {
  const paths = new Set<string>();
  for (const tag of tags) {
    for (const path of pathsOfFixedTag[tag] ?? []) paths.add(path);
    for (const [prefix, pathsOf] of pathsOfTag) {
      if (tag.startsWith(prefix) && tag.length > prefix.length) for (const path of pathsOf(slugOf(tag.slice(prefix.length)))) paths.add(path);
    }
  }
  return [...paths];
}
