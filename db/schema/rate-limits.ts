import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

// Counters for rate-limiter-flexible's Drizzle store, shared by every app instance.
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  points: integer().notNull(),
  expire: timestamp({ withTimezone: true }),
});
