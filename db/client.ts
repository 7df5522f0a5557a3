import { mkdirSync } from "node:fs";
import type { SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { IDLE_IN_TRANSACTION_MS, READER_BUDGET, SILENCE_DEADLINE_MS } from "./budgets";
import { watchedSocket } from "./silence-deadline";

// Both drivers expose the same Drizzle query API; the app is typed against one of them.
export type Database = PostgresJsDatabase;

export interface DatabaseConnection {
  db: Database;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

const drizzleOptions = { casing: "snake_case" } as const;

const CONNECT_TIMEOUT_S = 5;

/**
 * `guarded`: the app's own pool, with the readers' statement and lock budgets, an
 * idle-in-transaction limit and a deadline on a silent server (db/budgets.ts). Scripts are not.
 */
export function connectPostgres(url: string, options: { max?: number; guarded?: boolean } = {}): DatabaseConnection {
  const client = postgres(url, {
    max: options.max ?? 10,
    connect_timeout: CONNECT_TIMEOUT_S,
    idle_timeout: 30,
    onnotice: () => {},
    ...(options.guarded && {
      connection: {
        statement_timeout: READER_BUDGET.statementMs,
        lock_timeout: READER_BUDGET.lockMs,
        idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
      },
      socket: watchedSocket(SILENCE_DEADLINE_MS),
    }),
  });
  return {
    db: drizzlePostgres({ client, ...drizzleOptions }),
    kind: "postgres",
    close: () => client.end({ timeout: 5 }),
  };
}

export function connectPglite(dataDir: string): DatabaseConnection {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  // The embedded demo keeps a small buffer pool: PGlite's WASM heap counts toward the app's memory.
  // Extensions are loaded at construction; the migrations create them (pg_trgm: search suggestions).
  const client = new PGlite(dataDir, { postgresqlconf: ["shared_buffers=32MB"], extensions: { pg_trgm } });
  return {
    db: drizzlePglite({ client, ...drizzleOptions }) as unknown as Database,
    kind: "pglite",
    close: () => client.close(),
  };
}

// postgres.js returns rows as an array, PGlite wraps them in { rows }.
export async function selectRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}

const dialect = new PgDialect(drizzleOptions);

/**
 * selectRows for busy statements of a fixed shape. Drizzle prepares only queries given a name,
 * so on PostgreSQL every other query is parsed and planned each time, in two round trips (one
 * to learn the parameter types). Here each connection prepares the statement once; later runs
 * take one round trip and no planning. In a transaction, and on PGlite, it is selectRows.
 */
export async function selectPreparedRows<T>(db: Database, query: SQL): Promise<T[]> {
  const client = (db as { $client?: unknown }).$client;
  if (typeof client !== "function" || !("unsafe" in client)) return selectRows<T>(db, query);
  const { sql, params } = dialect.sqlToQuery(query);
  return (await (client as postgres.Sql).unsafe(sql, params as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as T[];
}
