import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, jsonb, pgEnum, pgTable, serial, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import type { WireItem } from "@/lib/wire/wire-item";
import { wireFormats, wirePubStatuses } from "@/lib/wire/wire-item";
import type { ArticleDocument } from "@/lib/article-document";

// The wire desk: agencies, the items they send (keyed by the agency's URI, one row per item,
// with every version kept), files refused, and drop-folder files claimed by one instance.

export const wireFormat = pgEnum("wire_format", wireFormats);
export const wirePubStatus = pgEnum("wire_pub_status", wirePubStatuses);

export const wireChannels = ["http", "drop", "seed"] as const;
export const wireChannel = pgEnum("wire_channel", wireChannels);
export type WireChannel = (typeof wireChannels)[number];

export const wireSources = pgTable(
  "wire_sources",
  {
  id: serial().primaryKey(),
  // Names the drop folder (<WIRE_DROP_DIR>/<slug>/) and the endpoint (/api/wire/<slug>).
  slug: text().notNull().unique(),
  name: text().notNull(),
  // How stories credit the agency: "أ ف ب".
  attribution: text().notNull(),
  // SHA-256 of the endpoint's key (a random 256-bit secret, so a fast hash is enough); null: no endpoint.
  apiKeyHash: text().unique(),
  // Addresses or CIDR ranges the endpoint accepts; empty: any.
  allowedIps: text().array().notNull().default(sql`'{}'::text[]`),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  // The slug names a folder and a path segment: nothing that could climb out of either.
  (table) => [check("wire_sources_slug_check", sql`${table.slug} ~ '^[a-z0-9-]{1,40}$'`)],
);

export const wireItems = pgTable(
  "wire_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    sourceId: integer()
      .notNull()
      .references(() => wireSources.id),
    uri: text().notNull(),
    // The latest version's fields, for the queue; every version is in wire_item_versions.
    version: integer().notNull(),
    format: wireFormat().notNull(),
    pubStatus: wirePubStatus().notNull(),
    urgency: integer(),
    headline: text().notNull(),
    slugline: text().notNull().default(""),
    language: text().notNull(),
    located: text().notNull().default(""),
    subjects: text().array().notNull().default(sql`'{}'::text[]`),
    embargoedUntil: timestamp({ withTimezone: true }),
    body: jsonb().$type<ArticleDocument>().notNull(),
    editorNote: text().notNull().default(""),
    versionCreated: timestamp({ withTimezone: true }).notNull(),
    firstReceivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastReceivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    unique("wire_items_source_uri_key").on(table.sourceId, table.uri),
    index("wire_items_queue_idx").on(table.versionCreated.desc().nullsFirst(), table.id),
    index("wire_items_source_queue_idx").on(table.sourceId, table.versionCreated.desc().nullsFirst()),
    check("wire_items_urgency_check", sql`${table.urgency} between 1 and 9`),
  ],
);

export const wireItemVersions = pgTable(
  "wire_item_versions",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    itemId: uuid()
      .notNull()
      .references(() => wireItems.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    // The item as parsed, dates as ISO strings.
    content: jsonb().$type<StoredWireItem>().notNull(),
    channel: wireChannel().notNull(),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [unique("wire_item_versions_item_version_key").on(table.itemId, table.version)],
);

// Files and requests refused, with why: the desk's ingest log.
export const wireRejections = pgTable(
  "wire_rejections",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    sourceId: integer().references(() => wireSources.id),
    channel: wireChannel().notNull(),
    fileName: text().notNull().default(""),
    reason: text().notNull(),
    detail: text().notNull().default(""),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index().on(table.receivedAt.desc().nullsFirst())],
);

// One row per dropped file: the instance that inserts it processes the file; a claim left
// unfinished (the instance died) may be taken over after a while. Ingest is idempotent, so a
// takeover never doubles an item.
export const wireDropClaims = pgTable(
  "wire_drop_claims",
  {
    sourceId: integer()
      .notNull()
      .references(() => wireSources.id),
    fileName: text().notNull(),
    // SHA-256 of the content: an agency reusing a file name with new content is a new file.
    contentHash: text().notNull(),
    claimedBy: text().notNull(),
    claimedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
    outcome: text(),
  },
  (table) => [unique("wire_drop_claims_file_key").on(table.sourceId, table.fileName, table.contentHash)],
);

export type StoredWireItem = Omit<WireItem, "versionCreated" | "embargoedUntil"> & { versionCreated: string; embargoedUntil: string | null };
export type WireSource = typeof wireSources.$inferSelect;
export type WireItemRow = typeof wireItems.$inferSelect;
