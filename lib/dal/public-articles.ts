import "server-only";
import { and, asc, count, desc, eq, exists, inArray, isNotNull, lte, ne, notInArray, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { articleAuthors, articleSlugHistory, articles, articleTags, tags } from "@/db/schema/articles";
import { articleCorrections, type CorrectionType } from "@/db/schema/editorial";
import type { CommentMode } from "@/db/schema/enums";
import { sections } from "@/db/schema/sections";
import { users } from "@/db/schema/users";
import type { ArticleDocument, ArticleImageAttrs } from "@/lib/article-document";
import { coverColumns, coverJoin, coverOf, type CoverRow } from "./internal/cover";

// Public reads: "only published" is a WHERE clause here, never a check left to the page.
// DTOs carry ISO date strings so that they survive Next's data cache unchanged.

export interface AuthorRef {
  name: string;
  slug: string | null;
  /** A desk or an agency rather than a person. */
  organization: boolean;
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
  /** The lead photo, with its alt text, caption and credit; null when the story has none. */
  cover: ArticleImageAttrs | null;
}

export interface CorrectionDto {
  type: CorrectionType;
  note: string;
  createdAt: string;
}

export interface ArticleDetail extends ArticleSummary {
  body: ArticleDocument;
  language: string;
  direction: "rtl" | "ltr";
  tags: { slug: string; name: string }[];
  dateline: string;
  source: string;
  seoTitle: string;
  seoDescription: string;
  commentMode: CommentMode;
  corrections: CorrectionDto[];
  /** Live coverage (lib/dal/public-live.ts), or null for a story told once. */
  coverage: { startedAt: string; endedAt: string | null } | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
}

/** Published and due: the one definition of "public" that every public read filters on. */
export function isPublic(): SQL {
  return and(eq(articles.status, "published"), lte(articles.publishedAt, new Date()))!;
}

export const summaryColumns = {
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
  // Every query selecting these left-joins `images` on the cover (coverJoin).
  ...coverColumns,
};

export type SummaryRow = {
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
  // Cover fields are absent where a query reads no cover (search results).
} & CoverRow;

async function authorsByArticle(articleIds: string[]): Promise<Map<string, AuthorRef[]>> {
  const byArticle = new Map<string, AuthorRef[]>();
  if (articleIds.length === 0) return byArticle;
  const rows = await getDb()
    .select({ articleId: articleAuthors.articleId, name: users.displayName, slug: users.slug, organization: users.isOrganization })
    .from(articleAuthors)
    .innerJoin(users, eq(users.id, articleAuthors.userId))
    .where(inArray(articleAuthors.articleId, articleIds))
    .orderBy(asc(articleAuthors.position));
  for (const { articleId, ...author } of rows) {
    byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), author]);
  }
  return byArticle;
}

export async function toSummaries(rows: SummaryRow[]): Promise<ArticleSummary[]> {
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
    cover: coverOf(row),
  }));
}

