import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db";
import { selectRows } from "@/db/client";
import { articles } from "@/db/schema/articles";
import { articleSearch, SEARCH_CONFIG, searchSynonyms, searchVocabulary } from "@/db/schema/search";
import { sections } from "@/db/schema/sections";
import { plainTextOf, type ArticleDocument } from "@/lib/article-document";
import { env } from "@/lib/env";
import { highlight, searchFormsOf, snippet, type TextPart, type WordMatcher } from "@/lib/search/highlight";
import { parseSearchQuery, toTsQuery, type SearchTerm } from "@/lib/search/query";
import { isPublic, toSummaries, type ArticleSummary, type Page, type SummaryRow } from "./public-articles";

// Full-text search over published stories. The index (article_search) holds normalised text;
// queries go through the same normaliser and are built from sanitised words (lib/search/query.ts).
// Ranking: a headline match outranks a dek or tag match, which outranks a body-only match; within
// a tier, ts_rank_cd decides; the total is scaled by a recency factor that fades over weeks, so the
// newer of two equal matches comes first. (How that stays fast for common words: searchArticles.)

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
  /** Matching public stories, counted up to MAX_RESULTS. */
  total: number;
  /** True when more than MAX_RESULTS stories match. */
  capped: boolean;
}

const config = sql`${SEARCH_CONFIG}::regconfig`;
const RANK_WEIGHTS = "{0.1,0.2,0.4,1.0}"; // D, C (body), B (kicker, dek, tags), A (headline)
const RECENCY_DAYS = 7;

// Queries are written from lexemes the configuration has already produced (see stemTerms), so
// the text is cast to tsquery rather than stemmed again; toTsQuery quotes every lexeme.
const tsquery = (text: string) => sql`${text}::tsquery`;

async function lexemesOf(words: readonly string[]): Promise<Map<string, string[]>> {
  if (words.length === 0) return new Map();
  const rows = await selectRows<{ word: string; lexemes: string[] }>(
    getDb(),
    sql`select value as word, tsvector_to_array(to_tsvector(${config}, value)) as lexemes
        from json_array_elements_text(${JSON.stringify(words)}::json)`,
  );
  return new Map(rows.map((row) => [row.word, row.lexemes]));
}

// Each word's lexemes, and the lexemes of the spellings the newsroom declared its synonyms
// (search_synonyms, found through their GIN index), in one round trip.
async function termLexemesOf(words: readonly string[]): Promise<Map<string, { lexemes: string[]; synonyms: string[] }>> {
  if (words.length === 0) return new Map();
  const rows = await selectRows<{ word: string; lexemes: string[]; synonyms: string[] | null }>(
    getDb(),
    sql`select value as word, tsvector_to_array(to_tsvector(${config}, value)) as lexemes,
          (select array_agg(distinct lexeme) from ${searchSynonyms} as synonym,
             unnest(synonym.forms) as form, unnest(tsvector_to_array(to_tsvector(${config}, form))) as lexeme
           where synonym.forms @> array[value]) as synonyms
        from json_array_elements_text(${JSON.stringify(words)}::json)`,
  );
  return new Map(rows.map((row) => [row.word, { lexemes: row.lexemes, synonyms: row.synonyms ?? [] }]));
}

/**
 * The terms as the index holds them: each spelling replaced by its lexemes and its synonyms'
 * lexemes, duplicates dropped (سوريا and السوريا stem alike), terms that yield nothing dropped.
 * A word being typed is also matched as typed: the stemmer may cut a partial word where it
 * would not cut the whole one. Searching with distinct lexemes keeps the planner's estimates honest.
 */
async function stemTerms(terms: readonly SearchTerm[]): Promise<SearchTerm[]> {
  const lexemes = await termLexemesOf([...new Set(terms.flatMap((term) => [...term.spellings, ...term.prefixes]))]);
  const stems = (words: readonly string[], withSynonyms: boolean) =>
    words.flatMap((word) => {
      const found = lexemes.get(word);
      return found ? [...found.lexemes, ...(withSynonyms ? found.synonyms : [])] : [];
    });
  return terms
    .map((term) => ({
      ...term,
      spellings: [...new Set(stems(term.spellings, true))],
      prefixes: [...new Set([...stems(term.prefixes, false), ...term.prefixes])],
    }))
    .filter((term) => term.spellings.length > 0 || term.prefixes.length > 0);
}

/** Results beyond this many are not counted or paged through: "more than 1,000 results". */
export const MAX_RESULTS = 1_000;
/** How many of the best candidates get the exact, body-aware rank; the rest keep the coarse order. */
export const EXACTLY_RANKED = 100;

type SearchRow = SummaryRow & { body: ArticleDocument };

