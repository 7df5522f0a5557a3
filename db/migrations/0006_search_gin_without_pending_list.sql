-- Every search would otherwise also scan the GIN pending list of recent saves; a newsroom saves
-- rarely and searches often. Entries already pending are merged into the indexes now.
ALTER INDEX "article_search_document_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "article_search_headline_document_idx" SET (fastupdate = off);--> statement-breakpoint
ALTER INDEX "article_search_title_document_idx" SET (fastupdate = off);--> statement-breakpoint
SELECT gin_clean_pending_list('article_search_document_idx'::regclass);--> statement-breakpoint
SELECT gin_clean_pending_list('article_search_headline_document_idx'::regclass);--> statement-breakpoint
SELECT gin_clean_pending_list('article_search_title_document_idx'::regclass);
