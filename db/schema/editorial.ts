import { bigserial, boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, serial, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { ArticleSnapshot } from "@/lib/editorial/snapshot";
import { articles } from "./articles";
import { articleStatus } from "./enums";
import { users } from "./users";

// Revisions: one per content version of a story (a save that changed something, or a restore).
export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: serial().primaryKey(),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    snapshot: jsonb().$type<ArticleSnapshot>().notNull(),
    authorId: uuid().references(() => users.id),
    // Set when this revision brought back an older one.
    restoredFromVersion: integer(),
    // Autosaves by the same person in one sitting fold into one revision; explicit saves never do.
    isAutosave: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique("article_revisions_version_key").on(table.articleId, table.version)],
);

export const articleEventActions = [
  "created",
  "submitted",
  "returned",
  "published",
  "scheduled",
  "unscheduled",
  "unpublished",
  "archived",
  "unarchived",
  "restored",
  "slug_changed",
  "corrected",
  "withdrawn",
  "embargo_changed",
  "wire_update_seen",
] as const;
export const articleEventAction = pgEnum("article_event_action", articleEventActions);
export type ArticleEventAction = (typeof articleEventActions)[number];

// The append-only audit trail of editorial decisions. A null actor means the system
// (the scheduler) acted.
export const articleEvents = pgTable(
  "article_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    actorId: uuid().references(() => users.id),
    action: articleEventAction().notNull(),
    fromStatus: articleStatus(),
    toStatus: articleStatus(),
    detail: jsonb().$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.articleId, table.createdAt)],
);

// Soft locks: a heartbeat per person with a story open in the editor.
export const articlePresence = pgTable(
  "article_presence",
  {
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    heartbeatAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.userId] })],
);

export const correctionTypes = ["correction", "clarification", "update", "withdrawal"] as const;
/** What an editor appends by hand; a withdrawal is recorded only by taking the story down (lib/dal/wire-stories.ts). */
export const appendedCorrectionTypes = ["correction", "clarification", "update"] as const;
export const correctionType = pgEnum("correction_type", correctionTypes);
export type CorrectionType = (typeof correctionTypes)[number];

export const articleCorrections = pgTable(
  "article_corrections",
  {
    id: serial().primaryKey(),
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    type: correctionType().notNull(),
    note: text().notNull(),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.articleId)],
);

export type ArticleRevision = typeof articleRevisions.$inferSelect;
export type ArticleEvent = typeof articleEvents.$inferSelect;