// The authoritative filter, on the article itself: public, and in the section and dates asked for.
function articleConditions(filters: SearchFilters): SQL {
  const zone = env.NEWSROOM_TIME_ZONE;
  return and(
    isPublic(),
    filters.section ? eq(sections.slug, filters.section) : undefined,
    filters.from ? sql`${articles.publishedAt} >= (${filters.from}::date::timestamp at time zone ${zone})` : undefined,
    filters.to ? sql`${articles.publishedAt} < ((${filters.to}::date + 1)::timestamp at time zone ${zone})` : undefined,
  )!;
}

// The same filters on the index's copies, so that candidates can be found in recency order
// without leaving article_search (see db/schema/search.ts).
// The section is passed by id so that the planner can use its statistics.
function indexConditions(filters: SearchFilters, sectionId: number | null): SQL {
  const zone = env.NEWSROOM_TIME_ZONE;
  const s = articleSearch;
  return and(
    sql`${s.listed}`,
    sql`${s.publishedAt} <= now()`,
    sectionId !== null ? eq(s.sectionId, sectionId) : undefined,
    filters.from ? sql`${s.publishedAt} >= (${filters.from}::date::timestamp at time zone ${zone})` : undefined,
    filters.to ? sql`${s.publishedAt} < ((${filters.to}::date + 1)::timestamp at time zone ${zone})` : undefined,
  )!;
}

/** The id of the section a search is limited to; undefined when it names no section. */
async function sectionIdOf(filters: SearchFilters): Promise<number | null | undefined> {
  if (!filters.section) return null;
  const [row] = await getDb().select({ id: sections.id }).from(sections).where(eq(sections.slug, filters.section));
  return row?.id;
}

/**
 * How many public stories match, counted up to MAX_RESULTS + 1, from the index's copies of each
 * story's state: the results themselves are always checked against the articles.
 */
async function countIndexMatches(query: string, filters: SearchFilters, sectionId: number | null): Promise<number> {
  const [row] = await selectRows<{ n: number | string }>(
    getDb(),
    sql`select count(*) as n from (
      select 1 from ${articleSearch}
      where ${articleSearch.document} @@ ${tsquery(query)} and ${indexConditions(filters, sectionId)}
      limit ${MAX_RESULTS + 1}::int) as counted`,
  );
  return Number(row?.n ?? 0);
}

/**
 * countIndexMatches for each list of terms (as returned by stemTerms), one after another, so that
 * a search's counts hold one connection at a time however many words it has.
 */
async function countEach(termLists: readonly (readonly SearchTerm[])[], filters: SearchFilters): Promise<number[]> {
  const sectionId = await sectionIdOf(filters);
  const counts: number[] = [];
  for (const terms of termLists) {
    const query = toTsQuery(terms);
    counts.push(query && sectionId !== undefined ? await countIndexMatches(query, filters, sectionId) : 0);
  }
  return counts;
}

