/**
 * Reading Excel range arguments. A custom function receives a range as rows of cells (numbers, text,
 * booleans, and null or "" for empty cells). These helpers turn them into numbers and fail with a message
 * naming the argument and the 1-based row and column inside the range, e.g.
 * "costs, row 3: 'n/a' is not valid; expected a number".
 *
 * Blank rows: rows after the last non-blank row are dropped, so a whole-column reference works; a blank row
 * in the middle gives a blank result row in the per-project functions (see blankRows).
 */
import { isBlankCell, numberFromCell } from "../engine/cellValues";
import { PmoInputError } from "../engine/errors";

/** What Excel passes for one cell. */
export type Cell = unknown;
/** What Excel passes for a range: rows of cells. */
export type Range = readonly (readonly Cell[])[];
/** A blank cell in a result: Excel shows an empty cell. */
export const BLANK = "";

/** A bad value in a function argument, located inside the argument's range. */
export class ArgumentError extends PmoInputError {
  readonly argument: string;
  constructor(
    argument: string,
    at: { readonly row?: number; readonly column?: number },
    expected: string,
    found?: unknown,
    detail?: string,
  ) {
    super({ row: at.row, column: at.column === undefined ? undefined : String(at.column) }, expected, found, detail);
    this.argument = argument;
    const where = [argument];
    if (at.row !== undefined) where.push(`row ${at.row}`);
    if (at.column !== undefined) where.push(`column ${at.column}`);
    this.message = `${where.join(", ")}: ${PmoInputError.describe({}, expected, found, detail)}`;
  }
}

export function isBlankRow(row: readonly Cell[]): boolean {
  return row.every(isBlankCell);
}

/**
 * The length of the longest row (0 for none). A loop, not Math.max(...rows): spreading more than about
 * 120,000 arguments overflows the stack, and Excel ranges reach 1,048,576 rows.
 */