function publicSummaries(where?: SQL) {
  return getDb()
    .select(summaryColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(...coverJoin)
    .where(where ? and(isPublic(), where) : isPublic())
    .orderBy(desc(articles.publishedAt), desc(articles.id));
}

const detailColumns = {
  ...summaryColumns,
  body: articles.body,
  language: articles.language,
  direction: articles.direction,
  dateline: articles.dateline,
  source: articles.source,
  seoTitle: articles.seoTitle,
  seoDescription: articles.seoDescription,
  commentMode: articles.commentMode,
  coverageStartedAt: articles.coverageStartedAt,
  coverageEndedAt: articles.coverageEndedAt,
};

/**
 * A story as readers see it: a public one by its slug, or any story by its id, for the editorial
 * preview, which has checked that the viewer may edit it. Callers name a story, never a condition.
 */
export async function loadArticleDetail(story: { publicSlug: string } | { anyStatusId: string }): Promise<ArticleDetail | null> {
  const where = "publicSlug" in story ? and(isPublic(), eq(articles.slug, story.publicSlug)) : eq(articles.id, story.anyStatusId);
  const [row] = await getDb()
    .select(detailColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(...coverJoin)
    .where(where);
  if (!row) return null;

  const [summaries, tagRows, corrections] = await Promise.all([
    toSummaries([row]),
    getDb()
      .select({ slug: tags.slug, name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, row.id))
      .orderBy(asc(tags.name)),
    getDb()
      .select({ type: articleCorrections.type, note: articleCorrections.note, createdAt: articleCorrections.createdAt })
      .from(articleCorrections)
      .where(eq(articleCorrections.articleId, row.id))
      .orderBy(asc(articleCorrections.createdAt), asc(articleCorrections.id)),
  ]);
  return {
    ...summaries[0]!,
    body: row.body,
    language: row.language,
    direction: row.direction === "ltr" ? "ltr" : "rtl",
    tags: tagRows,
    dateline: row.dateline,
    source: row.source,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    commentMode: row.commentMode,
    corrections: corrections.map((correction) => ({ ...correction, createdAt: correction.createdAt.toISOString() })),
    coverage: row.coverageStartedAt
      ? { startedAt: row.coverageStartedAt.toISOString(), endedAt: row.coverageEndedAt?.toISOString() ?? null }
      : null,
  };
}

export async function getPublishedArticle(slug: string): Promise<ArticleDetail | null> {
  return loadArticleDetail({ publicSlug: slug });
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

/** The front page's lead: the newest story with a photograph, so the page never opens on text alone. */
export async function findLeadArticle(): Promise<ArticleSummary | null> {
  const [lead] = await toSummaries(await publicSummaries(isNotNull(articles.coverImageId)).limit(1));
  return lead ?? null;
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
  return pagePublicArticles(eq(sections.slug, sectionSlug), page, pageSize);
}

/** A tag's public stories, newest first. */
export async function pageTagArticles(tagSlug: string, page: number, pageSize: number): Promise<Page<ArticleSummary>> {
  const tagged = exists(
    getDb()
      .select({ one: sql`1` })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(and(eq(articleTags.articleId, articles.id), eq(tags.slug, tagSlug))),
  );
  return pagePublicArticles(tagged, page, pageSize);
}

/** The public stories an author is credited on, newest first. */
export async function pageAuthorArticles(authorSlug: string, page: number, pageSize: number): Promise<Page<ArticleSummary>> {
  const credited = exists(
    getDb()
      .select({ one: sql`1` })
      .from(articleAuthors)
      .innerJoin(users, eq(users.id, articleAuthors.userId))
      .where(and(eq(articleAuthors.articleId, articles.id), eq(users.slug, authorSlug))),
  );
  return pagePublicArticles(credited, page, pageSize);
}

/**
 * Stories related to `articleId`: those sharing the most tags first, then the newest from its
 * section; never the story itself.
 */
export async function listRelatedArticles(articleId: string, limit: number): Promise<ArticleSummary[]> {
  const [own] = await getDb().select({ sectionId: articles.sectionId }).from(articles).where(eq(articles.id, articleId));
  if (!own) return [];
  const shared = getDb()
    .select({ articleId: articleTags.articleId, count: sql<number>`count(*)::int`.as("shared_count") })
    .from(articleTags)
    .where(
      and(
        ne(articleTags.articleId, articleId),
        inArray(
          articleTags.tagId,
          getDb().select({ tagId: articleTags.tagId }).from(articleTags).where(eq(articleTags.articleId, articleId)),
        ),
      ),
    )
    .groupBy(articleTags.articleId)
    .as("shared");
  const byTags = await getDb()
    .select(summaryColumns)
    .from(articles)
    .innerJoin(shared, eq(shared.articleId, articles.id))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(...coverJoin)
    .where(isPublic())
    .orderBy(desc(shared.count), desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  const chosen = [articleId, ...byTags.map((row) => row.id)];
  const fromSection =
    byTags.length < limit
      ? await publicSummaries(and(eq(articles.sectionId, own.sectionId), notInArray(articles.id, chosen))).limit(
          limit - byTags.length,
        )
      : [];
  return toSummaries([...byTags, ...fromSection]);
}

async function pagePublicArticles(where: SQL, page: number, pageSize: number): Promise<Page<ArticleSummary>> {
  const [rows, [total]] = await Promise.all([
    publicSummaries(where)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    getDb()
      .select({ value: count() })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(and(isPublic(), where)),
  ]);
  return {
    items: await toSummaries(rows),
    page,
    pageCount: Math.max(1, Math.ceil((total?.value ?? 0) / pageSize)),
  };
}
