import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const mailStatuses = ["queued", "sending", "sent", "kept", "failed"] as const;
export const mailStatus = pgEnum("mail_status", mailStatuses);
export type MailStatus = (typeof mailStatuses)[number];

/**
 * The outgoing mail queue. Requests only insert; the editorial clock's mail tick claims due rows
 * (`queued`, or `sending` whose lease ran out), sends them and marks them `sent`, or `kept` in the
 * embedded demo without SMTP, or back to `queued` with a later `nextAttemptAt` after a failure.
 */
export const mailMessages = pgTable(
  "mail_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    // The account it is about, so that deleting the account deletes its mail; null for none.
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    to: text().notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text().notNull(),
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    status: mailStatus().notNull().default("queued"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // While `sending`: until when the worker that claimed it holds it.
    leaseUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (table) => [
    index("mail_messages_due_idx").on(table.nextAttemptAt).where(sql`${table.status} in ('queued', 'sending')`),
    index("mail_messages_created_idx").on(table.createdAt),
  ],
);

// unsubscribe links are used any number of times (unsubscribing twice is unsubscribing); the others once.
export const accountTokenPurposes = ["verify_email", "reset_password", "set_password", "unsubscribe"] as const;
export const accountTokenPurpose = pgEnum("account_token_purpose", accountTokenPurposes);
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];

/** Links sent by e-mail: only an HMAC of the token is stored; each is used once, before it expires. */
export const accountTokens = pgTable(
  "account_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: accountTokenPurpose().notNull(),
    tokenHash: text().notNull().unique(),
    // The address the link was sent to: verifying proves this one, not whatever the account holds later.
    email: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("account_tokens_user_idx").on(table.userId, table.purpose),
    check("account_tokens_expiry_check", sql`${table.expiresAt} > ${table.createdAt}`),
  ],
);
