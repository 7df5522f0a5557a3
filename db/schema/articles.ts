import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { ArticleDocument } from "@/lib/article-document";
import { articleStatus, commentMode } from "./enums";
import { images } from "./media";
import { sections } from "./sections";
import { users } from "./users";
import { wireItems } from "./wire";

export const articles = pgTable(
  "articles",
  {
    id: uuid().primaryKey().defaultRandom(),
    // What the story asks for while a draft; its public address, unique among the stories that
    // hold one, from the moment it is published or scheduled (lib/editorial/public-slug.ts).
    slug: text().notNull(),
    sectionId: integer()
      .notNull()
      .references(() => sections.id),
    status: articleStatus().notNull().default("draft"),
    kicker: text().notNull().default(""),
    headline: text().notNull(),
    dek: text().notNull().default(""),
    // Place and source, e.g. "دمشق (أ ف ب)".
    dateline: text().notNull().default(""),
    // Wire or source attribution shown under the story, e.g. "أ ف ب، رويترز".
    source: text().notNull().default(""),
    body: jsonb().$type<ArticleDocument>().notNull(),
    language: text().notNull().default("ar"),
    direction: text().notNull().default("rtl"),
    isBreaking: boolean().notNull().default(false),
    coverImageId: uuid().references(() => images.id),
    coverCaption: text().notNull().default(""),
    coverCredit: text().notNull().default(""),
    coverAlt: text().notNull().default(""),
    seoTitle: text().notNull().default(""),
    seoDescription: text().notNull().default(""),
    commentMode: commentMode().notNull().default("open"),
    // Scheduled stories carry their go-live time here too.
    publishedAt: timestamp({ withTimezone: true }),
    // Reader-visible "updated" time; typo fixes leave it alone.
    updatedAt: timestamp({ withTimezone: true }),
    // The time an editor scheduled the story for; kept after it goes live so that a late
    // start (the server was down) shows on the desk.
    scheduledFor: timestamp({ withTimezone: true }),
    // Live coverage (db/schema/live.ts): started, and ended until an editor reopens it.
    coverageStartedAt: timestamp({ withTimezone: true }),
    coverageEndedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    modifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid().references(() => users.id),
    // Who saved last: named in the conflict message when a stale save is refused.
    modifiedBy: uuid().references(() => users.id),
    // Optimistic lock: every save must name the version it was based on.
    version: integer().notNull().default(1),
    // Approved comments, replies included; kept in step with every status change of a comment.
    commentCount: integer().notNull().default(0),
    // Not to be published before this time (an agency's embargo, or the desk's own).
    embargoedUntil: timestamp({ withTimezone: true }),
    // The agency item the story was made from, and the version of it the desk has taken in:
    // a later version, or a kill, flags the story.
    wireItemId: uuid().references(() => wireItems.id),
    wireVersion: integer(),
  },
  (table) => [
    // Lists read newest first with the id to break ties, `ORDER BY … DESC` (nulls first): the
    // indexes hold that order, so a page is a walk down an index, not a sort of every story.
    index("articles_public_listing_idx").on(table.status, table.publishedAt.desc().nullsFirst(), table.id.desc().nullsFirst()),
    index("articles_section_listing_idx").on(table.sectionId, table.status, table.publishedAt.desc().nullsFirst(), table.id.desc().nullsFirst()),
    index("articles_desk_idx").on(table.status, table.modifiedAt.desc().nullsFirst(), table.id.desc().nullsFirst()),
    index("articles_wire_item_idx").on(table.wireItemId).where(sql`${table.wireItemId} is not null`),
    check("articles_direction_check", sql`${table.direction} in ('rtl', 'ltr')`),
    // Drafts do not hold addresses: only stories that are or were published (or scheduled) do.
    uniqueIndex("articles_public_slug_key").on(table.slug).where(sql`${table.publishedAt} is not null`),
  ],
);

export const articleAuthors = pgTable(
  "article_authors",
  {
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    position: integer().notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.userId] }), index().on(table.userId)],
);

export const tags = pgTable("tags", {
  id: serial().primaryKey(),
  slug: text().notNull().unique(),
  name: text().notNull().unique(),
});

export const articleTags = pgTable(
  "article_tags",
  {
    articleId: uuid()
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    tagId: integer()
      .notNull()
      .references(() => tags.id),
  },
  (table) => [primaryKey({ columns: [table.articleId, table.tagId] }), index().on(table.tagId)],
);

export const articleSlugHistory = pgTable("article_slug_history", {
  slug: text().primaryKey(),
  articleId: uuid()
    .notNull()
    .references(() => articles.id, { onDelete: "cascade" }),
  retiredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Article = typeof articles.$inferSelect;
export type Tag = typeof tags.$inferSelect;
