/** A1 address arithmetic for the renderer (no Excel calls). */
import { a1Range, columnLetter } from "../sheets/sheetSpec";

export interface Cell {
  readonly row: number;
  readonly col: number;
}

/** "C7" → { row: 6, col: 2 } (0-based); "$C$7" accepted. */
export function parseCell(address: string): Cell {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`'${address}' is not a cell address like C7.`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** "B2:D9" → corners (0-based, inclusive); a single cell is a 1×1 range. */
export function parseRange(address: string): { readonly from: Cell; readonly to: Cell } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = local.split(":");
  const from = parseCell(a);
  const to = b ? parseCell(b) : from;
  return { from, to };
}

export function rangeSize(address: string): { readonly rows: number; readonly cols: number } {
  const { from, to } = parseRange(address);
  return { rows: to.row - from.row + 1, cols: to.col - from.col + 1 };
}

/** The range covering a rows×cols block whose top-left is `at`. */
export function blockAddress(at: string, rows: number, cols: number): string {
  const { row, col } = parseCell(at);
  return a1Range(row, col, row + rows - 1, col + cols - 1);
}

/**
 * Number formats that keep a grid's strings as text: "@" where a cell holds a non-empty string that is not a
 * formula, "General" elsewhere; null when there is no such cell. Excel parses strings written through
 * `values`/`formulas` as if typed, so a month label "2027-03" would become a date; "@" set before the value
 * keeps it as written (SheetSpec: a string value is text).
 */
export function textFormats(grid: readonly (readonly unknown[])[]): string[][] | null {
  let any = false;
  const formats = grid.map((row) =>
    row.map((v) => {
      const text = typeof v === "string" && v !== "" && !v.startsWith("=");
      any ||= text;
      return text ? "@" : "General";
    }),
  );
  return any ? formats : null;
}

/** A 2-D array of one repeated value, shaped like the range. */
export function fill<T>(address: string, value: T): T[][] {
  const { rows, cols } = rangeSize(address);
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

export { columnLetter };
