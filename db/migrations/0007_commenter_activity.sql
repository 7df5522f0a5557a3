CREATE TABLE "commenter_activity" (
	"author_key" text PRIMARY KEY NOT NULL,
	"version" integer NOT NULL
);
