import { boolean, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { addressForm, landingPage, userRole, userStatus } from "./enums";

export const users = pgTable("users", {
  id: uuid().primaryKey().defaultRandom(),
  // Stored normalised (trimmed, NFKC, lower-case) so that lookups are exact.
  email: text().notNull().unique(),
  displayName: text().notNull(),
  // Public author pages live at /authors/<slug>; readers who never write keep it null.
  slug: text().unique(),
  bio: text(),
  // A byline that is a desk or an agency ("هيئة التحرير"), not a person: schema.org Organization.
  isOrganization: boolean().notNull().default(false),
  // How messages speak of this person to colleagues (يحرّر / تحرّر); null: a phrasing that fits anyone.
  addressedAs: addressForm(),
  role: userRole().notNull().default("reader"),
  status: userStatus().notNull().default("active"),
  // Null for accounts that cannot sign in (the newsroom desk byline).
  passwordHash: text(),
  // Bumped on role change, deactivation, password change and "sign out everywhere":
  // a session cookie carrying an older version is no longer accepted.
  sessionVersion: integer().notNull().default(1),
  // The page chosen on /account to land on after signing in; null means the role's own desk.
  landing: landingPage(),
  // Set when the owner proves the address (a link sent to it); a reader comments only after that.
  emailVerifiedAt: timestamp({ withTimezone: true }),
  // Opt-in: an e-mail when someone replies to one of their comments.
  notifyReplies: boolean().notNull().default(false),
  // Opt-in: an e-mail when a moderator rejects one of their comments, or suspends or bans them.
  notifyModeration: boolean().notNull().default(false),
  // Set when the owner deleted the account: the row stays (bylines, logs) without personal data.
  deletedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export type User = typeof users.$inferSelect;
