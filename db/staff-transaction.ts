import { sql } from "drizzle-orm";
import { STAFF_BUDGET } from "./budgets";
import { getDb, type Database } from "./index";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** A transaction for staff work (saving, publishing, moderating): the staff's budgets, for it alone. */
export function staffTransaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
  return getDb().transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('statement_timeout', ${String(STAFF_BUDGET.statementMs)}, true), set_config('lock_timeout', ${String(STAFF_BUDGET.lockMs)}, true)`,
    );
    return work(tx);
  });
}
