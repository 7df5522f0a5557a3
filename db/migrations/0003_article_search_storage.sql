-- Search reads the body vector of many rows per query (matching, ranking). Kept in the row
-- (STORAGE MAIN) it is read with the row instead of through the TOAST table; the normalised
-- source texts, read only when a vector is derived, move out of the row instead (EXTERNAL).
ALTER TABLE "article_search" ALTER COLUMN "document" SET STORAGE MAIN;--> statement-breakpoint
ALTER TABLE "article_search" ALTER COLUMN "body" SET STORAGE EXTERNAL;--> statement-breakpoint
ALTER TABLE "article_search" ALTER COLUMN "summary" SET STORAGE EXTERNAL;
