CREATE TYPE "public"."address_form" AS ENUM('masculine', 'feminine');--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "addressed_as" "address_form";