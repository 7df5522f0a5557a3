import { sql } from "drizzle-orm";
import { boolean, customType, index, integer, pgTable, serial, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { sections } from "./sections";
import { users } from "./users";

/**
 * The text-search configuration of the index and of every query. PostgreSQL's `arabic` snowball
 * stemmer, run over text that lib/arabic/normalize.ts has already normalised (see the README's
 * search notes and `npm run bench:search` for the recall measured with and without it).
 * Changing it means a migration for the generated column below.
 */
export const SEARCH_CONFIG = "arabic";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });
// Column storage (the body vector kept in the row) is set by migration 0003_article_search_storage;
// the recency indexes also carry each story's id and headline vector (INCLUDE, which Drizzle
// cannot declare), set by migration 0017_search_walks_cover_headlines.

// One row per article, written by lib/dal/internal/search-index.ts whenever the article is saved. The text
// columns hold normalised text; the weighted tsvectors are derived from them by the database.
// `listed`, `publishedAt` and `sectionId` copy the article's state so that candidates can be
// ordered by recency inside this table; they only narrow the search: every result is checked
// against the article itself ("published and due"), so a stale copy can hide a story until it is
// re-indexed but can never reveal one.
export const articleSearch = pgTable(
  "article_search",
  {
    articleId: uuid()
      .primaryKey()
      .references(() => articles.id, { onDelete: "cascade" }),
    headline: text().notNull(),
    summary: text().notNull(),
    body: text().notNull(),
    document: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql.raw(
          `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, "headline"), 'A') || ` +
            `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, "summary"), 'B') || ` +
            `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, "body"), 'C')`,
        ),
      ),
    // The headline alone, and headline with summary: small vectors that tell a headline match
    // from a summary or body match without opening the large body vector (see lib/dal/search.ts).
    headlineDocument: tsvector()
      .notNull()
      .generatedAlwaysAs(sql.raw(`to_tsvector('${SEARCH_CONFIG}'::regconfig, "headline")`)),
    titleDocument: tsvector()
      .notNull()
      .generatedAlwaysAs(
        sql.raw(
          `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, "headline"), 'A') || ` +
            `setweight(to_tsvector('${SEARCH_CONFIG}'::regconfig, "summary"), 'B')`,
        ),
      ),
    listed: boolean().notNull().default(false),
    publishedAt: timestamp({ withTimezone: true }),
    sectionId: integer().references(() => sections.id),
    indexedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The SEARCH_FORM_VERSION the row was written with; older rows are rewritten at start-up. */
    formVersion: integer().notNull().default(0),
  },
  // GIN without a pending list: every search would otherwise scan the list of recent saves,
  // and a newsroom saves rarely and searches often.
  (table) => [
    index("article_search_document_idx").using("gin", table.document).with({ fastupdate: false }),
    index("article_search_headline_document_idx").using("gin", table.headlineDocument).with({ fastupdate: false }),
    index("article_search_title_document_idx").using("gin", table.titleDocument).with({ fastupdate: false }),
    index("article_search_recent_idx").on(table.publishedAt.desc()).where(sql`${table.listed}`),
    index("article_search_section_recent_idx").on(table.sectionId, table.publishedAt.desc()).where(sql`${table.listed}`),
  ],
);

/**
 * Every word the archive has used, in its search form, for "did you mean" (pg_trgm similarity).
 * Written when a story is indexed and never pruned: a suggestion is offered only when it finds
 * stories, so a word that left the archive costs nothing.
 */
export const searchVocabulary = pgTable(
  "search_vocabulary",
  {
    word: text().primaryKey(),
    /** The word as first written (marks stripped, letters not folded), for the suggestion's text. */
    display: text().notNull(),
  },
  (table) => [index("search_vocabulary_word_trgm_idx").using("gin", sql`${table.word} gin_trgm_ops`)],
);

/**
 * Spellings the newsroom declares equivalent (انفيديا، إنفيديا، Nvidia): a query for any of them
 * searches them all. `forms` holds each spelling in its search form; edited on /editor/synonyms.
 */
export const searchSynonyms = pgTable(
  "search_synonyms",
  {
    id: serial().primaryKey(),
    spellings: text().array().notNull(),
    forms: text().array().notNull(),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("search_synonyms_forms_idx").using("gin", table.forms)],
);
