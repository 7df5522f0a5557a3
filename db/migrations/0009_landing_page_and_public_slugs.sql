CREATE TYPE "public"."landing_page" AS ENUM('home', 'desk', 'moderation', 'users');--> statement-breakpoint
ALTER TABLE "articles" DROP CONSTRAINT "articles_slug_unique";--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "landing" "landing_page";--> statement-breakpoint
CREATE UNIQUE INDEX "articles_public_slug_key" ON "articles" USING btree ("slug") WHERE "articles"."published_at" is not null;