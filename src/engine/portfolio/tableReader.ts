/**
 * Reading one template table cell by cell while collecting every problem (never stopping at the first).
 * Each problem names the table, the 1-based data row and the column as the user wrote it, with an A1
 * link when the table's position on its sheet is known.
 */
import { isBlankCell, numberFromCell } from "../cellValues";
import { type CellLocation, describeLocation, PmoInputError } from "../errors";
import { closestMatch } from "./closestMatch";
import { monthFromCell } from "./months";
import type { Feature } from "./features";
import type { RawCell, TableData, WorkbookProblem } from "./tableData";
import { headerMatches, normaliseHeader, type TemplateTable } from "./template";

export class ProblemLog {
  readonly problems: WorkbookProblem[] = [];
  /** Features that errors added now stop, when the table being read serves only those (see within). */
  private scope: readonly Feature[] | undefined;

  add(problem: WorkbookProblem): void {
    const blocks = problem.blocks ?? this.scope;
    this.problems.push(problem.severity === "error" && blocks !== undefined && problem.blocks === undefined ? { ...problem, blocks } : problem);
  }

  /** Runs `read` so that its errors stop only `features` (e.g. the Capacity table only Resources). */
  within<T>(features: readonly Feature[], read: () => T): T {
    const outer = this.scope;
    this.scope = features;
    try {
      return read();
    } finally {
      this.scope = outer;
    }
  }

  get errorCount(): number {
    return this.problems.filter((p) => p.severity === "error").length;
  }
}

