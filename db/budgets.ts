// How long the app's work may take in PostgreSQL. Readers' requests get the pool's defaults;
// staff writes (saving, publishing) raise them for their own transaction. Scripts (migrations,
// seeds, benches) open their own connections without these limits.

export const READER_BUDGET = { statementMs: 5_000, lockMs: 2_000 };
export const STAFF_BUDGET = { statementMs: 15_000, lockMs: 5_000 };
/** A transaction left open and idle this long is ended by the server, releasing its locks. */
export const IDLE_IN_TRANSACTION_MS = 10_000;
/**
 * A pooled connection whose server sends nothing back this long after a query went out is
 * dropped (db/silence-deadline.ts). Above every statement budget, so a slow statement is ended
 * by the server first, with its own error.
 */
export const SILENCE_DEADLINE_MS = STAFF_BUDGET.statementMs + 3_000;
