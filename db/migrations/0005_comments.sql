CREATE TYPE "public"."comment_status" AS ENUM('pending', 'approved', 'rejected', 'spam', 'deleted');--> statement-breakpoint
CREATE TYPE "public"."moderation_action" AS ENUM('posted', 'edited', 'approved', 'rejected', 'marked_spam', 'held', 'reported', 'deleted', 'suspended', 'banned', 'sanction_lifted', 'word_added', 'word_removed', 'settings_changed');--> statement-breakpoint
CREATE TYPE "public"."comment_report_reason" AS ENUM('spam', 'abuse', 'off_topic', 'other');--> statement-breakpoint
CREATE TYPE "public"."commenter_sanction_kind" AS ENUM('suspension', 'ban');--> statement-breakpoint
CREATE TYPE "public"."moderation_word_list" AS ENUM('banned', 'suspect');--> statement-breakpoint
CREATE TABLE "comment_moderation_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "comment_moderation_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"comment_id" uuid,
	"subject_user_id" uuid,
	"actor_id" uuid,
	"action" "moderation_action" NOT NULL,
	"from_status" "comment_status",
	"to_status" "comment_status",
	"rule" text,
	"reason" text DEFAULT '' NOT NULL,
	"evidence" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "comment_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"comment_id" uuid NOT NULL,
	"reporter_id" uuid NOT NULL,
	"reason" "comment_report_reason" NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "comment_reports_once" UNIQUE("comment_id","reporter_id")
);
--> statement-breakpoint
CREATE TABLE "commenter_sanctions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" "commenter_sanction_kind" NOT NULL,
	"ends_at" timestamp with time zone,
	"reason" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lifted_at" timestamp with time zone,
	"lifted_by" uuid,
	CONSTRAINT "commenter_sanctions_ends_check" CHECK (("commenter_sanctions"."kind" = 'ban') = ("commenter_sanctions"."ends_at" is null))
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"article_id" uuid NOT NULL,
	"parent_id" uuid,
	"author_id" uuid,
	"guest_name" text,
	"guest_email" text,
	"body" text NOT NULL,
	"status" "comment_status" NOT NULL,
	"client_key" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"status_changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_reply_count" integer DEFAULT 0 NOT NULL,
	"open_report_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "comments_clientKey_unique" UNIQUE("client_key"),
	CONSTRAINT "comments_author_check" CHECK ("comments"."author_id" is not null or ("comments"."guest_name" is not null and "comments"."guest_email" is not null))
);
--> statement-breakpoint
CREATE TABLE "moderation_words" (
	"id" serial PRIMARY KEY NOT NULL,
	"word" text NOT NULL,
	"list" "moderation_word_list" NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "moderation_words_once" UNIQUE("list","word")
);
--> statement-breakpoint
CREATE TABLE "site_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "comment_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "comment_moderation_events" ADD CONSTRAINT "comment_moderation_events_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_moderation_events" ADD CONSTRAINT "comment_moderation_events_subject_user_id_users_id_fk" FOREIGN KEY ("subject_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_moderation_events" ADD CONSTRAINT "comment_moderation_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_reports" ADD CONSTRAINT "comment_reports_reporter_id_users_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commenter_sanctions" ADD CONSTRAINT "commenter_sanctions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commenter_sanctions" ADD CONSTRAINT "commenter_sanctions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commenter_sanctions" ADD CONSTRAINT "commenter_sanctions_lifted_by_users_id_fk" FOREIGN KEY ("lifted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_parent_id_comments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "moderation_words" ADD CONSTRAINT "moderation_words_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "moderation_events_comment_idx" ON "comment_moderation_events" USING btree ("comment_id","id");--> statement-breakpoint
CREATE INDEX "moderation_events_subject_idx" ON "comment_moderation_events" USING btree ("subject_user_id","id");--> statement-breakpoint
CREATE INDEX "moderation_events_time_idx" ON "comment_moderation_events" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "commenter_sanctions_user_idx" ON "commenter_sanctions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "comments_thread_idx" ON "comments" USING btree ("article_id","created_at","id") WHERE "comments"."parent_id" is null;--> statement-breakpoint
CREATE INDEX "comments_replies_idx" ON "comments" USING btree ("parent_id","created_at","id");--> statement-breakpoint
CREATE INDEX "comments_author_idx" ON "comments" USING btree ("author_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_guest_idx" ON "comments" USING btree ("guest_email","created_at") WHERE "comments"."guest_email" is not null;--> statement-breakpoint
CREATE INDEX "comments_queue_idx" ON "comments" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "comments_reported_idx" ON "comments" USING btree ("open_report_count") WHERE "comments"."open_report_count" > 0;--> statement-breakpoint
-- The moderation log is append-only: corrections are new events, never edits.
CREATE FUNCTION "comment_moderation_events_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'comment_moderation_events is append-only';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "comment_moderation_events_append_only" BEFORE UPDATE OR DELETE ON "comment_moderation_events"
	FOR EACH ROW EXECUTE FUNCTION "comment_moderation_events_append_only"();
