-- A search's headline tier walks the recency index until it has its newest matches: for a common
-- word, a few thousand rows. Each row is about one heap page (the body vector is kept in the row,
-- 0003), so the walk read thousands of pages. Carrying each story's id and headline vector in
-- the index lets the walk read the index alone (an index-only scan). The headline vector is small
-- (a headline is at most 200 characters), so an index row stays far below btree's limit; the
-- summary vector (dek and tags) could pass it and is left out. An index-only scan skips the table
-- for pages the visibility map marks all-visible, which autovacuum keeps up on a server; the
-- embedded database runs no autovacuum, and its small archive reads the table as before.
DROP INDEX "article_search_recent_idx";--> statement-breakpoint
DROP INDEX "article_search_section_recent_idx";--> statement-breakpoint
CREATE INDEX "article_search_recent_idx" ON "article_search" USING btree ("published_at" DESC NULLS LAST) INCLUDE ("article_id", "headline_document") WHERE "article_search"."listed";--> statement-breakpoint
CREATE INDEX "article_search_section_recent_idx" ON "article_search" USING btree ("section_id", "published_at" DESC NULLS LAST) INCLUDE ("article_id", "headline_document") WHERE "article_search"."listed";
