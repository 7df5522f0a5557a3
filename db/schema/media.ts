import { customType, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

// PGlite returns bytea as Uint8Array, postgres.js as Buffer: both are Uint8Arrays.
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

// Uploaded images live in the database so that every app instance serves the same files.
export const images = pgTable("images", {
  id: uuid().primaryKey().defaultRandom(),
  // The format the upload really was (sniffed from its bytes): jpeg, png, webp or avif.
  sourceFormat: text().notNull(),
  width: integer().notNull(),
  height: integer().notNull(),
  byteSize: integer().notNull(),
  createdBy: uuid().references(() => users.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const imageVariants = pgTable(
  "image_variants",
  {
    imageId: uuid()
      .notNull()
      .references(() => images.id, { onDelete: "cascade" }),
    width: integer().notNull(),
    height: integer().notNull(),
    // "webp" for every width, plus "jpeg" or "png" as the fallback.
    format: text().notNull(),
    bytes: bytea().notNull(),
  },
  (table) => [primaryKey({ columns: [table.imageId, table.width, table.format] })],
);

export type Image = typeof images.$inferSelect;
