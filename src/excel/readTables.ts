/**
 * Read every table of the workbook as TableData. Two syncs whatever the size: one for the table list,
 * one for all header and body ranges queued together. A cell holding an Excel error value (#N/A, #REF!:
 * Office.js gives its text in `values` and "Error" in `valueTypes`) reads as blank and is listed in
 * `errorValues`, so the engine reports it and blocks only the features that use its column, as the CLI does.
 */
import type { ErrorValueCell, RawCell, TableData } from "../engine/portfolio";
import { withCellEditRetry, type RetryOptions } from "./retry";

export async function readTables(options: RetryOptions = {}): Promise<TableData[]> {
  return withCellEditRetry(
    () =>
      Excel.run(async (context) => {
        const tables = context.workbook.tables;
        tables.load("items/name");
        await context.sync();

        const queued = tables.items.map((table) => ({
          table,
          sheet: table.worksheet.load("name"),
          header: table.getHeaderRowRange().load("values,rowIndex,columnIndex"),
          body: table.getDataBodyRange().load("values,valueTypes"),
        }));
        await context.sync();

        return queued.map(({ table, sheet, header, body }) => {
          const headers = (header.values[0] ?? []).map((h) => String(h ?? "").trim());
          const rows = trimTrailingBlankRows(body.values).map((row) => row.map(toRawCell));
          const errorValues = errorCells(rows, body.valueTypes);
          return {
            name: table.name,
            headers,
            rows,
            address: { sheet: sheet.name, headerRow: header.rowIndex, firstColumn: header.columnIndex },
            ...(errorValues.length > 0 ? { errorValues } : {}),
          };
        });
      }),
    options,
  );
}

/** Cells whose value type is "Error": blanked in `rows`, listed by 1-based data row and column index. */
function errorCells(rows: RawCell[][], types: readonly (readonly string[])[] | undefined): ErrorValueCell[] {
  const found: ErrorValueCell[] = [];
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (types?.[r]?.[c] !== "Error") return;
      found.push({ row: r + 1, column: c, code: String(value ?? "#VALUE!") });
      row[c] = null;
    }),
  );
  return found;
}

function toRawCell(value: unknown): RawCell {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/** A new table's empty body row is not data; blank rows in the middle stay so row numbers match the sheet. */
function trimTrailingBlankRows(rows: readonly (readonly unknown[])[]): (readonly unknown[])[] {
  let end = rows.length;
  while (end > 0 && rows[end - 1].every((v) => v === "" || v === null || v === undefined)) end--;
  return rows.slice(0, end);
}
