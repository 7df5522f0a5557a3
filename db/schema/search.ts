import { sql } from "drizzle-orm";
import { customType, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { articles } from "./articles";

/**
 * The text-search configuration of the index and of every query. PostgreSQL's `arabic` snowball
 * stemmer, run over text that lib/arabic/normalize.ts has already normalised (see the README's
 * search notes and `npm run bench:search` for the recall measured with and without it).
 * Changing it means a migration for the generated column below.
 */
export const SEARCH_CONFIG = "arabic";

const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

// One row per article, written by db/search-index.ts whenever the article is saved. The columns
// hold normalised text; the weighted tsvector is derived from them by the database.
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
    indexedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("article_search_document_idx").using("gin", table.document)],
);
