import type { Metadata } from "next";
import { plainTextOf, type ArticleDocument } from "@/lib/article-document";
import { env } from "@/lib/env";
import { ar } from "@/lib/i18n/ar";
import { feedPath } from "@/lib/routes";
import type { SiteIdentity } from "@/lib/structured-data";

// Shared pieces of page metadata. Next merges metadata one key deep, so a page that sets
// `alternates` or `openGraph` must repeat the site-wide parts: these helpers do that.

export const DEFAULT_SHARE_IMAGE = { url: "/og-default.png", width: 1200, height: 630, alt: ar.site.name };

export const site: SiteIdentity = {
  url: new URL(env.SITE_URL).origin,
  name: ar.site.name,
  logo: "/logo.png",
  language: "ar",
};

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

/** A plain-text description of at most about `length` characters, cut at a word. */
export function describe(dek: string, body: ArticleDocument, length = 160): string {
  const text = (dek || plainTextOf(body)).replace(/\s+/g, " ").trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), length / 2))}…`;
}