/** "A", "B", …, "Z", "AA" for a 0-based column number. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Sheet name as written in an A1 reference: quoted when it has spaces or punctuation. */
export function quoteSheet(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** A1 address of a data cell (row 1-based, header = row 0) or of the header cell, when the table's address is known. */
export function cellAddress(table: TableData, row: number | undefined, columnIndex: number | undefined): string | undefined {
  if (!table.address) return undefined;
  const { sheet, headerRow, firstColumn } = table.address;
  const sheetRow = headerRow + (row ?? 0) + 1;
  return `${quoteSheet(sheet)}!${columnLetter(firstColumn + (columnIndex ?? 0))}${sheetRow}`;
}

export interface NumberRules {
  readonly required?: boolean;
  readonly min?: number;
  /** Strictly greater than. */
  readonly above?: number;
  readonly integer?: boolean;
}

/** Numbers may carry thousands separators or a currency sign when typed as text ("1,200,000", "€ 50 000"). */
function looseNumber(cell: RawCell): number | undefined {
  const direct = numberFromCell(cell);
  if (direct !== undefined || typeof cell !== "string") return direct;
  const stripped = cell.trim().replace(/^[€$£¥]\s*|\s*[€$£¥]$/g, "").replace(/(\d)[,\s\u00a0'](?=\d{3}\b)/g, "$1");
  return stripped === cell.trim() ? undefined : numberFromCell(stripped);
}

export class TableReader {
  /** Column index per template key. */
  private readonly columns = new Map<string, number>();
  /** Header indexes not claimed by a template column. */
  readonly otherHeaders: number[] = [];
  /** Features stopped by errors in a column, when only some features use it (the rest: every feature). */
  private readonly columnFeatures = new Map<number, readonly Feature[]>();

  constructor(
    readonly data: TableData,
    readonly spec: TemplateTable,
    readonly log: ProblemLog,
  ) {
    data.headers.forEach((header, index) => {
      const column = spec.columns.find((c) => headerMatches(String(header ?? ""), c));
      if (!column) {
        this.otherHeaders.push(index);
      } else if (this.columns.has(column.key)) {
        this.warn(undefined, index, `column '${header}' repeats column '${this.header(column.key)}'; the first one is used`);
      } else {
        this.columns.set(column.key, index);
      }
    });
  }

  get name(): string {
    return this.data.name;
  }

  get rowCount(): number {
    return this.data.rows.length;
  }

  /** Reports every required column that is missing, suggesting the closest unclaimed header. Returns true when all are present. */
  checkRequiredColumns(): boolean {
    let ok = true;
    for (const column of this.spec.columns) {
      if (!column.required || this.columns.has(column.key)) continue;
      ok = false;
      this.missingColumn(column.name);
    }
    return ok;
  }

  /**
   * Reports a missing column named `name`, with "did you mean" when an unclaimed header is close. `blocks`
   * limits the error to the features that need the column; `severity` "warning" for columns nothing needs.
   */
  missingColumn(name: string, detail = "", blocks?: readonly Feature[], severity: WorkbookProblem["severity"] = "error"): void {
    const others = this.otherHeaders.map((i) => String(this.data.headers[i] ?? ""));
    const near = closestMatch(name, others);
    const nearIndex = near === undefined ? undefined : this.otherHeaders[others.indexOf(near)];
    const hint = near === undefined ? "" : `; found column '${near}' — did you mean '${name}'?`;
    this.log.add({
      severity,
      table: this.name,
      column: name,
      message: `table ${this.name}: column '${name}' is missing${detail}${hint}`,
      ...(nearIndex !== undefined ? { cell: cellAddress(this.data, undefined, nearIndex) } : {}),
      ...(blocks !== undefined && severity === "error" ? { blocks } : {}),
    });
  }

  /** Errors in this column (by template key or index) stop only `features`. */
  columnServes(column: string | number | undefined, features: readonly Feature[]): void {
    const index = typeof column === "string" ? this.columns.get(column) : column;
    if (index !== undefined) this.columnFeatures.set(index, features);
  }

  has(key: string): boolean {
    return this.columns.has(key);
  }

  columnIndex(key: string): number | undefined {
    return this.columns.get(key);
  }

  /** The header as the user wrote it (or the template name when the column is absent). */
  header(key: string): string {
    const index = this.columns.get(key);
    if (index !== undefined) return String(this.data.headers[index]);
    return this.spec.columns.find((c) => c.key === key)?.name ?? key;
  }

  /** Index of the first header equal to `name` (normalised), or undefined. */
  findHeader(name: string): number | undefined {
    const n = normaliseHeader(name);
    const index = this.data.headers.findIndex((h) => normaliseHeader(String(h ?? "")) === n);
    return index < 0 ? undefined : index;
  }

  /** Raw cell at 0-based data row and column index. */
  raw(rowIndex: number, columnIndex: number | undefined): RawCell {
    if (columnIndex === undefined) return null;
    return this.data.rows[rowIndex]?.[columnIndex] ?? null;
  }

  cell(rowIndex: number, key: string): RawCell {
    return this.raw(rowIndex, this.columns.get(key));
  }

  isBlankRow(rowIndex: number): boolean {
    return (this.data.rows[rowIndex] ?? []).every((c) => isBlankCell(c));
  }

  location(rowIndex: number | undefined, columnIndex: number | undefined): CellLocation {
    return {
      table: this.name,
      ...(rowIndex !== undefined ? { row: rowIndex + 1 } : {}),
      ...(columnIndex !== undefined ? { column: String(this.data.headers[columnIndex]) } : {}),
    };
  }

  private add(severity: WorkbookProblem["severity"], rowIndex: number | undefined, columnIndex: number | undefined, message: string): void {
    const row = rowIndex === undefined ? undefined : rowIndex + 1;
    const column = columnIndex === undefined ? undefined : String(this.data.headers[columnIndex]);
    const cell = cellAddress(this.data, row, columnIndex);
    const blocks = columnIndex === undefined ? undefined : this.columnFeatures.get(columnIndex);
    this.log.add({
      severity,
      table: this.name,
      ...(row !== undefined ? { row } : {}),
      ...(column !== undefined ? { column } : {}),
      message,
      ...(cell !== undefined ? { cell } : {}),
      ...(blocks !== undefined ? { blocks } : {}),
    });
  }

  /** An error at a cell, worded like PmoInputError ("table Projects, row 3, column 'Cost': 'abc' is not valid; expected a number"). */
  error(rowIndex: number | undefined, columnIndex: number | undefined, expected: string, found?: unknown, detail?: string): void {
    this.add("error", rowIndex, columnIndex, PmoInputError.describe(this.location(rowIndex, columnIndex), expected, found, detail));
  }

  /** An error with a free sentence, prefixed by the location. */
  errorText(rowIndex: number | undefined, columnIndex: number | undefined, text: string): void {
    this.add("error", rowIndex, columnIndex, `${describeLocation(this.location(rowIndex, columnIndex))}${text}`);
  }

  warn(rowIndex: number | undefined, columnIndex: number | undefined, text: string): void {
    this.add("warning", rowIndex, columnIndex, `${describeLocation(this.location(rowIndex, columnIndex))}${text}`);
  }

  /** Reports a PmoInputError thrown by an engine parser at this cell. */
  thrown(rowIndex: number | undefined, columnIndex: number | undefined, error: unknown): void {
    if (!(error instanceof Error)) throw error;
    this.add("error", rowIndex, columnIndex, error.message);
  }

  /** Trimmed text; numbers become their decimal text (ids like 101). Required blank cells are reported. */
  text(rowIndex: number, key: string, required = false): string | undefined {
    const columnIndex = this.columns.get(key);
    const cell = this.raw(rowIndex, columnIndex);
    if (isBlankCell(cell)) {
      if (required && columnIndex !== undefined) this.error(rowIndex, columnIndex, "a value", "");
      return undefined;
    }
    return String(cell).trim();
  }

  number(rowIndex: number, key: string, rules: NumberRules = {}): number | undefined {
    return this.numberAt(rowIndex, this.columns.get(key), rules);
  }

  numberAt(rowIndex: number, columnIndex: number | undefined, rules: NumberRules = {}): number | undefined {
    if (columnIndex === undefined) return undefined;
    const cell = this.raw(rowIndex, columnIndex);
    if (isBlankCell(cell)) {
      if (rules.required) this.error(rowIndex, columnIndex, describeNumber(rules), "");
      return undefined;
    }
    const value = looseNumber(cell);
    if (value === undefined) {
      this.error(rowIndex, columnIndex, describeNumber(rules), cell);
      return undefined;
    }
    if ((rules.integer && !Number.isInteger(value)) || (rules.min !== undefined && value < rules.min) || (rules.above !== undefined && value <= rules.above)) {
      this.error(rowIndex, columnIndex, describeNumber(rules), value);
      return undefined;
    }
    return value;
  }

  month(rowIndex: number, key: string, required = false): string | undefined {
    const columnIndex = this.columns.get(key);
    if (columnIndex === undefined) return undefined;
    const cell = this.raw(rowIndex, columnIndex);
    if (isBlankCell(cell)) {
      if (required) this.error(rowIndex, columnIndex, "a month (a date or yyyy-mm)", "");
      return undefined;
    }
    const month = monthFromCell(cell);
    if (month === undefined) this.error(rowIndex, columnIndex, "a month (a date or yyyy-mm)", cell);
    return month;
  }

  /** A fraction 0–1; values above 1 up to 100 are read as percentages; text "20%" too. */
  fraction(rowIndex: number, key: string): number | undefined {
    const columnIndex = this.columns.get(key);
    const cell = this.raw(rowIndex, columnIndex);
    if (columnIndex === undefined || isBlankCell(cell)) return undefined;
    const percentText = typeof cell === "string" && /%\s*$/.test(cell);
    const value = looseNumber(percentText ? (cell as string).replace(/%\s*$/, "") : cell);
    const fraction = value === undefined ? undefined : percentText || value > 1 ? value / 100 : value;
    if (fraction === undefined || fraction < 0 || fraction > 1) {
      this.error(rowIndex, columnIndex, "a share from 0% to 100%", cell);
      return undefined;
    }
    return fraction;
  }

  /** Comma- or semicolon-separated ids, trimmed, without blanks. */
  idList(rowIndex: number, key: string): string[] {
    const cell = this.cell(rowIndex, key);
    if (isBlankCell(cell)) return [];
    return String(cell)
      .split(/[,;]/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
  }
}

function describeNumber(rules: NumberRules): string {
  const kind = rules.integer ? "a whole number" : "a number";
  if (rules.above !== undefined) return `${kind} above ${rules.above}`;
  if (rules.min !== undefined) return `${kind} of ${rules.min} or more`;
  return kind;
}
