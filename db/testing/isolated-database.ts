import { randomBytes } from "node:crypto";
import { afterAll, beforeAll } from "vitest";
import { createFreshDatabase, databaseUrl, dropDatabase } from "./fresh-database";

// Every integration test file gets a database of its own: a fresh database on the server
// named by DATABASE_URL, or an in-memory PGlite when none is set. Migrations run first.

const serverUrl = process.env.DATABASE_URL || undefined;
const databaseName = `khabar_test_${randomBytes(6).toString("hex")}`;

if (serverUrl) {
  process.env.DATABASE_URL = databaseUrl(serverUrl, databaseName);
} else {
  process.env.PGLITE_DIR = "memory://";
}

beforeAll(async () => {
  if (serverUrl) await createFreshDatabase(serverUrl, databaseName);
  const { getConnection } = await import("@/db");
  const { migrateDatabase } = await import("@/db/migrate");
  const { withScriptConnection } = await import("@/db/script-connection");
  const connection = getConnection();
  // The in-memory PGlite lives in this process; a server database is migrated over one connection.
  await (connection.kind === "pglite" ? migrateDatabase(connection) : withScriptConnection(migrateDatabase));
});

afterAll(async () => {
  const { closeDb } = await import("@/db");
  await closeDb();
  if (serverUrl) await dropDatabase(serverUrl, databaseName);
});
