import postgres from "postgres";

// Throw-away databases on a local PostgreSQL server, for test runs. Names are generated
// by the callers (never user input), so they are safe to splice into DDL.

async function onServer(serverUrl: string, statement: string) {
  const sql = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end();
  }
}

export function databaseUrl(serverUrl: string, name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** (Re)creates `name` as an empty UTF-8 database and returns its URL. */
export async function createFreshDatabase(serverUrl: string, name: string): Promise<string> {
  await dropDatabase(serverUrl, name);
  await onServer(
    serverUrl,
    `create database ${name} encoding 'UTF8' lc_ctype 'C.UTF-8' lc_collate 'C.UTF-8' template template0`,
  );
  return databaseUrl(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string) {
  await onServer(serverUrl, `drop database if exists ${name} with (force)`);
}
