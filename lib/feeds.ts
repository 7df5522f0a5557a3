import { Feed } from "feed";
import { renderFeedHtml } from "@/lib/article-html";
import { escapeHtml, xmlSafe } from "@/lib/xml-text";
import type { FeedArticle } from "@/lib/dal/syndication";
import { ar } from "@/lib/i18n/ar";
import { articlePath, authorPath, feedPath, sectionPath, tagPath, type FeedFormat } from "@/lib/routes";

// RSS 2.0 and Atom 1.0 documents for the site or one section, with each story's full text.
// Titles and summaries are declared as HTML in Atom and are escaped as such; RSS authors go in
// dc:creator, since RSS's own <author> must be an e-mail address and staff addresses stay private.

// The package escapes only quotes and ampersands in attribute values (Atom category labels).
const attribute = (text: string) => xmlSafe(text).replace(/[<>]/g, "");

export interface FeedChannel {
  siteUrl: string;
  section: { slug: string; name: string; description: string } | null;
}

/** A feed's title, description, the page it follows and its own address, all absolute. */
export function describeFeed(format: FeedFormat, { siteUrl, section }: FeedChannel) {
  const absolute = (path: string) => new URL(path, siteUrl).toString();
  return {
    title: section ? ar.feeds.sectionTitle(section.name) : ar.feeds.title,
    description: section?.description || ar.site.description,
    homeUrl: absolute(section ? sectionPath(section.slug) : "/"),
    feedUrl: absolute(feedPath(format, section?.slug)),
  };
}

export function buildFeed(format: FeedFormat, channel: FeedChannel, articles: FeedArticle[]): string {
  const absolute = (path: string) => new URL(path, channel.siteUrl).toString();
  const { title, description, homeUrl: home, feedUrl } = describeFeed(format, channel);
  const newest = articles.map((article) => article.updatedAt ?? article.publishedAt).sort().at(-1);

  const feed = new Feed({
    title,
    description,
    id: home,
    link: home,
    language: "ar",
    image: absolute("/logo.png"),
    copyright: ar.feeds.copyright,
    updated: newest ? new Date(newest) : new Date(0),
    generator: ar.site.name,
    feedLinks: { [format]: feedUrl },
    author: { name: ar.site.name, link: absolute("/") },
  });

  for (const article of articles) {
    const url = absolute(articlePath(article.slug));
    const authors = article.authors.map((author) => ({
      name: xmlSafe(author.name),
      link: author.slug ? absolute(authorPath(author.slug)) : undefined,
    }));
    feed.addItem({
      // Atom declares its title type="html"; RSS titles are plain text.
      title: format === "atom" ? escapeHtml(article.headline) : xmlSafe(article.headline).replaceAll("]]>", "]] >"),
      id: url,
      link: url,
      description: escapeHtml(article.dek || article.kicker || article.headline),
      content: renderFeedHtml(article.body, new URL(url).origin, { lead: article.cover }),
      date: new Date(article.updatedAt ?? article.publishedAt),
      published: new Date(article.publishedAt),
      ...(format === "atom" ? { author: authors } : {}),
      category: [
        { name: attribute(article.section.name), domain: absolute(sectionPath(article.section.slug)) },
        ...article.tags.map((tag) => ({ name: attribute(tag.name), domain: absolute(tagPath(tag.slug)), term: attribute(tag.name) })),
      ],
      // The package writes an extension's objects through xml-js, which takes an array for repeated elements.
      extensions:
        format === "rss"
          ? [{ name: "dc:creator", objects: authors.map((author) => ({ _text: author.name })) as unknown as Record<string, unknown> }]
          : undefined,
    });
  }
  return format === "rss" ? feed.rss2() : atomInArabic(feed.atom1());
}

// The package writes no language on an Atom feed; xml:lang on the root covers every entry.
const atomInArabic = (xml: string) => xml.replace('<feed xmlns="http://www.w3.org/2005/Atom">', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">');
