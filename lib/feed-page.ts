import { formatDateTime } from "@/lib/arabic/dates";
import type { FeedArticle } from "@/lib/dal/syndication";
import { ar } from "@/lib/i18n/ar";
import { articlePath } from "@/lib/routes";
import { escapeHtml } from "@/lib/xml-text";

// What a browser shows when a reader opens a feed's address: an Arabic page that says what a
// feed is and how to subscribe, with the feed's stories, instead of raw XML. Served in place of
// the feed to browser navigations only (see isBrowserNavigation); feed readers get the XML.
// Browsers no longer turn feeds into pages themselves: Chromium removed XSLT in version 155,
// and Firefox and WebKit are removing it too. The CSP allows the inline <style> (style-src
// 'unsafe-inline') and nothing here needs a script.

const t = ar.feeds.page;

/**
 * A browser opening the address, as opposed to a feed reader or a script fetching it: only
 * browsers send Sec-Fetch-Dest, and "document" only for a page they will show.
 */
export function isBrowserNavigation(request: Request): boolean {
  return request.headers.get("sec-fetch-dest") === "document";
}

const style = `
:root { color-scheme: light dark; --ink: #1b1b1b; --muted: #5a5750; --paper: #fbfaf7; --rule: #dcd8cf; --accent: #a61b1b; --box: #f1eee7; }
@media (prefers-color-scheme: dark) { :root { --ink: #ebe8e2; --muted: #a9a49a; --paper: #141619; --rule: #34383e; --accent: #ff7468; --box: #1c1f23; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--paper); color: var(--ink); font: 1.0625rem/1.8 "Noto Naskh Arabic", "Noto Kufi Arabic", Tahoma, sans-serif; }
main { max-inline-size: 46rem; margin-inline: auto; padding: 2rem 1rem 4rem; }
.kind { margin: 0; color: var(--accent); font-weight: 700; font-size: 0.9rem; }
h1 { margin: 0.25rem 0 0.5rem; font-size: 1.9rem; line-height: 1.4; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
.about { background: var(--box); border-inline-start: 4px solid var(--accent); padding: 0.5rem 1.25rem 1rem; margin-block: 1.5rem; }
.about p { margin: 0.25rem 0; }
code { font-size: 0.95rem; overflow-wrap: anywhere; }
a { color: inherit; }
ol { list-style: none; padding: 0; margin: 0; }
li { border-block-end: 1px solid var(--rule); padding-block: 0.75rem; }
li a { font-weight: 700; text-decoration: none; }
li a:hover, li a:focus-visible { text-decoration: underline; }
time { display: block; color: var(--muted); font-size: 0.85rem; }
`;

export interface FeedPage {
  title: string;
  description: string;
  /** The feed's own absolute address, to copy into a feed reader. */
  feedUrl: string;
  /** The site or section page the feed follows. */
  homeUrl: string;
  siteUrl: string;
}

/** The whole HTML document; every value is escaped. */
export function renderFeedPage(page: FeedPage, articles: FeedArticle[]): string {
  const items = articles
    .map(
      (article) =>
        `<li><a href="${escapeHtml(new URL(articlePath(article.slug), page.siteUrl).toString())}">${escapeHtml(article.headline)}</a>` +
        `<time datetime="${escapeHtml(article.publishedAt)}">${escapeHtml(formatDateTime(article.publishedAt))}</time></li>`,
    )
    .join("");
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(page.title)}</title>
<style>${style}</style>
</head>
<body>
<main>
<p class="kind">${escapeHtml(t.kind)}</p>
<h1>${escapeHtml(page.title)}</h1>
<p>${escapeHtml(page.description)}</p>
<section class="about" aria-labelledby="about-heading">
<h2 id="about-heading">${escapeHtml(t.whatTitle)}</h2>
<p>${escapeHtml(t.what)}</p>
<h2>${escapeHtml(t.howTitle)}</h2>
<p>${escapeHtml(t.how)}</p>
<p>${escapeHtml(t.address)} <code dir="ltr">${escapeHtml(page.feedUrl)}</code></p>
<p><a href="${escapeHtml(page.homeUrl)}">${escapeHtml(t.visit)}</a></p>
</section>
<h2>${escapeHtml(t.latest)}</h2>
<ol>${items}</ol>
</main>
</body>
</html>
`;
}
