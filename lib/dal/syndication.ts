import "server-only";
import { and, asc, count, desc, eq, gte, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { articleAuthors, articles, articleTags, tags } from "@/db/schema/articles";
import { sections } from "@/db/schema/sections";
import { users } from "@/db/schema/users";
import type { ArticleDocument } from "@/lib/article-document";
import { coverJoin } from "./internal/cover";
import { isPublic, summaryColumns, toSummaries, type ArticleSummary } from "./public-articles";

// Reads for feeds and sitemaps: public stories only, like every public read.

export interface FeedArticle extends ArticleSummary {
  body: ArticleDocument;
  tags: { slug: string; name: string }[];
}

/** The newest public stories, whole, for the site's feed or one section's. */
export async function listFeedArticles(sectionSlug: string | null, limit: number): Promise<FeedArticle[]> {
  const rows = await getDb()
    .select({ ...summaryColumns, body: articles.body })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(...coverJoin)
    .where(sectionSlug ? and(isPublic(), eq(sections.slug, sectionSlug)) : isPublic())
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  if (rows.length === 0) return [];
  const [summaries, tagRows] = await Promise.all([
    toSummaries(rows),
    getDb()
      .select({ articleId: articleTags.articleId, slug: tags.slug, name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(inArray(articleTags.articleId, rows.map((row) => row.id)))
      .orderBy(asc(tags.name)),
  ]);
  return summaries.map((summary, index) => ({
    ...summary,
    body: rows[index]!.body,
    tags: tagRows.filter((tag) => tag.articleId === summary.id).map(({ slug, name }) => ({ slug, name })),
  }));
}

export interface SitemapStory {
  slug: string;
  publishedAt: string;
  updatedAt: string | null;
}

export async function countPublicArticles(): Promise<number> {
  const [row] = await getDb().select({ value: count() }).from(articles).where(isPublic());
  return row?.value ?? 0;
}

/** Public stories oldest first, so that a sitemap file keeps its URLs as new stories arrive. */
export async function listSitemapStories(offset: number, limit: number): Promise<SitemapStory[]> {
  const rows = await getDb()
    .select({ slug: articles.slug, publishedAt: articles.publishedAt, updatedAt: articles.updatedAt })
    .from(articles)
    .where(isPublic())
    .orderBy(asc(articles.publishedAt), asc(articles.id))
    .offset(offset)
    .limit(limit);
  return rows.map((row) => ({
    slug: row.slug,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    updatedAt: row.updatedAt?.toISOString() ?? null,
  }));
}

export interface SitemapListing {
  slug: string;
  lastModified: string | null;
}

/** Sections, tags and authors that have at least one public story, with their newest story's time. */
export async function listSitemapListings(): Promise<{ sections: SitemapListing[]; tags: SitemapListing[]; authors: SitemapListing[] }> {
  const newest = sql<Date | null>`max(${articles.publishedAt})`.mapWith(articles.publishedAt);
  const [sectionRows, tagRows, authorRows] = await Promise.all([
    getDb()
      .select({ slug: sections.slug, lastModified: newest })
      .from(sections)
      .innerJoin(articles, and(eq(articles.sectionId, sections.id), isPublic()))
      .groupBy(sections.slug)
      .orderBy(asc(sections.slug)),
    getDb()
      .select({ slug: tags.slug, lastModified: newest })
      .from(tags)
      .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
      .innerJoin(articles, and(eq(articles.id, articleTags.articleId), isPublic()))
      .groupBy(tags.slug)
      .orderBy(asc(tags.slug)),
    getDb()
      .select({ slug: users.slug, lastModified: newest })
      .from(users)
      .innerJoin(articleAuthors, eq(articleAuthors.userId, users.id))
      .innerJoin(articles, and(eq(articles.id, articleAuthors.articleId), isPublic()))
      .groupBy(users.slug)
      .orderBy(asc(users.slug)),
  ]);
  const listing = (rows: { slug: string | null; lastModified: Date | null }[]) =>
    rows.flatMap((row) => (row.slug ? [{ slug: row.slug, lastModified: row.lastModified?.toISOString() ?? null }] : []));
  return { sections: listing(sectionRows), tags: listing(tagRows), authors: listing(authorRows) };
}

export interface NewsSitemapStory {
  slug: string;
  headline: string;
  publishedAt: string;
  keywords: string[];
}

/** Stories published in the last `hours` hours (Google News reads two days), newest first. */
export async function listRecentStories(hours: number, limit = 1000): Promise<NewsSitemapStory[]> {
  const rows = await getDb()
    .select({ id: articles.id, slug: articles.slug, headline: articles.headline, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(isPublic(), gte(articles.publishedAt, new Date(Date.now() - hours * 3_600_000))))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  if (rows.length === 0) return [];
  const tagRows = await getDb()
    .select({ articleId: articleTags.articleId, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(inArray(articleTags.articleId, rows.map((row) => row.id)));
  return rows.map((row) => ({
    slug: row.slug,
    headline: row.headline,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    keywords: tagRows.filter((tag) => tag.articleId === row.id).map((tag) => tag.name),
  }));
}

