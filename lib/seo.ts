import type { Metadata } from "next";
import { plainTextOf, type ArticleDocument, type ArticleImageAttrs } from "@/lib/article-document";
import { env } from "@/lib/env";
import { ar } from "@/lib/i18n/ar";
import { mediaPath, variantWidthsFor } from "@/lib/media/image-variants";
import { feedPath } from "@/lib/routes";
import { shortenAtWord } from "@/lib/shorten";
import { JSON_LD_HEADLINE_MAX, type SiteIdentity } from "@/lib/structured-data";

// Shared pieces of page metadata. Next merges metadata one key deep, so a page that sets
// `alternates` or `openGraph` must repeat the site-wide parts: these helpers do that.

export interface ShareImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

export const DEFAULT_SHARE_IMAGE: ShareImage = { url: "/og-default.png", width: 1200, height: 630, alt: ar.site.name };

/** The image a shared link shows: the story's lead photo at its largest stored size, else the site's card. */
export function shareImageFor(cover: ArticleImageAttrs | null): ShareImage {
  if (!cover) return DEFAULT_SHARE_IMAGE;
  const width = variantWidthsFor(cover.width).at(-1)!;
  return {
    url: mediaPath(cover.imageId, width),
    width,
    height: Math.round((cover.height * width) / cover.width),
    alt: cover.alt || ar.site.name,
  };
}

export const site: SiteIdentity = {
  url: new URL(env.SITE_URL).origin,
  name: ar.site.name,
  logo: "/logo.png",
  language: "ar",
};

/** A 404 page's title ("الصفحة غير موجودة | خبر"), kept out of search engines. */
export const notFoundMetadata: Metadata = { title: ar.errors.notFoundTitle, robots: { index: false } };

/** The canonical URL plus the feeds a reader's feed finder should offer on this page. */
export function alternatesFor(canonical: string | null, sectionFeed?: { slug: string; name: string }): Metadata["alternates"] {
  const rss: { url: string; title: string }[] = [{ url: feedPath("rss"), title: ar.feeds.title }];
  const atom: { url: string; title: string }[] = [{ url: feedPath("atom"), title: ar.feeds.title }];
  if (sectionFeed) {
    rss.push({ url: feedPath("rss", sectionFeed.slug), title: ar.feeds.sectionTitle(sectionFeed.name) });
    atom.push({ url: feedPath("atom", sectionFeed.slug), title: ar.feeds.sectionTitle(sectionFeed.name) });
  }
  return { ...(canonical ? { canonical } : {}), types: { "application/rss+xml": rss, "application/atom+xml": atom } };
}

/** OpenGraph for a listing page (section, tag, author, home), with the site's defaults. */
export function openGraphFor(page: { title: string; description: string; url: string; type?: "website" | "profile" }): Metadata["openGraph"] {
  return {
    type: page.type ?? "website",
    locale: "ar_AR",
    siteName: ar.site.name,
    title: page.title,
    description: page.description,
    url: page.url,
    images: [DEFAULT_SHARE_IMAGE],
  };
}

/** A plain-text description of at most `length` characters, cut at a word. */
export function describe(dek: string, body: ArticleDocument, length = 160): string {
  return shortenAtWord(dek || plainTextOf(body), length);
}

/**
 * What search engines get as a story's title (<title> and the JSON-LD headline): the SEO title
 * where the desk wrote one, else the headline, at most 110 characters either way.
 */
export function searchTitle(article: { seoTitle: string; headline: string }): string {
  return shortenAtWord(article.seoTitle || article.headline, JSON_LD_HEADLINE_MAX);
}
