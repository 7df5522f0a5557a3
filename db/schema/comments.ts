import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
  unique,
  uuid,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { articles } from "./articles";
import { users } from "./users";

export const commentStatuses = ["pending", "approved", "rejected", "spam", "deleted"] as const;
export const commentStatus = pgEnum("comment_status", commentStatuses);
export type CommentStatus = (typeof commentStatuses)[number];

export const reportReasons = ["spam", "abuse", "off_topic", "other"] as const;
export const reportReason = pgEnum("comment_report_reason", reportReasons);
export type ReportReason = (typeof reportReasons)[number];

/** banned and suspect words flag a comment; an exception (الخنزير البري) is never flagged. */
export const wordLists = ["banned", "suspect", "exception"] as const;
export const wordList = pgEnum("moderation_word_list", wordLists);
export type WordListName = (typeof wordLists)[number];

export const sanctionKinds = ["suspension", "ban"] as const;
export const sanctionKind = pgEnum("commenter_sanction_kind", sanctionKinds);
export type SanctionKind = (typeof sanctionKinds)[number];

export const moderationActions = [
  // the pipeline's decision on a new or edited comment (actor: system)
  "posted",
  "edited",
  // a moderator's decision
  "approved",
  "rejected",
  "marked_spam",
  // enough distinct readers reported an approved comment (actor: system)
  "held",
  "reported",
  "deleted",
  "suspended",
  "banned",
  "sanction_lifted",
  "word_added",
  "word_removed",
  "settings_changed",
] as const;
export const moderationAction = pgEnum("moderation_action", moderationActions);
export type ModerationAction = (typeof moderationActions)[number];

export const comments = pgTable(
  "comments",
  {
    id: uuid().primaryKey().defaultRandom(),
    articleId: uuid()
      .notNull()
      .references(() => articles.id),
    // Replies hang under a top-level comment: threads are two levels deep.
    parentId: uuid().references((): AnyPgColumn => comments.id),
    // Null for guests, who leave a name and an e-mail address instead.
    authorId: uuid().references(() => users.id),
    guestName: text(),
    // Stored normalised (trimmed, lower-case); shown to moderators only.
    guestEmail: text(),
    // Plain text, neutralised (no bidi controls or hidden characters); never parsed as markup.
    body: text().notNull(),
    status: commentStatus().notNull(),
    // Made in the browser when the reader submits; a retry of the same submission reuses it.
    clientKey: uuid().notNull().unique(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp({ withTimezone: true }),
    statusChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Approved replies, so that a removed comment with live replies keeps its place as a stub.
    approvedReplyCount: integer().notNull().default(0),
    // Reports no moderator has answered yet.
    openReportCount: integer().notNull().default(0),
  },
  (table) => [
    index("comments_thread_idx").on(table.articleId, table.createdAt, table.id).where(sql`${table.parentId} is null`),
    index("comments_replies_idx").on(table.parentId, table.createdAt, table.id),
    index("comments_author_idx").on(table.authorId, table.createdAt),
    index("comments_guest_idx").on(table.guestEmail, table.createdAt).where(sql`${table.guestEmail} is not null`),
    index("comments_queue_idx").on(table.status, table.createdAt),
    index("comments_reported_idx").on(table.openReportCount).where(sql`${table.openReportCount} > 0`),
    check(
      "comments_author_check",
      sql`${table.authorId} is not null or (${table.guestName} is not null and ${table.guestEmail} is not null)`,
    ),
  ],
);

export const commentReports = pgTable(
  "comment_reports",
  {
    id: uuid().primaryKey().defaultRandom(),
    commentId: uuid()
      .notNull()
      .references(() => comments.id),
    reporterId: uuid()
      .notNull()
      .references(() => users.id),
    reason: reportReason().notNull(),
    note: text().notNull().default(""),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Set when a moderator decides on the comment; later reports count afresh.
    resolvedAt: timestamp({ withTimezone: true }),
  },
  // A reader reports a comment once.
  (table) => [unique("comment_reports_once").on(table.commentId, table.reporterId)],
);

/** Append-only: who (null = the system), what, when and why, for every moderation decision. */
export const commentModerationEvents = pgTable(
  "comment_moderation_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    commentId: uuid().references(() => comments.id),
    // The commenter a sanction is about (comment events name the comment instead).
    subjectUserId: uuid().references(() => users.id),
    actorId: uuid().references(() => users.id),
    action: moderationAction().notNull(),
    fromStatus: commentStatus(),
    toStatus: commentStatus(),
    // The pipeline rule that decided ("banned-words", "trust"…), or "reports", or null for people.
    rule: text(),
    reason: text().notNull().default(""),
    // What the rule saw, e.g. { kind: "word", word, index, length }.
    evidence: jsonb().$type<Record<string, unknown>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("moderation_events_comment_idx").on(table.commentId, table.id),
    index("moderation_events_subject_idx").on(table.subjectUserId, table.id),
    index("moderation_events_time_idx").on(table.createdAt),
  ],
);

export const commenterSanctions = pgTable(
  "commenter_sanctions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    kind: sanctionKind().notNull(),
    // When a suspension ends; null for a ban.
    endsAt: timestamp({ withTimezone: true }),
    reason: text().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    liftedAt: timestamp({ withTimezone: true }),
    liftedBy: uuid().references(() => users.id),
  },
  (table) => [
    index("commenter_sanctions_user_idx").on(table.userId),
    check("commenter_sanctions_ends_check", sql`(${table.kind} = 'ban') = (${table.endsAt} is null)`),
  ],
);

export const moderationWords = pgTable(
  "moderation_words",
  {
    id: serial().primaryKey(),
    word: text().notNull(),
    list: wordList().notNull(),
    /** Whether proclitics, a vocative and possessive suffixes may surround it (بكس is not كس). */
    clitics: boolean().notNull().default(true),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique("moderation_words_once").on(table.list, table.word)],
);

/**
 * One row per commenter (`user:<id>` or `guest:<email>`), whose version every new or edited
 * comment of theirs raises. A post is written only if the version is still the one it read
 * the author's history at, so rate and repeat checks always see every earlier comment.
 */
export const commenterActivity = pgTable("commenter_activity", {
  authorKey: text().primaryKey(),
  version: integer().notNull(),
});

/** Site-wide settings as validated JSON objects, one row per key ("comments", …). */
export const siteSettings = pgTable("site_settings", {
  key: text().primaryKey(),
  value: jsonb().$type<unknown>().notNull(),
  updatedBy: uuid().references(() => users.id),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type Comment = typeof comments.$inferSelect;
