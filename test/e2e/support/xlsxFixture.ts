/** Convert an .xlsx (e.g. assets/sample-portfolio.xlsx) into a host-double fixture with exceljs, in Node. */
import ExcelJS from "exceljs";
import type { FixtureCell, FixtureSheet, WorkbookFixture } from "./fixture";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function excelSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH) / 86_400_000;
}

function plain(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return excelSerial(value);
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  const v = value as { richText?: { text: string }[]; text?: string; error?: string; result?: unknown };
  if (v.richText) return v.richText.map((r) => r.text).join("");
  if (v.error) return v.error;
  if (v.text !== undefined) return v.text;
  if (v.result !== undefined) return plain(v.result);
  return String(value);
}

export async function fixtureFromXlsx(file: string): Promise<WorkbookFixture> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: FixtureSheet[] = [];
  workbook.eachSheet((ws) => {
    const cells: FixtureCell[] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const value = cell.value as unknown;
        const formula = (value as { formula?: string; sharedFormula?: string } | null)?.formula;
        if (formula) cells.push([r - 1, c - 1, plain((value as { result?: unknown }).result), `=${formula}`]);
        else cells.push([r - 1, c - 1, plain(value)]);
      });
    });
    const tables = Object.values((ws as unknown as { tables: Record<string, { table: { name: string; ref?: string; tableRef?: string } }> }).tables ?? {}).map(
      (t) => ({ name: t.table.name, address: (t.table.ref ?? t.table.tableRef)! }),
    );
    sheets.push({ name: ws.name, visibility: ws.state === "visible" ? "Visible" : ws.state === "hidden" ? "Hidden" : "VeryHidden", cells, tables });
  });
  return { sheets };
}
