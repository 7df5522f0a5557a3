ALTER TABLE "users" ADD COLUMN "is_organization" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- The demo newsroom's desk byline, in databases seeded before this column existed.
UPDATE "users" SET "is_organization" = true WHERE "email" = 'newsdesk@khabar.test' AND "password_hash" IS NULL;