export async function searchArticles(
  rawQuery: string,
  filters: SearchFilters,
  page: number,
  pageSize: number,
): Promise<SearchResults> {
  const parsed = parseSearchQuery(rawQuery);
  const empty = { query: parsed.text, items: [], total: 0, capped: false, page, pageCount: 1 };
  const [stemmed, sectionId] = await Promise.all([stemTerms(parsed.terms), sectionIdOf(filters)]);
  const anyWhere = toTsQuery(stemmed);
  if (!anyWhere || sectionId === undefined) return empty;

  const all = tsquery(anyWhere);
  const offset = (page - 1) * pageSize;
  const wanted = Math.min(MAX_RESULTS, Math.max(EXACTLY_RANKED, offset + pageSize));
  const s = articleSearch;
  const candidates = (tier: number, match: SQL) => sql`(
      select ${s.articleId} as id, ${tier}::int as tier from ${s}
      where ${match} and ${indexConditions(filters, sectionId)}
      order by ${s.publishedAt} desc nulls last limit ${wanted}::int)`;
  const recency = sql`(1 + 0.5 / (1 + extract(epoch from (now() - ${articles.publishedAt})) / ${RECENCY_DAYS * 86_400}::float8))`;

  // Coarse order first: tier (headline 2, kicker/dek/tags 1, body 0), then recency. Each tier's
  // newest matches come from a walk down the recency index (or from the GIN index when the words
  // are rare), so a common word costs a few hundred rows, not every match. The tiers run in order
  // under one limit, so a tier is not searched at all once the tiers above it hold the `wanted`
  // first candidates (each tier's own limit keeps the planner from running them side by side,
  // in parallel or out of order, which would break this). Then the best
  // EXACTLY_RANKED are re-ranked exactly: tier plus ts_rank_cd over the whole weighted document,
  // times a recency factor. Only those rows open the large body vector.
  //
  // Like every read here, it is sent unprepared (drizzle names no statement; not selectPreparedRows),
  // so PostgreSQL plans it for these words and dates each time: a prepared statement's generic plan
  // would walk the recency index for a rare word, or scan a bitmap for a common one, whichever it
  // settled on.
  const raw = await selectRows<Record<string, unknown>>(
    getDb(),
    sql`
    with hits as (
      select * from (
        ${candidates(2, sql`${s.headlineDocument} @@ ${all}`)}
        union all
        ${candidates(1, sql`${s.titleDocument} @@ ${all} and not (${s.headlineDocument} @@ ${all})`)}
        union all
        ${candidates(0, sql`${s.document} @@ ${all} and not (${s.titleDocument} @@ ${all})`)}
      ) as tiers limit ${wanted}::int
    ),
    checked as (
      select hits.id, hits.tier, ${recency} as recency,
        row_number() over (order by hits.tier desc, ${articles.publishedAt} desc, hits.id desc) as position
      from hits
      join ${articles} on ${articles.id} = hits.id
      join ${sections} on ${sections.id} = ${articles.sectionId}
      where ${articleConditions(filters)}
    ),
    ranked as (
      select checked.id, checked.position,
        case when checked.position <= ${EXACTLY_RANKED}::int
          then (checked.tier + ts_rank_cd(${RANK_WEIGHTS}::float4[], ${s.document}, ${all}, 32)) * checked.recency
        end as score
      from checked
      join ${s} on ${s.articleId} = checked.id
    ),
    ordered as (
      select id, row_number() over (order by position > ${EXACTLY_RANKED}::int, score desc nulls last, position) as ordinal,
        (select count(*) from hits) as index_matches, (select count(*) from checked) as public_matches
      from ranked
    )
    select ordered.ordinal, ordered.index_matches, ordered.public_matches, ${articles.id} as id, ${articles.slug} as slug, ${articles.headline} as headline,
      ${articles.kicker} as kicker, ${articles.dek} as dek, ${sections.slug} as section_slug, ${sections.name} as section_name,
      ${articles.publishedAt} as published_at, ${articles.updatedAt} as updated_at, ${articles.isBreaking} as is_breaking, ${articles.commentCount} as comment_count,
      ${articles.body} as body
    from ordered
    join ${articles} on ${articles.id} = ordered.id
    join ${sections} on ${sections.id} = ${articles.sectionId}
    where ordered.ordinal > ${offset}::int and ordered.ordinal <= ${offset + pageSize}::int
    order by ordered.ordinal`,
  );
  // Fewer matches in the index than were asked for means every match is in hand: no need to count.
  const allInHand = raw.length > 0 && Number(raw[0]!.index_matches) < wanted;
  const count = allInHand ? Number(raw[0]!.public_matches) : await countIndexMatches(anyWhere, filters, sectionId);

  const capped = count > MAX_RESULTS;
  const total = Math.min(count, MAX_RESULTS);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const rows = raw.map(toSearchRow);
  if (rows.length === 0) return { ...empty, total, capped, pageCount };
  const bodies = rows.map((row) => plainTextOf(row.body));

  const [summaries, isMatch] = await Promise.all([
    toSummaries(rows),
    wordMatcher(stemmed, rows.flatMap((row, index) => [row.headline, row.dek, bodies[index]!])),
  ]);
  const items = summaries.map((summary, index): SearchHit => {
    const row = rows[index]!;
    const fromBody = snippet(bodies[index]!, isMatch);
    const fromDek = row.dek ? snippet(row.dek, isMatch) : null;
    return {
      ...summary,
      headlineParts: highlight(row.headline, isMatch),
      snippet: (fromDek && (fromDek.matched || !fromBody.matched) ? fromDek : fromBody).parts,
    };
  });
  return { query: parsed.text, items, total, capped, page, pageCount };
}

// Raw rows come back with driver types (postgres.js and PGlite differ on bigint and jsonb).
function toSearchRow(raw: Record<string, unknown>): SearchRow {
  const date = (value: unknown) => (value === null || value === undefined ? null : new Date(value as string | Date));
  const body = typeof raw.body === "string" ? (JSON.parse(raw.body) as ArticleDocument) : (raw.body as ArticleDocument);
  return {
    id: String(raw.id),
    slug: String(raw.slug),
    headline: String(raw.headline),
    kicker: String(raw.kicker),
    dek: String(raw.dek),
    sectionSlug: String(raw.section_slug),
    sectionName: String(raw.section_name),
    publishedAt: date(raw.published_at),
    updatedAt: date(raw.updated_at),
    isBreaking: Boolean(raw.is_breaking),
    commentCount: Number(raw.comment_count ?? 0),
    body,
  };
}

