/**
 * Reads every Excel table (ListObject) of an .xlsx into TableData with excelts (docs/workbooks.md), the same
 * shape src/excel reads through Office.js. Cell values:
 * - dates become Excel serial day numbers (1900 date system, like Office.js `values`), whatever the
 *   workbook's date system;
 * - formulas become their cached result (a workbook saved by Excel or LibreOffice has one; a formula never
 *   calculated reads as empty);
 * - rich text and hyperlinks become their text;
 * - error values (#REF!, #N/A) and merged ranges inside a table are errors naming the cell.
 * A workbook without tables falls back to sheets named like template tables whose first non-empty row is a
 * header row, with a warning per sheet read that way.
 */
import * as fs from "fs";
import * as path from "path";
import { type CellValue, Workbook, type Worksheet } from "@cj-tech-master/excelts";
import { CliFileError } from "../framework/errors";
import { packageProblem } from "./checkPackage";
import type { RawCell, TableData, WorkbookProblem } from "../../engine/portfolio";
import { columnLetter, quoteSheet } from "../../engine/portfolio";
import { normaliseHeader, TEMPLATE_TABLES } from "../../engine/portfolio";

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
  const workbook = new Workbook();
  await workbook.xlsx.load(data instanceof Uint8Array ? data : new Uint8Array(data));
  return readTables(workbook);
}

