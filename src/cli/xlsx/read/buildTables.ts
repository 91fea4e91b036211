/**
 * Turns a workbook's sheets (however read) into TableData and problems: headers from the table's own column
 * names, error values and merged ranges reported at their cells, and the no-table fallback to sheets named
 * like template tables. Both the streaming reader and the excelts model adapter go through here, so the
 * messages are the same.
 */
import type { RawCell, TableData, WorkbookProblem } from "../../../engine/portfolio";
import { columnLetter, normaliseHeader, quoteSheet, TEMPLATE_TABLES } from "../../../engine/portfolio";
import { CellError, type CellValue } from "./cellValues";
import { type Box, parseRange } from "./sheetCells";
import type { TableModel } from "./tableParts";

export interface TablesRead {
  readonly tables: TableData[];
  /** Warnings about how the workbook was read (sheet fallback, tables ignored). */
  readonly problems: WorkbookProblem[];
}

/** One sheet as the builder needs it; cells are asked for only inside its tables (or anywhere, for the fallback). */
export interface SheetSource {
  readonly name: string;
  readonly tables: readonly TableModel[];
  readonly merges: readonly Box[];
  /** 1-based row and column. */
  cell(row: number, col: number): CellValue;
  /** The last row and column holding cells (the fallback reads up to them). */
  readonly rowCount: number;
  readonly columnCount: number;
  rowIsBlank(row: number): boolean;
}

/** The sheet a template table would be read from when the workbook has no tables, or undefined. */
export function templateTableFor(sheetName: string): string | undefined {
  return TEMPLATE_TABLES.find((t) => normaliseHeader(t.name) === normaliseHeader(sheetName))?.name;
}

/** Every table, in sheet order; when there is none, the sheets named like template tables, with a warning. */
export function buildTables(sheets: readonly SheetSource[]): TablesRead {
  const tables: TableData[] = [];
  const problems: WorkbookProblem[] = [];
  for (const sheet of sheets) {
    for (const table of sheet.tables) {
      const read = readTableRange(sheet, table, problems);
      if (read) tables.push(read);
    }
  }
  if (tables.length > 0) return { tables, problems };

  for (const sheet of sheets) {
    const name = templateTableFor(sheet.name);
    if (!name) continue;
    const read = readSheetAsTable(sheet, name, problems);
    if (!read) continue;
    tables.push(read);
    problems.push({
      severity: "warning",
      table: name,
      message: `table ${name}: the workbook has no Excel tables, so sheet '${sheet.name}' was read from its first row down to the first empty row; format the range as a table (Ctrl+T) named ${name} to be sure`,
      cell: `${quoteSheet(sheet.name)}!${columnLetter(read.address!.firstColumn)}${read.address!.headerRow + 1}`,
    });
  }
  return { tables, problems };
}

/**
 * A table's cells. Headers are the table's own column names (Excel keeps them equal to the header cells up to
 * case and spacing; the names are what structured references use). Merged ranges and error values inside the
 * table are reported, since either would silently give a cell another value.
 */
function readTableRange(sheet: SheetSource, table: TableModel, problems: WorkbookProblem[]): TableData | null {
  const range = parseRange(table.ref);
  if (!range) return null;
  const { top, left, bottom, right } = range;
  const width = right - left + 1;
  const headerRow = table.headerRow ? top : top - 1;
  const headers = Array.from({ length: width }, (_, k) => {
    const own = table.columnNames[k]?.trim();
    return own ? own : table.headerRow ? headerText(sheet.cell(top, left + k), k) : `Column${k + 1}`;
  });
  const firstData = table.headerRow ? top + 1 : top;
  const lastData = table.totalsRow ? bottom - 1 : bottom;
  const reader = new RowReader(sheet, table.name, headers, firstData, left, problems);
  const rows: RawCell[][] = [];
  for (let r = firstData; r <= lastData; r++) rows.push(reader.row(r, width));
  reportMerges(sheet, table.name, { top, left, bottom: lastData, right }, problems);
  return { name: table.name, headers, rows, address: { sheet: sheet.name, headerRow: headerRow - 1, firstColumn: left - 1 } };
}

/** Reads data cells, turning Excel error values (#REF!, #N/A, …) into an error naming the cell and a blank. */
class RowReader {
  constructor(
    private readonly sheet: SheetSource,
    private readonly table: string,
    private readonly headers: readonly string[],
    private readonly firstData: number,
    private readonly left: number,
    private readonly problems: WorkbookProblem[],
  ) {}

  row(r: number, width: number): RawCell[] {
    const out = new Array<RawCell>(width);
    for (let k = 0; k < width; k++) {
      const value = this.sheet.cell(r, this.left + k);
      if (!(value instanceof CellError)) {
        out[k] = value;
        continue;
      }
      out[k] = null;
      const dataRow = r - this.firstData + 1;
      this.problems.push({
        severity: "error",
        table: this.table,
        row: dataRow,
        column: this.headers[k],
        message: `table ${this.table}, row ${dataRow}, column '${this.headers[k]}': the cell holds the Excel error ${value.code}; fix its formula or type a value`,
        cell: `${quoteSheet(this.sheet.name)}!${columnLetter(this.left + k - 1)}${r}`,
      });
    }
    return out;
  }
}

/** Merged ranges that overlap a table's rows: one column's value would be read for several. */
function reportMerges(sheet: SheetSource, table: string, box: Box, problems: WorkbookProblem[]): void {
  for (const m of sheet.merges) {
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
function readSheetAsTable(sheet: SheetSource, name: string, problems: WorkbookProblem[]): TableData | null {
  let top = 0;
  for (let r = 1; r <= sheet.rowCount && top === 0; r++) {
    if (!sheet.rowIsBlank(r)) top = r;
  }
  if (top === 0) return null;
  let left = 1;
  while (left <= sheet.columnCount && blank(sheet.cell(top, left))) left++;
  let right = left;
  while (right + 1 <= sheet.columnCount && !blank(sheet.cell(top, right + 1))) right++;
  const headers = Array.from({ length: right - left + 1 }, (_, k) => headerText(sheet.cell(top, left + k), k));
  const rows: RawCell[][] = [];
  const reader = new RowReader(sheet, name, headers, top + 1, left, problems);
  for (let r = top + 1; r <= sheet.rowCount; r++) {
    if (sheet.rowIsBlank(r)) break;
    rows.push(reader.row(r, headers.length));
  }
  return { name, headers, rows, address: { sheet: sheet.name, headerRow: top - 1, firstColumn: left - 1 } };
}

/** Empty, or text of spaces only; an error value is not blank. */
export function blank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

function headerText(value: CellValue, index: number): string {
  if (value === null) return `Column${index + 1}`;
  return value instanceof CellError ? value.code : String(value);
}
