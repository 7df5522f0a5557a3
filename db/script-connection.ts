import { env } from "@/lib/env";
import { connectPglite, connectPostgres, type DatabaseConnection } from "./client";

/** A connection for one-off scripts (migrate, seed, start-up), closed when `work` ends. */
export async function withScriptConnection<T>(work: (connection: DatabaseConnection) => Promise<T>): Promise<T> {
  // One connection, so that session-level advisory locks hold for the whole script.
  const connection = env.DATABASE_URL ? connectPostgres(env.DATABASE_URL, { max: 1 }) : connectPglite(env.PGLITE_DIR);
  try {
    return await work(connection);
  } finally {
    await connection.close();
  }
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** Demo data and test fixtures never go into a database on another machine. */
export function assertLocalDatabase(url = env.DATABASE_URL) {
  if (!url) return;
  const { hostname } = new URL(url);
  if (!LOCAL_HOSTS.has(hostname)) {
    throw new Error(`Refusing to load demo data into a non-local database (${hostname}).`);
  }
}
