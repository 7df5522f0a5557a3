import type { CSSProperties, ReactNode } from "react";

type Props = {
  /** Column headings, in reading order. */
  columns: readonly string[];
  /** Whether there are rows; without any, `empty` is shown instead of the table. */
  hasRows: boolean;
  empty: string;
  /** Extra classes for the table and for the empty-state paragraph. */
  className?: string;
  emptyClassName?: string;
  /** The table's rows: <tr>s whose cells follow `columns`, a row heading (<th>) first if any. */
  children: ReactNode;
};

/**
 * A staff list as a table; on a phone each row becomes a card whose cells are labelled with
 * their column's heading (globals.css reads the headings from the custom properties set here).
 */
export function DataTable({ columns, hasRows, empty, className, emptyClassName, children }: Props) {
  if (!hasRows) return <p className={["empty-state", emptyClassName].filter(Boolean).join(" ")}>{empty}</p>;
  // CSS strings: JSON's quoting and backslash escapes are CSS's too.
  const labels = Object.fromEntries(columns.map((column, index) => [`--column-${index + 1}`, JSON.stringify(column)])) as CSSProperties;
  return (
    <div className="table-scroll">
      <table className={["data-table", "data-table--cards", className].filter(Boolean).join(" ")} style={labels}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
