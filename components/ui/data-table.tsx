import type { ReactNode } from "react";

type Props = {
  /** Column headings, in reading order. */
  columns: readonly string[];
  /** Whether there are rows; without any, `empty` is shown instead of the table. */
  hasRows: boolean;
  empty: string;
  /** Extra classes for the table and for the empty-state paragraph. */
  className?: string;
  emptyClassName?: string;
  /** The table's rows. */
  children: ReactNode;
};

/** A staff list as a table that scrolls sideways on a phone, or a line saying it is empty. */
export function DataTable({ columns, hasRows, empty, className, emptyClassName, children }: Props) {
  if (!hasRows) return <p className={["empty-state", emptyClassName].filter(Boolean).join(" ")}>{empty}</p>;
  return (
    <div className="table-scroll">
      <table className={["data-table", className].filter(Boolean).join(" ")}>
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
