/** A small read-only table of results in the pane (the full result is on the sheet). */
import * as React from "react";
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { useResultTableStyles } from "./useResultTableStyles.styles";

export interface ResultColumn<Row> {
  readonly header: string;
  readonly cell: (row: Row) => React.ReactNode;
  readonly numeric?: boolean;
}

export interface ResultTableProps<Row> {
  readonly caption: string;
  readonly columns: readonly ResultColumn<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row) => string;
}

export function ResultTable<Row>({ caption, columns, rows, rowKey }: ResultTableProps<Row>): React.JSX.Element {
  const styles = useResultTableStyles();
  return (
    <Table size="extra-small" className={styles.table} aria-label={caption}>
      <caption className={styles.caption}>{caption}</caption>
      <TableHeader>
        <TableRow>
          {columns.map((c) => (
            <TableHeaderCell key={c.header} className={c.numeric ? styles.number : undefined}>
              {c.header}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={rowKey(r)}>
            {columns.map((c) => (
              <TableCell key={c.header} className={c.numeric ? styles.number : undefined}>
                {c.cell(r)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
