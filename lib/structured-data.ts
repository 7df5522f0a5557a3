import { shortenAtWord } from "@/lib/shorten";

// JSON-LD for search engines (schema.org), built from DTOs. Pure functions: pages render the
// result with <JsonLd>, which serialises it with serializeJsonLd.

/** Google reads at most this many characters of a NewsArticle's headline. */
export const JSON_LD_HEADLINE_MAX = 110;

export interface SiteIdentity {
  /** Absolute origin, e.g. https://khabar.example */
  url: string;
  name: string;
  logo: string;
  language: string;
}

export interface ArticleForJsonLd {
  slug: string;
  /** The SEO title where the desk wrote one, else the headline; cut to JSON_LD_HEADLINE_MAX here. */
  headline: string;
  description: string;
  url: string;
  publishedAt: string;
  updatedAt: string | null;
  section: { name: string; url: string };
  /** People, or desks and agencies (organization: true). */
  authors: { name: string; url: string | null; organization?: boolean }[];
  tags: string[];
  images: string[];
  /** Published corrections, oldest first; the story page lists the same ones. */
  corrections?: { text: string; correctedAt: string }[];
  /** Live coverage: a LiveBlogPosting, with the updates on the page. */
  live?: {
    startedAt: string;
    endedAt: string | null;
    updates: { id: number; headline: string; text: string; publishedAt: string; editedAt: string | null }[];
  };
}

type JsonLd = Record<string, unknown>;

const absolute = (site: SiteIdentity, path: string) => new URL(path, site.url).toString();

function publisher(site: SiteIdentity): JsonLd {
  return {
    "@type": "NewsMediaOrganization",
    "@id": `${site.url}/#publisher`,
    name: site.name,
    url: absolute(site, "/"),
    logo: { "@type": "ImageObject", url: absolute(site, site.logo) },
  };
}

export function newsArticleJsonLd(article: ArticleForJsonLd, site: SiteIdentity): JsonLd {
  const url = absolute(site, article.url);
  return {
    "@context": "https://schema.org",
    "@type": article.live ? "LiveBlogPosting" : "NewsArticle",
    "@id": `${url}#article`,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: shortenAtWord(article.headline, JSON_LD_HEADLINE_MAX),
    description: article.description,
    inLanguage: site.language,
    datePublished: article.publishedAt,
    dateModified: article.updatedAt ?? article.publishedAt,
    articleSection: article.section.name,
    keywords: article.tags,
    image: article.images.map((image) => absolute(site, image)),
    author: article.authors.map((author) => ({
      "@type": author.organization ? "Organization" : "Person",
      name: author.name,
      ...(author.url ? { url: absolute(site, author.url) } : {}),
    })),
    publisher: publisher(site),
    isAccessibleForFree: true,
    ...(article.corrections && article.corrections.length > 0
      ? {
          correction: article.corrections.map((correction) => ({
            "@type": "CorrectionComment",
            text: correction.text,
            datePublished: correction.correctedAt,
          })),
        }
      : {}),
    ...(article.live ? liveBlogFields(article.live, url) : {}),
  };
}

function liveBlogFields(live: NonNullable<ArticleForJsonLd["live"]>, url: string): JsonLd {
  return {
    coverageStartTime: live.startedAt,
    ...(live.endedAt ? { coverageEndTime: live.endedAt } : {}),
    liveBlogUpdate: live.updates.map((update) => ({
      "@type": "BlogPosting",
      "@id": `${url}#update-${update.id}`,
      url: `${url}#update-${update.id}`,
      headline: shortenAtWord(update.headline || update.text, JSON_LD_HEADLINE_MAX),
      articleBody: update.text,
      datePublished: update.publishedAt,
      dateModified: update.editedAt ?? update.publishedAt,
    })),
  };
}

/** The trail to a page; its last crumb, the page itself, needs no URL (search engines take the page's). */
export function breadcrumbJsonLd(items: { name: string; url?: string }[], site: SiteIdentity): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      ...(item.url ? { item: absolute(site, item.url) } : {}),
    })),
  };
}

export function websiteJsonLd(site: SiteIdentity, searchUrlTemplate: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    "@id": `${site.url}/#website`,
    name: site.name,
    url: absolute(site, "/"),
    inLanguage: site.language,
    publisher: publisher(site),
    potentialAction: {
      "@type": "SearchAction",
      target: { "@type": "EntryPoint", urlTemplate: absolute(site, searchUrlTemplate).replace("%7B", "{").replace("%7D", "}") },
      "query-input": "required name=search_term_string",
    },
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<` is escaped so that no string (a
 * headline containing "</script>", say) can close the element; `>`, `&` and the JavaScript line
 * separators are escaped too, which any JSON parser reads back unchanged.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
