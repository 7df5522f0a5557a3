CREATE TABLE "article_search" (
	"article_id" uuid PRIMARY KEY NOT NULL,
	"headline" text NOT NULL,
	"summary" text NOT NULL,
	"body" text NOT NULL,
	"document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('arabic'::regconfig, "headline"), 'A') || setweight(to_tsvector('arabic'::regconfig, "summary"), 'B') || setweight(to_tsvector('arabic'::regconfig, "body"), 'C')) STORED NOT NULL,
	"headline_document" "tsvector" GENERATED ALWAYS AS (to_tsvector('arabic'::regconfig, "headline")) STORED NOT NULL,
	"title_document" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('arabic'::regconfig, "headline"), 'A') || setweight(to_tsvector('arabic'::regconfig, "summary"), 'B')) STORED NOT NULL,
	"listed" boolean DEFAULT false NOT NULL,
	"published_at" timestamp with time zone,
	"section_id" integer,
	"indexed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_search" ADD CONSTRAINT "article_search_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_search" ADD CONSTRAINT "article_search_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_search_document_idx" ON "article_search" USING gin ("document");--> statement-breakpoint
CREATE INDEX "article_search_headline_document_idx" ON "article_search" USING gin ("headline_document");--> statement-breakpoint
CREATE INDEX "article_search_title_document_idx" ON "article_search" USING gin ("title_document");--> statement-breakpoint
CREATE INDEX "article_search_recent_idx" ON "article_search" USING btree ("published_at" DESC NULLS LAST) WHERE "article_search"."listed";--> statement-breakpoint
CREATE INDEX "article_search_section_recent_idx" ON "article_search" USING btree ("section_id","published_at" DESC NULLS LAST) WHERE "article_search"."listed";