/** Every table of a loaded workbook, in sheet order; sheets named like template tables when there are none. */
export function readTables(workbook: Workbook): TablesRead {
  const tables: TableData[] = [];
  const problems: WorkbookProblem[] = [];
  workbook.eachSheet((sheet) => {
    for (const table of sheetTables(sheet)) {
      const read = readTableRange(sheet, table, problems);
      if (read) tables.push(read);
    }
  });
  if (tables.length > 0) return { tables, problems };

  workbook.eachSheet((sheet) => {
    const spec = TEMPLATE_TABLES.find((t) => normaliseHeader(t.name) === normaliseHeader(sheet.name));
    if (!spec) return;
    const read = readSheetAsTable(sheet, spec.name, problems);
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
  readonly headerRow: boolean;
  readonly totalsRow: boolean;
  readonly columnNames: readonly string[];
}

function sheetTables(sheet: Worksheet): TableModel[] {
  return sheet.getTables().flatMap((t) => {
    const m = t.model as { name?: unknown; tableRef?: string; ref?: string; headerRow?: boolean; totalsRow?: boolean; columns?: { name?: unknown }[] };
    const ref = m.tableRef ?? m.ref;
    if (typeof m.name !== "string" || !ref) return [];
    return [
      {
        name: m.name,
        ref,
        headerRow: m.headerRow !== false,
        totalsRow: m.totalsRow === true,
        columnNames: (m.columns ?? []).map((c) => String(c.name ?? "")),
      },
    ];
  });
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

/**
 * A table's cells. Headers are the table's own column names (Excel keeps them equal to the header cells up to
 * case and spacing; the names are what structured references use). Merged ranges and error values inside the
 * table are reported, since either would silently give a cell another value.
 */
function readTableRange(sheet: Worksheet, table: TableModel, problems: WorkbookProblem[]): TableData | null {
  const { top, left, bottom, right } = decodeRange(table.ref);
  const width = right - left + 1;
  const headerRow = table.headerRow ? top : top - 1;
  const headers = Array.from({ length: width }, (_, k) => {
    const own = table.columnNames[k]?.trim();
    return own ? own : table.headerRow ? headerText(sheet.getCell(top, left + k).value, k) : `Column${k + 1}`;
  });
  const firstData = table.headerRow ? top + 1 : top;
  const lastData = table.totalsRow ? bottom - 1 : bottom;
  const reader = new CellReader(sheet, table.name, headers, firstData, left, problems);
  const rows: RawCell[][] = [];
  for (let r = firstData; r <= lastData; r++) rows.push(reader.row(r, width));
  reportMerges(sheet, table.name, { top, left, bottom: lastData, right }, problems);
  return { name: table.name, headers, rows, address: { sheet: sheet.name, headerRow: headerRow - 1, firstColumn: left - 1 } };
}

/** Reads data cells, turning Excel error values (#REF!, #N/A, …) into an error naming the cell and a blank. */
class CellReader {
  constructor(
    private readonly sheet: Worksheet,
    private readonly table: string,
    private readonly headers: readonly string[],
    private readonly firstData: number,
    private readonly left: number,
    private readonly problems: WorkbookProblem[],
  ) {}

  row(r: number, width: number): RawCell[] {
    const row = this.sheet.getRow(r);
    const out = new Array<RawCell>(width);
    for (let k = 0; k < width; k++) {
      const value = row.getCell(this.left + k).value;
      const error = errorValue(value);
      if (error === null) {
        out[k] = rawCell(value);
        continue;
      }
      out[k] = null;
      const dataRow = r - this.firstData + 1;
      this.problems.push({
        severity: "error",
        table: this.table,
        row: dataRow,
        column: this.headers[k],
        message: `table ${this.table}, row ${dataRow}, column '${this.headers[k]}': the cell holds the Excel error ${error}; fix its formula or type a value`,
        cell: `${quoteSheet(this.sheet.name)}!${columnLetter(this.left + k - 1)}${r}`,
      });
    }
    return out;
  }
}

/** Merged ranges that overlap a table's rows: one column's value would be read for several. */
function reportMerges(sheet: Worksheet, table: string, box: { top: number; left: number; bottom: number; right: number }, problems: WorkbookProblem[]): void {
  if (!sheet.hasMerges) return;
  for (const m of sheet.mergedRegions) {
    if (m.bottom < box.top || m.top > box.bottom || m.right < box.left || m.left > box.right) continue;
    const range = `${columnLetter(m.left - 1)}${m.top}:${columnLetter(m.right - 1)}${m.bottom}`;
    problems.push({
      severity: "error",
      table,
      message: `table ${table}: cells ${range} are merged, so one value would be read for several cells; unmerge them (Home › Merge & Center) and fill each cell`,
      cell: `${quoteSheet(sheet.name)}!${range}`,
    });
  }
}

/** Header: first non-empty row; data: down to the first empty row; columns: up to the first empty header. */
function readSheetAsTable(sheet: Worksheet, name: string, problems: WorkbookProblem[]): TableData | null {
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
  const reader = new CellReader(sheet, name, headers, top + 1, left, problems);
  for (let r = top + 1; r <= sheet.rowCount; r++) {
    if (rowIsBlank(sheet, r)) break;
    rows.push(reader.row(r, headers.length));
  }
  return { name, headers, rows, address: { sheet: sheet.name, headerRow: top - 1, firstColumn: left - 1 } };
}

function rowIsBlank(sheet: Worksheet, r: number): boolean {
  const row = sheet.getRow(r);
  let empty = true;
  row.eachCell({ includeEmpty: false }, (cell) => {
    if (!blank(cell.value)) empty = false;
  });
  return empty;
}

function blank(value: CellValue): boolean {
  const v = rawCell(value);
  return v === null || (typeof v === "string" && v.trim() === "");
}

function headerText(value: CellValue, index: number): string {
  const v = rawCell(value);
  if (v === null) return `Column${index + 1}`;
  return String(v);
}

/** The error code ("#REF!") when a cell, or a formula's cached result, is an Excel error value. */
function errorValue(value: CellValue | undefined): string | null {
  if (value === null || typeof value !== "object" || value instanceof Date) return null;
  const v = value as unknown as Record<string, unknown>;
  if ("error" in v) return String(v.error);
  if (("formula" in v || "sharedFormula" in v) && v.result !== null && typeof v.result === "object") return errorValue(v.result as CellValue);
  return null;
}

/** One cell value as a RawCell (see the module comment). */
export function rawCell(value: CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    const v = value as unknown as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) return rawCell(v.result as CellValue | undefined);
    if ("error" in v) return String(v.error);
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join("");
    if ("text" in v) return rawCell(v.text as CellValue);
  }
  return null;
}

/** exceljs gives dates as UTC instants of the local calendar date; the serial counts days from 1899-12-30. */
export function dateToSerial(date: Date): number {
  const days = (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  // Keep time of day as a fraction, as Excel does; round away floating noise below a millisecond.
  return Math.round(days * DAY_MS) / DAY_MS;
}
