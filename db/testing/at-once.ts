import { setTimeout as sleep } from "node:timers/promises";
import postgres from "postgres";
import { describe } from "vitest";
import { getDb } from "@/db";

// Race tests: writers that overlap inside PostgreSQL, so that a missing lock shows.

/**
 * A group of race tests. They run on PostgreSQL only: embedded PGlite runs one transaction at
 * a time, so transactions there take turns, and a race test could pass without the lock it checks.
 */
export function describeRace(title: string, tests: () => void) {
  describe.skipIf(!process.env.DATABASE_URL)(`${title} (PostgreSQL only: PGlite runs one transaction at a time)`, tests);
}

const GATE_TIMEOUT_MS = 10_000;

/**
 * Starts `count` racers together and holds each one at its first write to `table` (or its first
 * FOR UPDATE there) until all of them are waiting, then lets them go at once. Each racer has its
 * own connection of the app's pool, so they overlap: every one has read what it reads before any
 * of them writes. The gate is an EXCLUSIVE lock on the table, taken on a connection of its own;
 * it stops writers and lets readers through. Resolves with the racers' results, in order.
 */
export async function atOnce<T>(table: string, count: number, racer: (index: number) => Promise<T>): Promise<T[]> {
  const pool = (getDb() as unknown as { $client: postgres.Sql }).$client.options.max;
  if (count > pool) throw new Error(`${count} racers cannot all be in the database at once: the app's pool holds ${pool} connections`);
  const gate = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    let results!: Promise<T[]>;
    await gate.begin(async (tx) => {
      await tx.unsafe(`lock table ${table} in exclusive mode`);
      const [{ pid }] = await tx<[{ pid: number }]>`select pg_backend_pid() as pid`;
      results = Promise.all(Array.from({ length: count }, (_, index) => racer(index)));
      let failure: unknown;
      results.catch((error) => (failure = error));
      for (const start = Date.now(); ; await sleep(10)) {
        const [{ waiting }] = await tx<[{ waiting: number }]>`
          select count(distinct pid)::int as waiting from pg_locks where not granted and ${pid}::int = any(pg_blocking_pids(pid))`;
        if (waiting >= count) break;
        if (failure) throw failure;
        if (Date.now() - start > GATE_TIMEOUT_MS) throw new Error(`only ${waiting} of ${count} racers reached the gate on ${table}`);
      }
    });
    return await results;
  } finally {
    await gate.end();
  }
}
