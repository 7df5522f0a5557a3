import { rmSync } from "node:fs";
import { connectPglite, connectPostgres, type DatabaseConnection } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { assertLocalDatabase } from "@/db/script-connection";
import { seedDemoNewsroom } from "@/db/seed";
import { createFreshDatabase } from "@/db/testing/fresh-database";

const E2E_PGLITE_DIR = ".data/e2e";

/**
 * A fresh, seeded database for one e2e run: `<database>_e2e` beside the one in DATABASE_URL,
 * or an embedded PGlite in .data/e2e. Returns the environment the server needs to use it.
 */
export async function prepareE2eDatabase(): Promise<Record<string, string>> {
  const serverUrl = process.env.DATABASE_URL;
  let connection: DatabaseConnection;
  let serverEnv: Record<string, string>;
  if (serverUrl) {
    assertLocalDatabase(serverUrl);
    const name = `${new URL(serverUrl).pathname.slice(1) || "postgres"}_e2e`.replace(/\W/g, "_");
    const url = await createFreshDatabase(serverUrl, name);
    connection = connectPostgres(url, { max: 1 });
    serverEnv = { DATABASE_URL: url };
  } else {
    rmSync(E2E_PGLITE_DIR, { recursive: true, force: true });
    connection = connectPglite(E2E_PGLITE_DIR);
    serverEnv = { PGLITE_DIR: E2E_PGLITE_DIR };
  }
  try {
    await migrateDatabase(connection);
    await seedDemoNewsroom(connection.db);
  } finally {
    await connection.close();
  }
  return serverEnv;
}
