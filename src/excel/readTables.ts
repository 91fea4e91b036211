/**
 * Read every table of the workbook as TableData. Two syncs whatever the size: one for the table list,
 * one for all header and body ranges queued together.
 */
import type { RawCell, TableData } from "../engine/portfolio";
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
          body: table.getDataBodyRange().load("values"),
        }));
        await context.sync();

        return queued.map(({ table, sheet, header, body }) => {
          const headers = (header.values[0] ?? []).map((h) => String(h ?? "").trim());
          return {
            name: table.name,
            headers,
            rows: trimTrailingBlankRows(body.values).map((row) => row.map(toRawCell)),
            address: { sheet: sheet.name, headerRow: header.rowIndex, firstColumn: header.columnIndex },
          };
        });
      }),
    options,
  );
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