/**
 * Decides which words of a result to mark, the way the index matched them: both the words and
 * the query terms go through the database's text-search configuration (stemmer included).
 */
async function wordMatcher(stemmed: readonly SearchTerm[], texts: string[]): Promise<WordMatcher> {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const term of stemmed) {
    for (const lexeme of term.spellings) exact.add(lexeme);
    prefixes.push(...term.prefixes);
  }
  // A stem is the word with affixes cut off, so only words containing a query lexeme can match:
  // just those are sent to the stemmer.
  const needles = [...exact, ...prefixes];
  const forms = searchFormsOf(texts);
  const candidates = [...new Set(forms.values())].filter((form) => needles.some((needle) => form.includes(needle)));
  const formLexemes = await lexemesOf(candidates);
  const matchedForms = new Set(
    candidates.filter((form) =>
      (formLexemes.get(form) ?? []).some((lexeme) => exact.has(lexeme) || prefixes.some((prefix) => lexeme.startsWith(prefix))),
    ),
  );
  return (written) => matchedForms.has(forms.get(written) ?? "");
}

export interface SearchSuggestions {
  /** How many stories match (up to MAX_RESULTS + 1) when the section and date filters are dropped (null: no filters). */
  withoutFilters: number | null;
  /** For a query of several words that found nothing together, the words that find something alone. */
  singleWords: { word: string; count: number }[];
}

/** What to offer a reader whose search found nothing. */
export async function searchSuggestions(rawQuery: string, filters: SearchFilters): Promise<SearchSuggestions> {
  const terms = await stemTerms(parseSearchQuery(rawQuery).terms);
  const hasFilters = Boolean(filters.section || filters.from || filters.to);
  const [withoutFilters = null] = hasFilters ? await countEach([terms], {}) : [];
  const counts = terms.length > 1 ? await countEach(terms.map((term) => [term]), filters) : [];
  const singleWords = terms.map((term, index) => ({ word: term.typed, count: counts[index] ?? 0 }));
  return { withoutFilters, singleWords: singleWords.filter((entry) => entry.count > 0) };
}

/** Fewer results than this and a search offers a corrected spelling, when one finds more. */
export const FEW_RESULTS = 3;
// pg_trgm similarity a vocabulary word needs to stand in for a misspelt one (داعس → داعش is 0.43).
const MIN_SIMILARITY = 0.35;

export interface SearchCorrection {
  /** The query with its misspelt words replaced, as the reader would type it. */
  query: string;
  /** How many stories it finds (up to MAX_RESULTS + 1). */
  count: number;
}

/**
 * "Did you mean": each word of the query that finds fewer than FEW_RESULTS stories is replaced by
 * the most similar word the archive uses (trigram similarity over search_vocabulary), and the
 * corrected query is offered if it finds more than `found`, the count the query itself found.
 */
export async function searchCorrection(rawQuery: string, filters: SearchFilters, found: number): Promise<SearchCorrection | null> {
  const parsed = parseSearchQuery(rawQuery);
  if (found >= FEW_RESULTS || parsed.terms.length === 0) return null;
  const stemmed = await stemTerms(parsed.terms);
  const byTyped = new Map(stemmed.map((term) => [term.typed, term]));
  const counts = await countEach(
    parsed.terms.map((term) => {
      const own = byTyped.get(term.typed);
      return own ? [own] : [];
    }),
    filters,
  );
  // The vocabulary holds words without the article (lib/search/document.ts), so they are looked up without it.
  const lookup = (term: SearchTerm) => term.spellings[0]!.replace(/^ال(?=\p{L}{3})/u, "");
  const misspelt = parsed.terms.filter((_, index) => counts[index]! < FEW_RESULTS).map(lookup);
  if (misspelt.length === 0) return null;
  const rows = await selectRows<{ word: string; display: string | null }>(
    getDb(),
    sql`select value as word, (
          select ${searchVocabulary.display} from ${searchVocabulary}
          where ${searchVocabulary.word} % value and ${searchVocabulary.word} <> value
            and similarity(${searchVocabulary.word}, value) >= ${MIN_SIMILARITY}::float4
          order by similarity(${searchVocabulary.word}, value) desc, ${searchVocabulary.word} limit 1) as display
        from json_array_elements_text(${JSON.stringify(misspelt)}::json)`,
  );
  const replacement = new Map(rows.filter((row) => row.display).map((row) => [row.word, row.display!]));
  if (replacement.size === 0) return null;
  const query = parsed.terms.map((term) => replacement.get(lookup(term)) ?? term.typed).join(" ");
  const [count = 0] = await countEach([await stemTerms(parseSearchQuery(`${query} `).terms)], filters);
  return count > found ? { query, count } : null;
}
