CREATE TYPE "public"."wire_channel" AS ENUM('http', 'drop', 'seed');--> statement-breakpoint
CREATE TYPE "public"."wire_format" AS ENUM('newsml-g2', 'ninjs');--> statement-breakpoint
CREATE TYPE "public"."wire_pub_status" AS ENUM('usable', 'withheld', 'canceled');--> statement-breakpoint
ALTER TYPE "public"."article_event_action" ADD VALUE 'withdrawn';--> statement-breakpoint
ALTER TYPE "public"."article_event_action" ADD VALUE 'embargo_changed';--> statement-breakpoint
ALTER TYPE "public"."article_event_action" ADD VALUE 'wire_update_seen';--> statement-breakpoint
ALTER TYPE "public"."correction_type" ADD VALUE 'withdrawal';--> statement-breakpoint
CREATE TABLE "wire_drop_claims" (
	"source_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_hash" text NOT NULL,
	"claimed_by" text NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"outcome" text,
	CONSTRAINT "wire_drop_claims_file_key" UNIQUE("source_id","file_name","content_hash")
);
--> statement-breakpoint
CREATE TABLE "wire_item_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"item_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"content" jsonb NOT NULL,
	"channel" "wire_channel" NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wire_item_versions_item_version_key" UNIQUE("item_id","version")
);
--> statement-breakpoint
CREATE TABLE "wire_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" integer NOT NULL,
	"uri" text NOT NULL,
	"version" integer NOT NULL,
	"format" "wire_format" NOT NULL,
	"pub_status" "wire_pub_status" NOT NULL,
	"urgency" integer,
	"headline" text NOT NULL,
	"slugline" text DEFAULT '' NOT NULL,
	"language" text NOT NULL,
	"located" text DEFAULT '' NOT NULL,
	"subjects" text[] DEFAULT '{}'::text[] NOT NULL,
	"embargoed_until" timestamp with time zone,
	"body" jsonb NOT NULL,
	"editor_note" text DEFAULT '' NOT NULL,
	"version_created" timestamp with time zone NOT NULL,
	"first_received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wire_items_source_uri_key" UNIQUE("source_id","uri"),
	CONSTRAINT "wire_items_urgency_check" CHECK ("wire_items"."urgency" between 1 and 9)
);
--> statement-breakpoint
CREATE TABLE "wire_rejections" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"source_id" integer,
	"channel" "wire_channel" NOT NULL,
	"file_name" text DEFAULT '' NOT NULL,
	"reason" text NOT NULL,
	"detail" text DEFAULT '' NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wire_sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"attribution" text NOT NULL,
	"api_key_hash" text,
	"allowed_ips" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wire_sources_slug_unique" UNIQUE("slug"),
	CONSTRAINT "wire_sources_apiKeyHash_unique" UNIQUE("api_key_hash"),
	CONSTRAINT "wire_sources_slug_check" CHECK ("wire_sources"."slug" ~ '^[a-z0-9-]{1,40}$')
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "embargoed_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "wire_item_id" uuid;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "wire_version" integer;--> statement-breakpoint
ALTER TABLE "wire_drop_claims" ADD CONSTRAINT "wire_drop_claims_source_id_wire_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."wire_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wire_item_versions" ADD CONSTRAINT "wire_item_versions_item_id_wire_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."wire_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wire_items" ADD CONSTRAINT "wire_items_source_id_wire_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."wire_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wire_rejections" ADD CONSTRAINT "wire_rejections_source_id_wire_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."wire_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "wire_items_queue_idx" ON "wire_items" USING btree ("version_created" DESC NULLS FIRST,"id");--> statement-breakpoint
CREATE INDEX "wire_items_source_queue_idx" ON "wire_items" USING btree ("source_id","version_created" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "wire_rejections_received_at_index" ON "wire_rejections" USING btree ("received_at" DESC NULLS FIRST);--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_wire_item_id_wire_items_id_fk" FOREIGN KEY ("wire_item_id") REFERENCES "public"."wire_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "articles_wire_item_idx" ON "articles" USING btree ("wire_item_id") WHERE "articles"."wire_item_id" is not null;