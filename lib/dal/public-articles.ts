import "server-only";
import { and, asc, count, desc, eq, inArray, lte, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { articleAuthors, articleSlugHistory, articles, articleTags, tags } from "@/db/schema/articles";
import { sections } from "@/db/schema/sections";
import { users } from "@/db/schema/users";
import type { ArticleDocument } from "@/lib/article-document";

// Public reads: "only published" is a WHERE clause here, never a check left to the page.
// DTOs carry ISO date strings so that they survive Next's data cache unchanged.

export interface AuthorRef {
  name: string;
  slug: string | null;
}

export interface ArticleSummary {
  id: string;
  slug: string;
  headline: string;
  kicker: string;
  dek: string;
  section: { slug: string; name: string };
  authors: AuthorRef[];
  publishedAt: string;
  updatedAt: string | null;
  isBreaking: boolean;
  /** Approved comments; lists show it, the story page reads the live figure with its thread. */
  commentCount: number;
}

export interface ArticleDetail extends ArticleSummary {
  body: ArticleDocument;
  language: string;
  direction: "rtl" | "ltr";
  tags: { slug: string; name: string }[];
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
}

function isPublic(): SQL {
  return and(eq(articles.status, "published"), lte(articles.publishedAt, new Date()))!;
}

const summaryColumns = {
  id: articles.id,
  slug: articles.slug,
  headline: articles.headline,
  kicker: articles.kicker,
  dek: articles.dek,
  sectionSlug: sections.slug,
  sectionName: sections.name,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  isBreaking: articles.isBreaking,
  commentCount: articles.commentCount,
};

type SummaryRow = {
  id: string;
  slug: string;
  headline: string;
  kicker: string;
  dek: string;
  sectionSlug: string;
  sectionName: string;
  publishedAt: Date | null;
  updatedAt: Date | null;
  isBreaking: boolean;
  commentCount: number;
};

async function authorsByArticle(articleIds: string[]): Promise<Map<string, AuthorRef[]>> {
  const byArticle = new Map<string, AuthorRef[]>();
  if (articleIds.length === 0) return byArticle;
  const rows = await getDb()
    .select({ articleId: articleAuthors.articleId, name: users.displayName, slug: users.slug })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(inArray(articleAuthors.articleId, articleIds))
    .orderBy(asc(articleAuthors.position));
  for (const { articleId, ...author } of rows) {
    byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), author]);
  }
  return byArticle;
}

async function toSummaries(rows: SummaryRow[]): Promise<ArticleSummary[]> {
  const authors = await authorsByArticle(rows.map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    headline: row.headline,
    kicker: row.kicker,
    dek: row.dek,
    section: { slug: row.sectionSlug, name: row.sectionName },
    authors: authors.get(row.id) ?? [],
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    updatedAt: row.updatedAt?.toISOString() ?? null,
    isBreaking: row.isBreaking,
    commentCount: row.commentCount,
  }));
}

function publicSummaries(where?: SQL) {
  return getDb()
    .select(summaryColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(where ? and(isPublic(), where) : isPublic())
    .orderBy(desc(articles.publishedAt), desc(articles.id));
}

export async function getPublishedArticle(slug: string): Promise<ArticleDetail | null> {
  const [row] = await getDb()
    .select({ ...summaryColumns, body: articles.body, language: articles.language, direction: articles.direction })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(and(isPublic(), eq(articles.slug, slug)));
  if (!row) return null;

  const [summaries, tagRows] = await Promise.all([
    toSummaries([row]),
    getDb()
      .select({ slug: tags.slug, name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, row.id))
      .orderBy(asc(tags.name)),
  ]);
  return {
    ...summaries[0]!,
    body: row.body,
    language: row.language,
    direction: row.direction === "ltr" ? "ltr" : "rtl",
    tags: tagRows,
  };
}

/** The current slug of a published story that used to live at `oldSlug`, for redirects. */
export async function findRenamedArticleSlug(oldSlug: string): Promise<string | null> {
  const [row] = await getDb()
    .select({ slug: articles.slug })
    .from(articleSlugHistory)
    .innerJoin(articles, eq(articles.id, articleSlugHistory.articleId))
    .where(and(eq(articleSlugHistory.slug, oldSlug), isPublic()));
  return row?.slug ?? null;
}

export async function listLatestArticles(limit: number): Promise<ArticleSummary[]> {
  return toSummaries(await publicSummaries().limit(limit));
}

export async function listBreakingArticles(): Promise<ArticleSummary[]> {
  return toSummaries(await publicSummaries(eq(articles.isBreaking, true)).limit(3));
}

export async function listSectionArticles(sectionSlug: string, limit: number): Promise<ArticleSummary[]> {
  return toSummaries(await publicSummaries(eq(sections.slug, sectionSlug)).limit(limit));
}

export async function pageSectionArticles(
  sectionSlug: string,
  page: number,
  pageSize: number,
): Promise<Page<ArticleSummary>> {
  const inSection = eq(sections.slug, sectionSlug);
  const [rows, [total]] = await Promise.all([
    publicSummaries(inSection)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    getDb()
      .select({ value: count() })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(isPublic(), inSection)),
  ]);
  return {
    items: await toSummaries(rows),
    page,
    pageCount: Math.max(1, Math.ceil((total?.value ?? 0) / pageSize)),
  };
}
