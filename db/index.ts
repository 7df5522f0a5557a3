import { env } from "@/lib/env";
import { connectPglite, connectPostgres, type Database, type DatabaseConnection } from "./client";

// One connection per process, created on first use (the build never opens one)
// and kept across dev-server reloads.
const globalForDb = globalThis as unknown as { khabarDb?: DatabaseConnection };

export function getConnection(): DatabaseConnection {
  globalForDb.khabarDb ??= env.DATABASE_URL ? connectPostgres(env.DATABASE_URL, { guarded: true }) : connectPglite(env.PGLITE_DIR);
  return globalForDb.khabarDb;
}

export function getDb(): Database {
  return getConnection().db;
}

export async function closeDb() {
  await globalForDb.khabarDb?.close();
  globalForDb.khabarDb = undefined;
}

export type { Database };
