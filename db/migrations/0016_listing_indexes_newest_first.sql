DROP INDEX "articles_public_listing_idx";--> statement-breakpoint
DROP INDEX "articles_section_listing_idx";--> statement-breakpoint
DROP INDEX "articles_desk_idx";--> statement-breakpoint
CREATE INDEX "articles_public_listing_idx" ON "articles" USING btree ("status","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "articles_section_listing_idx" ON "articles" USING btree ("section_id","status","published_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "articles_desk_idx" ON "articles" USING btree ("status","modified_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);