import "server-only";
import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { CasingCache } from "drizzle-orm/casing";

// Hand-written statements name tables and columns through the schema, so a renamed column fails
// type-checking instead of at run time. Drizzle writes `${table.column}` qualified
// ("comments"."body"), which an insert's column list or an update's set clause does not accept.

// The casing db/client.ts gives Drizzle: snake_case columns under camelCase keys.
const casing = new CasingCache("snake_case");

/** A column's bare name, as the database knows it. */
export function column(of: AnyColumn): SQL {
  return sql`${sql.identifier(casing.getColumnCasing(of))}`;
}

/** Several columns' bare names, comma-separated, for an insert's column list. */
export function columns(...of: AnyColumn[]): SQL {
  return sql.join(of.map(column), sql`, `);
}
