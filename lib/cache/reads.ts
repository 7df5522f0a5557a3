import "server-only";
import { cache } from "react";
import { cacheTags } from "@/lib/cache/tags";
import type { ThreadOrder } from "@/lib/comments/types";
import * as commentSettingsDal from "@/lib/dal/comment-settings";
import * as commentThreadsDal from "@/lib/dal/comment-threads";
import * as publicArticles from "@/lib/dal/public-articles";
import * as publicLive from "@/lib/dal/public-live";
import * as withdrawnStories from "@/lib/dal/withdrawn-stories";
import * as authorsDal from "@/lib/dal/authors";
import * as search from "@/lib/dal/search";
import * as syndication from "@/lib/dal/syndication";
import * as tagsDal from "@/lib/dal/tags";
import * as sectionsDal from "@/lib/dal/sections";
import { cached } from "@/lib/cache/next-cache";
import { keptSearchRoute } from "@/lib/search/kept-route";
import { foldSearchQuery } from "@/lib/search/query";

// Public pages read through here: each read is kept in Next's data cache under the tags
// that publishing invalidates (see next-cache.ts).

const found = (result: unknown) => result !== null;
const pageWithItems = (result: { items: unknown[] }, _slug: string, page: string) => page === "1" || result.items.length > 0;

export const getArticle = cached(
  "article",
  (slug: string) => publicArticles.getPublishedArticle(slug),
  (slug) => [cacheTags.article(slug), cacheTags.allArticles],
  found,
);

export const findRenamedArticleSlug = cached(
  "renamed-article",
  (slug: string) => publicArticles.findRenamedArticleSlug(slug),
  (slug) => [cacheTags.article(slug), cacheTags.allArticles],
  found,
);

/** A withdrawn story's notice; withdrawing expires the story's tag, putting it back on the site does too. */
export const getWithdrawalNotice = cached(
  "withdrawn-article",
  (slug: string) => withdrawnStories.getWithdrawalNotice(slug),
  (slug) => [cacheTags.article(slug), cacheTags.allArticles],
  found,
);

/** A page of a live story's updates; the story's tag expires with every update readers see. */
export const getLiveCoverage = cached(
  "live-coverage",
  (articleId: string, _slug: string, page: string) => publicLive.getLiveCoveragePage(articleId, Number(page)),
  (_articleId, slug) => [cacheTags.article(slug)],
  found,
);

/** The breaking strip on every public page. */
export const getBreakingNews = cached("breaking", () => publicLive.getBreakingNews(), () => [cacheTags.home, cacheTags.allArticles]);

const LATEST_ON_FRONT_PAGE = 8;

export const getHomePage = cached(
  "home",
  async () => {
    const [photographedLead, newest, sections] = await Promise.all([
      publicArticles.findLeadArticle(),
      publicArticles.listLatestArticles(LATEST_ON_FRONT_PAGE + 1),
      sectionsDal.listSections(),
    ]);
    const lead = photographedLead ?? newest[0] ?? null;
    const latest = newest.filter((article) => article.id !== lead?.id).slice(0, LATEST_ON_FRONT_PAGE);
    const rails = await Promise.all(
      sections.map(async (section) => ({
        section,
        articles: await publicArticles.listSectionArticles(section.slug, 4),
      })),
    );
    return { lead, latest, rails: rails.filter((rail) => rail.articles.length > 0) };
  },
  () => [cacheTags.home, cacheTags.allArticles, cacheTags.sections, cacheTags.commentCounts],
);

export const listSections = cached("sections", () => sectionsDal.listSections(), () => [cacheTags.sections]);

export const getSection = cached(
  "section",
  (slug: string) => sectionsDal.getSection(slug),
  (slug) => [cacheTags.section(slug), cacheTags.sections],
  found,
);

export const SECTION_PAGE_SIZE = 12;

export const getSectionPage = cached(
  "section-page",
  (slug: string, page: string) => publicArticles.pageSectionArticles(slug, Number(page), SECTION_PAGE_SIZE),
  (slug) => [cacheTags.section(slug), cacheTags.allArticles, cacheTags.commentCounts],
  pageWithItems,
);

// Comment threads change often and independently of the story around them: each read is
// tagged with the story's comments tag, which every change to what the public sees expires.

export const getCommentSettings = cached(
  "comment-settings",
  () => commentSettingsDal.getCommentSettings(),
  () => [cacheTags.commentSettings],
);