export function widest(rows: readonly { readonly length: number }[]): number {
  let width = 0;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

/** The rows up to the last one holding anything. */
export function trimTrailingBlankRows(range: Range): Range {
  let end = range.length;
  while (end > 0 && isBlankRow(range[end - 1]!)) end--;
  return end === range.length ? range : range.slice(0, end);
}

/** Excel hands a single cell to a matrix parameter as [[value]]; accept a bare value too. */
export function asRange(value: unknown): Range {
  if (Array.isArray(value)) return value.map((row: unknown) => (Array.isArray(row) ? row : [row]));
  return [[value]];
}

/** A number from one cell (numbers or numeric text), else an ArgumentError at `at`. */
export function cellNumber(cell: Cell, argument: string, at: { row?: number; column?: number }, expected = "a number"): number {
  const value = numberFromCell(cell);
  if (value === undefined) throw new ArgumentError(argument, at, expected, isBlankCell(cell) ? "" : cell);
  return value;
}

/**
 * The cells of a one-column or one-row range, in order (a single column is the usual shape; a single row
 * is accepted so a horizontal list works too). Trailing blank cells are dropped.
 */
export function vectorCells(value: unknown, argument: string): { cells: Cell[]; orientation: "column" | "row" } {
  const range = asRange(value);
  const width = widest(range);
  if (width <= 1) {
    const cells = trimTrailingBlankRows(range).map((r) => r[0]);
    return { cells, orientation: "column" };
  }
  if (range.length === 1) {
    const cells = [...range[0]!];
    while (cells.length > 0 && isBlankCell(cells[cells.length - 1])) cells.pop();
    return { cells, orientation: "row" };
  }
  throw new ArgumentError(argument, {}, "a single column or a single row", undefined, `the range is ${range.length} rows × ${width} columns`);
}

/** Position of the k-th (0-based) item of a vector, for messages. */
function vectorAt(orientation: "column" | "row", index: number): { row?: number; column?: number } {
  return orientation === "column" ? { row: index + 1 } : { column: index + 1 };
}

/** Numbers from a one-column or one-row range; every cell must hold a number. */
export function numberVector(value: unknown, argument: string, expected = "a number"): number[] {
  const { cells, orientation } = vectorCells(value, argument);
  if (cells.length === 0) throw new ArgumentError(argument, {}, "at least one value", undefined, "the range is empty");
  return cells.map((cell, i) => cellNumber(cell, argument, vectorAt(orientation, i), expected));
}

/**
 * Numbers from a one-column or one-row range where blank cells are allowed (they give undefined), for
 * per-project inputs whose blank rows give blank results.
 */
export function optionalNumberVector(value: unknown, argument: string, expected = "a number"): (number | undefined)[] {
  const { cells, orientation } = vectorCells(value, argument);
  return cells.map((cell, i) => (isBlankCell(cell) ? undefined : cellNumber(cell, argument, vectorAt(orientation, i), expected)));
}

/** A rectangular matrix of numbers; trailing blank rows dropped, any other blank cell is an error. */
export function numberMatrix(value: unknown, argument: string, expected = "a number"): number[][] {
  const range = trimTrailingBlankRows(asRange(value));
  if (range.length === 0) throw new ArgumentError(argument, {}, "at least one row of numbers", undefined, "the range is empty");
  return range.map((row, r) => row.map((cell, c) => cellNumber(cell, argument, { row: r + 1, column: c + 1 }, expected)));
}

/** A single number from a scalar argument (or a 1×1 range). */
export function scalarNumber(value: unknown, argument: string, expected = "a number"): number {
  const range = asRange(value);
  if (range.length !== 1 || range[0]!.length !== 1) {
    throw new ArgumentError(argument, {}, "a single value", undefined, `the range is ${range.length} rows × ${range[0]?.length ?? 0} columns`);
  }
  return cellNumber(range[0]![0], argument, {}, expected);
}

/** An optional scalar: undefined when omitted or blank. */
export function optionalScalar(value: unknown): Cell | undefined {
  if (value === undefined || value === null) return undefined;
  const range = asRange(value);
  const cell = range[0]?.[0];
  return isBlankCell(cell) ? undefined : cell;
}

/** Indices of rows that are entirely blank (they give blank result rows). */
export function blankRows(range: Range): Set<number> {
  const blank = new Set<number>();
  range.forEach((row, i) => {
    if (isBlankRow(row)) blank.add(i);
  });
  return blank;
}

/** Checks that per-project arguments have as many rows as the first. */
export function requireSameLength(counts: readonly (readonly [string, number])[]): void {
  const [firstName, first] = counts[0]!;
  for (const [name, count] of counts.slice(1)) {
    if (count !== first) {
      throw new ArgumentError(name, {}, `${first} values, one per row of ${firstName}`, undefined, `it has ${count}`);
    }
  }
}

/** Per-project numeric arguments read side by side (one column each, same rows). */
export interface Rowwise {
  /** Number of result rows (the longest argument after dropping trailing blanks). */
  readonly totalRows: number;
  /** 0-based rows where every argument holds a number. */
  readonly rows: number[];
  /** values[k][i]: argument k's number on rows[i]. */
  readonly values: number[][];
}

/**
 * Reads several one-column (or one-row) arguments that describe the same projects. A row blank in every
 * argument gives a blank result; a row blank in only some of them is an error naming the first blank one.
 */
export function readRowwise(args: readonly (readonly [name: string, value: unknown, expected?: string])[]): Rowwise {
  const vectors = args.map(([name, value, expected]) => optionalNumberVector(value, name, expected));
  const totalRows = widest(vectors);
  if (totalRows === 0) throw new ArgumentError(args[0]![0], {}, "at least one value", undefined, "the range is empty");
  const rows: number[] = [];
  const values: number[][] = args.map(() => []);
  for (let i = 0; i < totalRows; i++) {
    const cells = vectors.map((v) => v[i]);
    if (cells.every((c) => c === undefined)) continue;
    const missing = cells.findIndex((c) => c === undefined);
    if (missing >= 0) {
      const [name, , expected] = args[missing]!;
      throw new ArgumentError(name, { row: i + 1 }, expected ?? "a number", "", "the other arguments have a value on this row");
    }
    rows.push(i);
    cells.forEach((c, k) => values[k]!.push(c!));
  }
  return { totalRows, rows, values };
}

/** Spreads per-project results back over the rows, `blank` where the inputs had a blank row. */
export function spreadRows<T>(rows: readonly number[], values: readonly T[], totalRows: number, blank: T): T[] {
  const out = new Array<T>(totalRows).fill(blank);
  rows.forEach((r, k) => (out[r] = values[k]!));
  return out;
}
