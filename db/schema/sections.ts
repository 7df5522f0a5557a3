import { integer, pgTable, serial, text } from "drizzle-orm/pg-core";

export const sections = pgTable("sections", {
  id: serial().primaryKey(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull().default(""),
  position: integer().notNull().default(0),
});

export type Section = typeof sections.$inferSelect;
