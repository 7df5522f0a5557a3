CREATE TYPE "public"."live_update_status" AS ENUM('draft', 'published', 'removed');--> statement-breakpoint
CREATE TABLE "live_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "live_update_authors" (
	"update_id" bigint NOT NULL,
	"user_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "live_update_authors_update_id_user_id_pk" PRIMARY KEY("update_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "live_update_revisions" (
	"update_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"headline" text NOT NULL,
	"body" jsonb NOT NULL,
	"edited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "live_update_revisions_version_key" UNIQUE("update_id","version")
);
--> statement-breakpoint
CREATE TABLE "live_updates" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"article_id" uuid NOT NULL,
	"status" "live_update_status" DEFAULT 'draft' NOT NULL,
	"headline" text DEFAULT '' NOT NULL,
	"body" jsonb NOT NULL,
	"is_key_event" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"edited_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "coverage_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "coverage_ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "live_update_authors" ADD CONSTRAINT "live_update_authors_update_id_live_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."live_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_update_authors" ADD CONSTRAINT "live_update_authors_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_update_revisions" ADD CONSTRAINT "live_update_revisions_update_id_live_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."live_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_update_revisions" ADD CONSTRAINT "live_update_revisions_edited_by_users_id_fk" FOREIGN KEY ("edited_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_updates" ADD CONSTRAINT "live_updates_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "live_updates" ADD CONSTRAINT "live_updates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "live_events_channel_idx" ON "live_events" USING btree ("channel","id");--> statement-breakpoint
CREATE INDEX "live_events_created_idx" ON "live_events" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "live_updates_stream_idx" ON "live_updates" USING btree ("article_id","status","published_at" DESC NULLS LAST,"id" DESC NULLS LAST);