import { asc, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
import { SEARCH_FORM_VERSION, searchDocumentOf, vocabularyOf } from "@/lib/search/document";
import type { Database } from "@/db/client";
import { articles, articleTags, tags } from "@/db/schema/articles";
import { articleSearch, searchVocabulary } from "@/db/schema/search";

// Keeps the search index (article_search) in step with articles. Whatever saves an article (the
// seed, the editor) calls reindexArticle in the same transaction whenever its text, tags, status,
// section or publication time change. The index holds every article whatever its status, and
// searches still filter "published and due" on articles itself.

type Executor = Pick<Database, "select" | "insert">;

/** (Re)writes the search document of one article from its current headline, text and tags. */
export async function reindexArticle(db: Executor, articleId: string): Promise<void> {
  await reindexArticles(db, [articleId]);
}

export async function reindexArticles(db: Executor, articleIds: readonly string[]): Promise<void> {
  if (articleIds.length === 0) return;
  const [rows, tagRows] = await Promise.all([
    db
      .select({
        id: articles.id,
        headline: articles.headline,
        kicker: articles.kicker,
        dek: articles.dek,
        body: articles.body,
        status: articles.status,
        publishedAt: articles.publishedAt,
        sectionId: articles.sectionId,
      })
      .from(articles)
      .where(inArray(articles.id, [...articleIds])),
    db
      .select({ articleId: articleTags.articleId, name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(inArray(articleTags.articleId, [...articleIds]))
      .orderBy(asc(tags.name)),
  ]);
  if (rows.length === 0) return;
  const tagsByArticle = new Map<string, string[]>();
  for (const { articleId, name } of tagRows) tagsByArticle.set(articleId, [...(tagsByArticle.get(articleId) ?? []), name]);

  const vocabulary = new Map<string, string>();
  const values = rows.map((row) => {
    const article = { ...row, tags: tagsByArticle.get(row.id) ?? [] };
    for (const [word, display] of vocabularyOf(article)) if (!vocabulary.has(word)) vocabulary.set(word, display);
    return {
      articleId: row.id,
      ...searchDocumentOf(article),
      listed: row.status === "published",
      publishedAt: row.publishedAt,
      sectionId: row.sectionId,
      indexedAt: new Date(),
      formVersion: SEARCH_FORM_VERSION,
    };
  });
  await db
    .insert(articleSearch)
    .values(values)
    .onConflictDoUpdate({
      target: articleSearch.articleId,
      set: {
        headline: sqlExcluded("headline"),
        summary: sqlExcluded("summary"),
        body: sqlExcluded("body"),
        listed: sqlExcluded("listed"),
        publishedAt: sqlExcluded("published_at"),
        sectionId: sqlExcluded("section_id"),
        indexedAt: sqlExcluded("indexed_at"),
        formVersion: sqlExcluded("form_version"),
      },
    });
  const words = [...vocabulary].map(([word, display]) => ({ word, display }));
  for (let start = 0; start < words.length; start += VOCABULARY_CHUNK) {
    await db.insert(searchVocabulary).values(words.slice(start, start + VOCABULARY_CHUNK)).onConflictDoNothing();
  }
}

const VOCABULARY_CHUNK = 5_000;

/**
 * Indexes articles that have no search document yet (rows from before the index existed), or
 * one written by an older SEARCH_FORM_VERSION.
 */
export async function indexUnindexedArticles(db: Database, batchSize = 200): Promise<number> {
  let total = 0;
  for (;;) {
    const missing = await db
      .select({ id: articles.id })
      .from(articles)
      .leftJoin(articleSearch, eq(articleSearch.articleId, articles.id))
      .where(or(isNull(articleSearch.articleId), lt(articleSearch.formVersion, SEARCH_FORM_VERSION)))
      .limit(batchSize);
    if (missing.length === 0) return total;
    await reindexArticles(db, missing.map((row) => row.id));
    total += missing.length;
  }
}

function sqlExcluded(column: string) {
  return sql.raw(`excluded."${column}"`);
}
