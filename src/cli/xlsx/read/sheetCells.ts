/**
 * Streams a worksheet part and keeps only the cells inside given boxes (the tables' ranges, or the whole
 * sheet for the no-table fallback), plus the merged ranges. Rows and cells without an `r` attribute follow
 * the previous one. Cells outside the boxes cost no object: their text is never even sliced out.
 */
import { CellError, type CellValue, dateSerial, isoDateSerial } from "./cellValues";
import { StringItem } from "./sharedStrings";
import { attr, XmlScanner } from "./xmlScanner";
import { decodeOoxmlEscapes } from "./xmlText";
import type { ZipArchive } from "./zipArchive";

/** A rectangle of 1-based rows and columns, bounds included. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** The cells read inside one box; rows and cells never written read as null. */
export class CellBox implements Box {
  /** rows[r - top][c - left]; sparse. */
  private readonly rows: CellValue[][] = [];
  /** The last row and column holding a cell (for the whole-sheet box). */
  lastRow = 0;
  lastColumn = 0;

  constructor(
    readonly top: number,
    readonly left: number,
    readonly bottom: number,
    readonly right: number,
  ) {}

  contains(row: number, col: number): boolean {
    return row >= this.top && row <= this.bottom && col >= this.left && col <= this.right;
  }

  put(row: number, col: number, value: CellValue): void {
    const i = row - this.top;
    let cells = this.rows[i];
    if (cells === undefined) cells = this.rows[i] = [];
    cells[col - this.left] = value;
    if (row > this.lastRow) this.lastRow = row;
    if (col > this.lastColumn) this.lastColumn = col;
  }

  get(row: number, col: number): CellValue {
    return this.rows[row - this.top]?.[col - this.left] ?? null;
  }

  /** Whether row `row` holds any cell (maybe blank text). */
  cellsOf(row: number): readonly CellValue[] | undefined {
    return this.rows[row - this.top];
  }
}

export interface SheetContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/** Fills `boxes` from the sheet part; returns the sheet's merged ranges. */
export function readSheetCells(zip: ZipArchive, part: string, boxes: readonly CellBox[], context: SheetContext): Box[] {
  const merges: Box[] = [];
  const { strings, dateStyles, date1904 } = context;
  const item = new StringItem();
  let row = 0;
  let col = 0;
  /** Whether some box spans the current row (unknown rows, without `r`, are checked per cell). */
  let rowWanted = false;
  // The current cell, when it is wanted.
  let box: CellBox | null = null;
  let type = "";
  let style = 0;
  let value: string | null = null;
  let inValue = false;
  let inInline = false;
  /** The value came from `<is>`, already decoded. */
  let inlineRead = false;

  const scanner = new XmlScanner({
    open(name, attrs, selfClosing) {
      switch (name) {
        case "c": {
          const ref = attr(attrs, "r");
          if (ref !== null) {
            const at = parseRef(ref);
            if (at.row > 0 && at.row !== row) {
              row = at.row;
              rowWanted = spans(boxes, row);
            }
            col = at.col > 0 ? at.col : col + 1;
          } else col++;
          box = null;
          if (!rowWanted || selfClosing) return;
          for (const b of boxes) {
            if (b.contains(row, col)) {
              box = b;
              break;
            }
          }
          if (box === null) return;
          type = attr(attrs, "t") ?? "";
          const s = attr(attrs, "s");
          style = s === null ? 0 : Number(s);
          value = null;
          inlineRead = false;
          return;
        }
        case "v":
          if (box !== null && !selfClosing) {
            inValue = true;
            value = "";
          }
          return;
        case "is":
          if (box !== null && !selfClosing) {
            inInline = true;
            item.reset();
          }
          return;
        case "row": {
          const r = attr(attrs, "r");
          row = r === null ? row + 1 : Number(r);
          col = 0;
          rowWanted = spans(boxes, row);
          return;
        }
        case "mergeCell": {
          const ref = attr(attrs, "ref");
          if (ref !== null) {
            const m = parseRange(ref);
            if (m) merges.push(m);
          }
          return;
        }
        default:
          if (inInline) item.open(name, selfClosing);
      }
    },
    close(name) {
      switch (name) {
        case "v":
          inValue = false;
          return;
        case "is":
          if (inInline) {
            inInline = false;
            if (box !== null) {
              value = item.value();
              inlineRead = true;
            }
          }
          return;
        case "c":
          if (box !== null) {
            const v = cellValue(type, value, style);
            if (v !== null) box.put(row, col, v);
            box = null;
          }
          return;
        default:
          if (inInline) item.close(name);
      }
    },
    wantsText: () => inValue || (inInline && item.wantsText()),
    text(t) {
      if (inValue) value += t;
      else item.text(t);
    },
  });

  function cellValue(t: string, v: string | null, s: number): CellValue {
    if (v === null) return null;
    switch (t) {
      case "s": {
        const index = Number(v);
        const text = strings[index];
        if (text === undefined) throw new Error(`a cell of sheet part ${part} names shared string ${v.trim()}, which the workbook does not have (the file is damaged)`);
        return text;
      }
      case "inlineStr":
        return inlineRead ? v : decodeOoxmlEscapes(v);
      case "str":
        return decodeOoxmlEscapes(v);
      case "b":
        return v.trim() === "1" || v.trim() === "true";
      case "e":
        return new CellError(v.trim());
      case "d":
        return isoDateSerial(v);
      default: {
        if (v.trim() === "") return null;
        const n = Number(v);
        if (!Number.isFinite(n)) return null;
        return dateStyles[s] === true ? dateSerial(n, date1904) : n;
      }
    }
  }

  zip.stream(part, (chunk) => scanner.push(chunk));
  scanner.end();
  return merges;
}

function spans(boxes: readonly CellBox[], row: number): boolean {
  for (const b of boxes) if (row >= b.top && row <= b.bottom) return true;
  return false;
}

/** "B7" → row 7, column 2; a missing part is 0. "$B$7" allowed. */
export function parseRef(ref: string): { row: number; col: number } {
  let col = 0;
  let row = 0;
  for (let k = 0; k < ref.length; k++) {
    const c = ref.charCodeAt(k);
    if (c >= 65 && c <= 90) col = col * 26 + c - 64;
    else if (c >= 97 && c <= 122) col = col * 26 + c - 96;
    else if (c >= 48 && c <= 57) row = row * 10 + c - 48;
  }
  return { row, col };
}

/** "A1:K41" (or one cell) as a Box; null when it is no range. */
export function parseRange(ref: string): Box | null {
  const [a, b = a] = ref.replace(/\$/g, "").split(":");
  if (!/^[A-Za-z]+\d+$/.test(a ?? "") || !/^[A-Za-z]+\d+$/.test(b ?? "")) return null;
  const p = parseRef(a!);
  const q = parseRef(b!);
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}
