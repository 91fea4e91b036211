/**
 * A SheetSpec laid out on the grid for streaming: its blocks with their positions (table headers made unique
 * as Excel requires), the style ranges in the order they apply, the sheet's extent, and the value of any cell
 * (for chart caches).
 */
import type { CellValue, SheetBlock, SheetSpec } from "../../../sheets/sheetSpec";
import { parseCell } from "../cellRefs";

/** Header rows: bold white on dark blue. */
export const HEADER_FILL = "FF1F4E79";

export interface PlacedBlock {
  readonly block: SheetBlock;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  /** Rightmost column any row of the block reaches. */
  readonly right: number;
  /** Table header names (unique, text) when the block is a table; they replace the first row's values. */
  readonly headers: readonly string[] | null;
}

/** A rectangle with one formatting effect; later ranges win where they overlap. */
export interface StyleRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  readonly numFmt?: string;
  readonly font?: 1 | 2;
  readonly fill?: string;
}

export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SheetLayout {
  readonly blocks: readonly PlacedBlock[];
  readonly ranges: readonly StyleRange[];
  /** Every cell we write, or null for an empty sheet. */
  readonly extent: Rect | null;
}

/** Excel's grid. */
const MAX_ROW = 1_048_575;
const MAX_COL = 16_383;

/** Whether a block becomes a table: it has a name and at least one data row (as the excelts writer did). */
export function isTable(block: SheetBlock): boolean {
  return Boolean(block.tableName) && block.values.length >= 2;
}

export function sheetLayout(spec: SheetSpec): SheetLayout {
  const blocks: PlacedBlock[] = [];
  const ranges: StyleRange[] = [];
  for (const block of spec.blocks) {
    const { row: top, col: left } = parseCell(block.at);
    let width = 0;
    block.values.forEach((row, i) => (width = Math.max(width, row.length, block.formulas?.[i]?.length ?? 0)));
    if (block.values.length === 0 || width === 0) continue;
    const headers = isTable(block) ? uniqueHeaders(block.values[0]!) : null;
    blocks.push({ block, top, left, bottom: top + block.values.length - 1, right: left + width - 1, headers });
    if (block.header) ranges.push({ top, left, bottom: top, right: left + block.values[0]!.length - 1, font: 2, fill: HEADER_FILL });
  }
  for (const nf of spec.numberFormats ?? []) ranges.push({ ...rect(nf.range), numFmt: nf.format });
  for (const range of spec.bold ?? []) ranges.push({ ...rect(range), font: 1 });
  for (const f of spec.fills ?? []) ranges.push({ ...rect(f.range), fill: argb(f.color) });
  const all: Rect[] = [...blocks, ...ranges];
  const extent = all.length
    ? all.reduce((a, b) => ({ top: Math.min(a.top, b.top), left: Math.min(a.left, b.left), bottom: Math.max(a.bottom, b.bottom), right: Math.max(a.right, b.right) }))
    : null;
  if (extent && (extent.bottom > MAX_ROW || extent.right > MAX_COL)) {
    throw new Error(`sheet '${spec.name}' needs ${extent.bottom + 1} rows and ${extent.right + 1} columns; an Excel sheet holds 1,048,576 rows and 16,384 columns`);
  }
  return { blocks, ranges, extent };
}

/** "B4:D9" (either corner order) → 0-based rectangle. */
export function rect(range: string): Rect {
  const [from, to = from] = range.split(":");
  const a = parseCell(from!);
  const b = parseCell(to!);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/**
 * Table column names: text, never blank, unique without regard to case (Excel repairs a table whose names
 * clash): blanks become "ColumnN", repeats get a number ("Score2").
 */
export function uniqueHeaders(row: readonly CellValue[]): string[] {
  const taken = new Set<string>();
  return row.map((h, j) => {
    const text = h === null || h === "" ? `Column${j + 1}` : String(h);
    let name = text;
    for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${text}${k}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

/** The value a cell holds once written (the last block covering it wins), for chart caches. */
export function cellValueOf(layout: SheetLayout): (row0: number, col0: number) => CellValue {
  return (row0, col0) => {
    for (let k = layout.blocks.length - 1; k >= 0; k--) {
      const b = layout.blocks[k]!;
      if (row0 < b.top || row0 > b.bottom || col0 < b.left || col0 > b.right) continue;
      const i = row0 - b.top;
      const j = col0 - b.left;
      if (i === 0 && b.headers) return b.headers[j] ?? null;
      const v = b.block.values[i]?.[j];
      if (v !== undefined) return v;
    }
    return null;
  };
}

/** "#RRGGBB" → "FFRRGGBB". */
export function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}
