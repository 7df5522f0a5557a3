import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import { selectRows, type DatabaseConnection } from "./client";
import { indexUnindexedArticles } from "@/lib/dal/internal/search-index";

const migrationsFolder = path.join(process.cwd(), "db", "migrations");
// Several app instances may start at once; only one applies migrations at a time.
const MIGRATION_LOCK = 7_201_186;

export async function migrateDatabase(connection: DatabaseConnection) {
  await assertUtf8Database(connection);
  if (connection.kind === "pglite") {
    await migratePglite(connection.db as unknown as PgliteDatabase, { migrationsFolder });
    await indexUnindexedArticles(connection.db);
    return;
  }
  // The session lock needs a single-connection client (see connectPostgres's `max`).
  await connection.db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
  try {
    await migratePostgres(connection.db, { migrationsFolder });
    // Articles saved before the search index existed get their search documents here.
    await indexUnindexedArticles(connection.db);
  } finally {
    await connection.db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
  }
}

// Arabic search needs a UTF-8 database with a UTF-8 character type: under LC_CTYPE=C,
// pg_trgm yields no trigrams for Arabic and Arabic punctuation sticks to words.
export async function assertUtf8Database({ db }: DatabaseConnection) {
  const rows = await selectRows<{ encoding: string; ctype: string }>(db, sql`
    select pg_encoding_to_char(encoding) as encoding, datctype as ctype
    from pg_database where datname = current_database()`);
  const { encoding, ctype } = rows[0] ?? { encoding: "unknown", ctype: "unknown" };
  const utf8 = /utf-?8/i;
  if (!utf8.test(encoding) || !(utf8.test(ctype) || /icu|und/i.test(ctype))) {
    throw new Error(
      `The database must use UTF-8 with a UTF-8 character type (found encoding ${encoding}, LC_CTYPE ${ctype}). ` +
        `Create it with: CREATE DATABASE khabar ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0;`,
    );
  }
}
