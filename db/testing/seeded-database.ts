import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectPglite, connectPostgres, type Database, type DatabaseConnection } from "../client";
import { migrateDatabase } from "../migrate";
import { assertLocalDatabase } from "../script-connection";
import { seedDemoNewsroom } from "../seed";
import { createFreshDatabase, databaseUrl, dropDatabase } from "./fresh-database";

function seededDatabaseName(serverUrl: string, label: string) {
  return `${new URL(serverUrl).pathname.slice(1) || "postgres"}_${label}`.replace(/\W/g, "_");
}

/** Where prepareSeededDatabase(label) put its database on the server in DATABASE_URL. */
export function seededDatabaseUrl(label: string): string {
  return databaseUrl(process.env.DATABASE_URL!, seededDatabaseName(process.env.DATABASE_URL!, label));
}

const pgliteDir = (label: string) => join(tmpdir(), `khabar-${label}`);

/**
 * A fresh demo newsroom for one e2e or benchmark run, named by `label`: `<database>_<label>`
 * beside the one in DATABASE_URL (a local server only), or an embedded PGlite in a temporary folder.
 * `alsoSeed` adds what a run needs beyond the demo (an embedded database opens in one process at
 * a time, so this is the moment). Returns the environment a server needs to use it, with a
 * session key for the run.
 */
export async function prepareSeededDatabase(label: string, alsoSeed?: (db: Database) => Promise<void>): Promise<Record<string, string>> {
  const serverUrl = process.env.DATABASE_URL;
  let connection: DatabaseConnection;
  let serverEnv: Record<string, string>;
  if (serverUrl) {
    assertLocalDatabase(serverUrl);
    const url = await createFreshDatabase(serverUrl, seededDatabaseName(serverUrl, label));
    connection = connectPostgres(url, { max: 1 });
    serverEnv = { DATABASE_URL: url };
  } else {
    const dataDir = pgliteDir(label);
    rmSync(dataDir, { recursive: true, force: true });
    connection = connectPglite(dataDir);
    serverEnv = { PGLITE_DIR: dataDir };
  }
  try {
    await migrateDatabase(connection);
    await seedDemoNewsroom(connection.db);
    await alsoSeed?.(connection.db);
  } finally {
    await connection.close();
  }
  return { ...serverEnv, AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(32).toString("base64url") };
}

/** Drops what prepareSeededDatabase(label) made. */
export async function dropSeededDatabase(label: string) {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) await dropDatabase(serverUrl, seededDatabaseName(serverUrl, label));
  else rmSync(pgliteDir(label), { recursive: true, force: true });
}