export const getThreadArticle = cached(
  "thread-article",
  (articleId: string) => commentThreadsDal.getThreadArticle({ id: articleId }),
  (articleId) => [cacheTags.comments(articleId), cacheTags.allArticles, cacheTags.commentSettings],
  found,
);

export const getThreadPage = cached(
  "thread-page",
  (articleId: string, order: ThreadOrder, after: string) => commentThreadsDal.listThreadPage(articleId, order, after || null),
  (articleId) => [cacheTags.comments(articleId)],
  (page, _articleId, _order, after) => after === "" || page.comments.length > 0,
);

export const getCommentWithReplies = cached(
  "thread-replies",
  (articleId: string, commentId: string, after: string) => commentThreadsDal.getCommentWithReplies(articleId, commentId, after || null),
  (articleId) => [cacheTags.comments(articleId)],
  (thread, _articleId, _commentId, after) => thread !== null && (after === "" || thread.replies.length > 0),
);

export const getRelatedArticles = cached(
  "related",
  (slug: string, articleId: string) => publicArticles.listRelatedArticles(articleId, 4),
  (slug) => [cacheTags.article(slug), cacheTags.allArticles],
);

export const LISTING_PAGE_SIZE = 12;

export const getTag = cached("tag", (slug: string) => tagsDal.getTag(slug), (slug) => [cacheTags.tag(slug)], found);

export const getTagPage = cached(
  "tag-page",
  (slug: string, page: string) => publicArticles.pageTagArticles(slug, Number(page), LISTING_PAGE_SIZE),
  (slug) => [cacheTags.tag(slug), cacheTags.allArticles],
  pageWithItems,
);

export const getAuthor = cached("author", (slug: string) => authorsDal.getAuthor(slug), (slug) => [cacheTags.author(slug)], found);

export const getAuthorPage = cached(
  "author-page",
  (slug: string, page: string) => publicArticles.pageAuthorArticles(slug, Number(page), LISTING_PAGE_SIZE),
  (slug) => [cacheTags.author(slug), cacheTags.allArticles],
  pageWithItems,
);

// Feeds and sitemaps: route handlers render them per request from these tagged entries, so a
// publication reaches them as soon as `allArticles` is invalidated.
export const FEED_SIZE = 50;

export const getFeedArticles = cached(
  "feed",
  (section: string) => syndication.listFeedArticles(section || null, FEED_SIZE),
  (section) => [cacheTags.feeds, cacheTags.allArticles, ...(section ? [cacheTags.section(section)] : [])],
);

export const countPublicArticles = cached(
  "public-article-count",
  () => syndication.countPublicArticles(),
  () => [cacheTags.sitemaps, cacheTags.allArticles],
);

export const getSitemapStories = cached(
  "sitemap-stories",
  (offset: string, limit: string) => syndication.listSitemapStories(Number(offset), Number(limit)),
  () => [cacheTags.sitemaps, cacheTags.allArticles],
  (stories, offset) => offset === "0" || stories.length > 0,
);

export const getSitemapListings = cached(
  "sitemap-listings",
  () => syndication.listSitemapListings(),
  () => [cacheTags.sitemaps, cacheTags.allArticles, cacheTags.sections],
);

export const getRecentStories = cached(
  "news-sitemap",
  () => syndication.listRecentStories(48),
  () => [cacheTags.sitemaps, cacheTags.allArticles],
);

export const SEARCH_PAGE_SIZE = 10;

// Results are kept under the rule that keeps whole results pages (lib/search/kept-route.ts): a
// search that found something and has a kept page. Their tags go on the page, so publishing,
// changing or taking down a story, or changing the synonyms, expires both.
const cachedSearch = cached(
  "search",
  (q: string, section: string, from: string, to: string, page: string) =>
    search.searchArticles(q, { section: section || null, from: from || null, to: to || null }, Number(page), SEARCH_PAGE_SIZE),
  () => [cacheTags.allArticles, cacheTags.search],
  (results, q, section, from, to, page) =>
    results.items.length > 0 && keptSearchRoute({ q, section: section || null, from: from || null, to: to || null, page: Number(page) }) !== null,
);

export const searchStories = (q: string, section: string | null, from: string | null, to: string | null, page: number) =>
  cachedSearch(foldSearchQuery(q), section ?? "", from ?? "", to ?? "", String(page));

export const searchCorrection = cache((q: string, section: string | null, from: string | null, to: string | null, found: number) =>
  search.searchCorrection(q, { section, from, to }, found),
);

export const searchSuggestions = cache((q: string, section: string | null, from: string | null, to: string | null) =>
  search.searchSuggestions(q, { section, from, to }),
);
