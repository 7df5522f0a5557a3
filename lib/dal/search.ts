import "server-only";
import { and, count, desc, eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { selectRows } from "@/db/client";
import { articles } from "@/db/schema/articles";
import { articleSearch, SEARCH_CONFIG } from "@/db/schema/search";
import { sections } from "@/db/schema/sections";
import { plainTextOf } from "@/lib/article-document";
import { env } from "@/lib/env";
import { highlight, normalisedWordsOf, snippet, type TextPart, type WordMatcher } from "@/lib/search/highlight";
import { parseSearchQuery, toTsQuery, type ParsedQuery, type SearchTerm } from "@/lib/search/query";
import { isPublic, summaryColumns, toSummaries, type ArticleSummary, type Page } from "./public-articles";

// Full-text search over published stories. The index (article_search) holds normalised text;
// queries go through the same normaliser and are built from sanitised words (lib/search/query.ts).
// Ranking: a headline match outranks a dek or tag match, which outranks a body-only match; within
// a tier, ts_rank_cd decides; the total is scaled by a recency factor that fades over weeks, so the
// newer of two equal matches comes first.

export interface SearchFilters {
  section?: string | null;
  /** Inclusive calendar days (YYYY-MM-DD) in the newsroom's time zone. */
  from?: string | null;
  to?: string | null;
}

export interface SearchHit extends ArticleSummary {
  headlineParts: TextPart[];
  snippet: TextPart[];
}

export interface SearchResults extends Page<SearchHit> {
  query: string;
  total: number;
}

const config = sql`${SEARCH_CONFIG}::regconfig`;
const RANK_WEIGHTS = "{0.1,0.2,0.4,1.0}"; // D, C (body), B (kicker, dek, tags), A (headline)
const RECENCY_DAYS = 7;

const tsquery = (text: string) => sql`to_tsquery(${config}, ${text})`;

function filterConditions(filters: SearchFilters): SQL[] {
  const conditions: SQL[] = [];
  const zone = env.NEWSROOM_TIME_ZONE;
  if (filters.section) conditions.push(eq(sections.slug, filters.section));
  if (filters.from) conditions.push(sql`${articles.publishedAt} >= (${filters.from}::date::timestamp at time zone ${zone})`);
  if (filters.to) conditions.push(sql`${articles.publishedAt} < ((${filters.to}::date + 1)::timestamp at time zone ${zone})`);
  return conditions;
}

function matching(terms: readonly SearchTerm[], filters: SearchFilters): SQL | null {
  const query = toTsQuery(terms);
  if (!query) return null;
  return and(isPublic(), sql`${articleSearch.document} @@ ${tsquery(query)}`, ...filterConditions(filters))!;
}

async function countMatches(where: SQL): Promise<number> {
  const [row] = await getDb()
    .select({ value: count() })
    .from(articleSearch)
    .innerJoin(articles, eq(articles.id, articleSearch.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(where);
  return row?.value ?? 0;
}

export async function searchArticles(
  rawQuery: string,
  filters: SearchFilters,
  page: number,
  pageSize: number,
): Promise<SearchResults> {
  const parsed = parseSearchQuery(rawQuery);
  const empty = { query: parsed.text, items: [], total: 0, page, pageCount: 1 };
  const where = matching(parsed.terms, filters);
  if (!where) return empty;

  const all = tsquery(toTsQuery(parsed.terms)!);
  const inHeadline = tsquery(toTsQuery(parsed.terms, "A")!);
  const inSummary = tsquery(toTsQuery(parsed.terms, "AB")!);
  const document = articleSearch.document;
  const score = sql`(
      (case when ${document} @@ ${inHeadline} then 2 when ${document} @@ ${inSummary} then 1 else 0 end)
      + ts_rank_cd(${RANK_WEIGHTS}::float4[], ${document}, ${all}, 32)
    ) * (1 + 0.5 / (1 + extract(epoch from (now() - ${articles.publishedAt})) / ${RECENCY_DAYS * 86_400}))`;

  const rows = await getDb()
    .select({ ...summaryColumns, body: articles.body, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(articleSearch)
    .innerJoin(articles, eq(articles.id, articleSearch.articleId))
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(where)
    .orderBy(desc(score), desc(articles.publishedAt), desc(articles.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);

  const total = rows[0]?.total ?? (page > 1 ? await countMatches(where) : 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (rows.length === 0) return { ...empty, total, pageCount };

  const [summaries, isMatch] = await Promise.all([
    toSummaries(rows),
    wordMatcher(parsed, rows.flatMap((row) => [row.headline, row.dek, plainTextOf(row.body)])),
  ]);
  const items = summaries.map((summary, index): SearchHit => {
    const row = rows[index]!;
    const fromBody = snippet(plainTextOf(row.body), isMatch);
    const fromDek = row.dek ? snippet(row.dek, isMatch) : null;
    return {
      ...summary,
      headlineParts: highlight(row.headline, isMatch),
      snippet: (fromDek && (fromDek.matched || !fromBody.matched) ? fromDek : fromBody).parts,
    };
  });
  return { query: parsed.text, items, total, page, pageCount };
}

/**
 * Decides which words of a result to mark, the way the index matched them: both the words and
 * the query terms go through the database's text-search configuration (stemmer included).
 */
async function wordMatcher(parsed: ParsedQuery, texts: string[]): Promise<WordMatcher> {
  const termSpellings = parsed.terms.flatMap((term) => term.spellings);
  const words = [...new Set([...normalisedWordsOf(texts), ...termSpellings])];
  const rows = await selectRows<{ word: string; lexemes: string[] }>(
    getDb(),
    sql`select value as word, tsvector_to_array(to_tsvector(${config}, value)) as lexemes
        from json_array_elements_text(${JSON.stringify(words)}::json)`,
  );
  const lexemesOf = new Map(rows.map((row) => [row.word, row.lexemes]));
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of parsed.terms) {
    term.spellings.forEach((spelling, index) => {
      for (const lexeme of lexemesOf.get(spelling) ?? []) {
        if (term.prefix && index === 0) prefixes.push(lexeme);
        else exact.add(lexeme);
      }
    });
  }
  return (word) =>
    (lexemesOf.get(word) ?? []).some(
      (lexeme) => exact.has(lexeme) || prefixes.some((prefix) => lexeme.startsWith(prefix)),
    );
}

export interface SearchSuggestions {
  /** How many stories match when the section and date filters are dropped (null: no filters). */
  withoutFilters: number | null;
  /** For a query of several words that found nothing together, the words that find something alone. */
  singleWords: { word: string; count: number }[];
}

/** What to offer a reader whose search found nothing. */
export async function searchSuggestions(rawQuery: string, filters: SearchFilters): Promise<SearchSuggestions> {
  const { terms } = parseSearchQuery(rawQuery);
  const hasFilters = Boolean(filters.section || filters.from || filters.to);
  const unfiltered = hasFilters ? matching(terms, {}) : null;
  const [withoutFilters, singleWords] = await Promise.all([
    unfiltered ? countMatches(unfiltered) : Promise.resolve(null),
    terms.length > 1
      ? Promise.all(
          terms.map(async (term) => {
            const where = matching([term], filters);
            return { word: term.typed, count: where ? await countMatches(where) : 0 };
          }),
        )
      : Promise.resolve([]),
  ]);
  return { withoutFilters, singleWords: singleWords.filter((entry) => entry.count > 0) };
}
