import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "@/db";

const HEALTH_TIMEOUT_MS = 2_000;

/** Whether the database answers a trivial query in time. */
export async function checkDatabase(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), HEALTH_TIMEOUT_MS);
  });
  try {
    return await Promise.race([getDb().execute(sql`select 1`).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
