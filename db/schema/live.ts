import { bigint, bigserial, boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { ArticleDocument } from "@/lib/article-document";
import { articles } from "./articles";
import { users } from "./users";

// Live coverage: a story whose `coverageStartedAt` is set carries a stream of short updates.
// Each update is its own row, so several editors post at once without touching the story's version.

export const liveUpdateStatuses = ["draft", "published", "removed"] as const;
export const liveUpdateStatus = pgEnum("live_update_status", liveUpdateStatuses);
export type LiveUpdateStatus = (typeof liveUpdateStatuses)[number];

export const liveUpdates = pgTable(
  "live_updates",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    status: liveUpdateStatus().notNull().default("draft"),
    headline: text().notNull().default(""),
    body: jsonb().$type<ArticleDocument>().notNull(),
    // A key event ("أبرز التطورات"), listed above the stream.
    isKeyEvent: boolean().notNull().default(false),
    // Bumped by every change readers can see; late or repeated live messages carry an older one.
    version: integer().notNull().default(1),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp({ withTimezone: true }),
    // Set when a published update's words change: readers see "عُدّل".
    editedAt: timestamp({ withTimezone: true }),
  },
  (table) => [index("live_updates_stream_idx").on(table.articleId, table.status, table.publishedAt.desc(), table.id.desc())],
);

export const liveUpdateAuthors = pgTable(
  "live_update_authors",
  {
    updateId: bigint({ mode: "number" })
      .notNull()
      .references(() => liveUpdates.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    position: integer().notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.updateId, table.userId] })],
);

// What an update said before each edit.
export const liveUpdateRevisions = pgTable(
  "live_update_revisions",
  {
    updateId: bigint({ mode: "number" })
      .notNull()
      .references(() => liveUpdates.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    headline: text().notNull(),
    body: jsonb().$type<ArticleDocument>().notNull(),
    editedBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique("live_update_revisions_version_key").on(table.updateId, table.version)],
);

// Every message sent to open pages, by channel, so that a page that reconnects (or loaded a
// cached copy rendered a moment ago) is sent what it missed. Kept for a day.
export const liveEvents = pgTable(
  "live_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    channel: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("live_events_channel_idx").on(table.channel, table.id), index("live_events_created_idx").on(table.createdAt)],
);

export type LiveUpdate = typeof liveUpdates.$inferSelect;
