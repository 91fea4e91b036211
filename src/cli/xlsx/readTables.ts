/**
 * Reads every Excel table (ListObject) of an .xlsx into TableData with exceljs, the same shape src/excel
 * reads through Office.js. Cell values:
 * - dates become Excel serial day numbers (1900 date system, like Office.js `values`), whatever the
 *   workbook's date system;
 * - formulas become their cached result (a workbook saved by Excel or LibreOffice has one; a formula never
 *   calculated reads as empty);
 * - rich text and hyperlinks become their text; error values their code ("#N/A").
 * A workbook without tables falls back to sheets named like template tables whose first non-empty row is a
 * header row, with a warning per sheet read that way.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { CliFileError } from "../framework/errors";
import { packageProblem } from "./checkPackage";
import type { RawCell, TableData, WorkbookProblem } from "../../engine/portfolio/tableData";
import { columnLetter, quoteSheet } from "../../engine/portfolio/tableReader";
import { normaliseHeader, TEMPLATE_TABLES } from "../../engine/portfolio/template";

export interface TablesRead {
  readonly tables: TableData[];
  /** Warnings about how the workbook was read (sheet fallback, tables ignored). */
  readonly problems: WorkbookProblem[];
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Reads an .xlsx file; a file that is no readable workbook fails with one sentence naming it (checkPackage.ts). */
export async function readTablesFromFile(file: string): Promise<TablesRead> {
  const data = fs.readFileSync(file);
  const problem = packageProblem(data);
  if (problem) throw new CliFileError(`'${path.basename(file)}' ${problem}`);
  return readTablesFromBuffer(data);
}

/** Reads an .xlsx held in memory. */
export async function readTablesFromBuffer(data: ArrayBuffer | Uint8Array): Promise<TablesRead> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  return readTables(workbook);
}

/** Every table of a loaded workbook, in sheet order; sheets named like template tables when there are none. */
export function readTables(workbook: ExcelJS.Workbook): TablesRead {
  const tables: TableData[] = [];
  const problems: WorkbookProblem[] = [];
  workbook.eachSheet((sheet) => {
    for (const table of sheetTables(sheet)) {
      const read = readTableRange(sheet, table);
      if (read) tables.push(read);
    }
  });
  if (tables.length > 0) return { tables, problems };

  workbook.eachSheet((sheet) => {
    const spec = TEMPLATE_TABLES.find((t) => normaliseHeader(t.name) === normaliseHeader(sheet.name));
    if (!spec) return;
    const read = readSheetAsTable(sheet, spec.name);
    if (!read) return;
    tables.push(read);
    problems.push({
      severity: "warning",
      table: spec.name,
      message: `table ${spec.name}: the workbook has no Excel tables, so sheet '${sheet.name}' was read from its first row down to the first empty row; format the range as a table (Ctrl+T) named ${spec.name} to be sure`,
      cell: `${quoteSheet(sheet.name)}!${columnLetter(read.address!.firstColumn)}${read.address!.headerRow + 1}`,
    });
  });
  return { tables, problems };
}

interface TableModel {
  readonly name: string;
  /** "A1:K41" including header and totals rows. */
  readonly ref: string;
  /** True / false when known; null when it must be inferred from the cells (loaded files). */
  readonly headerRow: boolean | null;
  readonly totalsRow: boolean;
  readonly columnNames: readonly string[];
}

/** exceljs keeps loaded tables as `{ model }` and added ones as `{ table }`; both carry name and range. */
function sheetTables(sheet: ExcelJS.Worksheet): TableModel[] {
  const raw = (sheet as unknown as { tables?: Record<string, unknown> }).tables ?? {};
  return Object.values(raw).flatMap((entry) => {
    const t = entry as { model?: Record<string, unknown>; table?: Record<string, unknown> };
    const m = t.model ?? t.table;
    if (!m || typeof m.name !== "string") return [];
    const ref = (m.tableRef ?? m.ref) as string | undefined;
    if (!ref) return [];
    const columns = Array.isArray(m.columns) ? (m.columns as { name?: unknown }[]) : [];
    return [
      {
        name: m.name,
        ref,
        // exceljs reads headerRowCount="1" as true but Excel omits the attribute for its default (1), which exceljs
        // then reports as false: for loaded tables, infer the header row from the cells instead.
        headerRow: t.model ? null : m.headerRow !== false,
        totalsRow: m.totalsRow === true,
        columnNames: columns.map((c) => String(c.name ?? "")),
      },
    ];
  });
}

/** A loaded table has a header row when its top row spells the table's column names (Excel keeps them equal). */
function hasHeaderRow(sheet: ExcelJS.Worksheet, table: TableModel, top: number, left: number): boolean {
  if (table.headerRow !== null) return table.headerRow;
  if (table.columnNames.length === 0) return true;
  return table.columnNames.every((name, k) => String(rawCell(sheet.getCell(top, left + k).value) ?? "").trim() === name.trim());
}

function decodeRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = ref.replace(/\$/g, "").split(":");
  const parse = (cell: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(cell);
    if (!m) throw new Error(`Bad range '${ref}'`);
    const col = m[1].toUpperCase().split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { row: Number(m[2]), col };
  };
  const p = parse(a);
  const q = parse(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

function readTableRange(sheet: ExcelJS.Worksheet, table: TableModel): TableData | null {
  const { top, left, bottom, right } = decodeRange(table.ref);
  const width = right - left + 1;
  const withHeader = hasHeaderRow(sheet, table, top, left);
  const headerRow = withHeader ? top : top - 1;
  const headers = withHeader
    ? Array.from({ length: width }, (_, k) => headerText(sheet.getCell(top, left + k).value, k))
    : Array.from({ length: width }, (_, k) => table.columnNames[k] || `Column${k + 1}`);
  const firstData = withHeader ? top + 1 : top;
  const lastData = table.totalsRow ? bottom - 1 : bottom;
  const rows: RawCell[][] = [];
  for (let r = firstData; r <= lastData; r++) {
    rows.push(Array.from({ length: width }, (_, k) => rawCell(sheet.getCell(r, left + k).value)));
  }
  return { name: table.name, headers, rows, address: { sheet: sheet.name, headerRow: headerRow - 1, firstColumn: left - 1 } };
}

/** Header: first non-empty row; data: down to the first empty row; columns: up to the first empty header. */
function readSheetAsTable(sheet: ExcelJS.Worksheet, name: string): TableData | null {
  let top = 0;
  for (let r = 1; r <= sheet.rowCount && top === 0; r++) {
    if (!rowIsBlank(sheet, r)) top = r;
  }
  if (top === 0) return null;
  let left = 1;
  while (left <= sheet.columnCount && blank(sheet.getCell(top, left).value)) left++;
  let right = left;
  while (right + 1 <= sheet.columnCount && !blank(sheet.getCell(top, right + 1).value)) right++;
  const headers = Array.from({ length: right - left + 1 }, (_, k) => headerText(sheet.getCell(top, left + k).value, k));
  const rows: RawCell[][] = [];
  for (let r = top + 1; r <= sheet.rowCount; r++) {
    const row = headers.map((_, k) => rawCell(sheet.getCell(r, left + k).value));
    if (row.every((c) => c === null)) break;
    rows.push(row);
  }
  return { name, headers, rows, address: { sheet: sheet.name, headerRow: top - 1, firstColumn: left - 1 } };
}

function rowIsBlank(sheet: ExcelJS.Worksheet, r: number): boolean {
  const row = sheet.getRow(r);
  let empty = true;
  row.eachCell({ includeEmpty: false }, (cell) => {
    if (!blank(cell.value)) empty = false;
  });
  return empty;
}

function blank(value: ExcelJS.CellValue): boolean {
  const v = rawCell(value);
  return v === null || (typeof v === "string" && v.trim() === "");
}

function headerText(value: ExcelJS.CellValue, index: number): string {
  const v = rawCell(value);
  if (v === null) return `Column${index + 1}`;
  return String(v);
}

/** One exceljs cell value as a RawCell (see the module comment). */
export function rawCell(value: ExcelJS.CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    const v = value as unknown as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) return rawCell(v.result as ExcelJS.CellValue | undefined);
    if ("error" in v) return String(v.error);
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join("");
    if ("text" in v) return rawCell(v.text as ExcelJS.CellValue);
  }
  return null;
}

/** exceljs gives dates as UTC instants of the local calendar date; the serial counts days from 1899-12-30. */
export function dateToSerial(date: Date): number {
  const days = (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  // Keep time of day as a fraction, as Excel does; round away floating noise below a millisecond.
  return Math.round(days * DAY_MS) / DAY_MS;
}
