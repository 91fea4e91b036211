/**
 * A SheetSpec as a SpreadsheetML worksheet part, streamed row by row: values (strings inline, so no shared
 * string table is merged), formulas with their cached results, cell styles, widths, frozen rows, conditional
 * formats, page setup, the drawing and table references. Children follow CT_Worksheet's order (sml.xsd), which
 * Excel enforces with a repair prompt.
 */
import type { CellValue, SheetSpec } from "../../../sheets/sheetSpec";
import { a1, columnLetter } from "../../../sheets/sheetSpec";
import { conditionalFormattingXml } from "./conditionalXml";
import type { SheetLayout } from "./sheetLayout";
import type { FontVariant, StyleSheet } from "./styles";
import { xmlEscape } from "./xmlText";

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetRefs {
  /** Relationship id of the drawing holding the charts, if any. */
  readonly drawing: string | null;
  /** Relationship ids of the table parts. */
  readonly tables: readonly string[];
}

/** Where the text goes: write() returns a promise only when the consumer wants us to wait. */
export interface TextSink {
  write(text: string): Promise<void> | undefined;
}

export async function writeSheetXml(spec: SheetSpec, layout: SheetLayout, styles: StyleSheet, refs: SheetRefs, out: TextSink): Promise<void> {
  const ext = layout.extent;
  const fit = spec.print?.fitToOnePage ?? false;
  let head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    (fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    `<dimension ref="${ext ? `${a1(ext.top, ext.left)}${ext.bottom > ext.top || ext.right > ext.left ? `:${a1(ext.bottom, ext.right)}` : ""}` : "A1"}"/>` +
    sheetViewsXml(spec.freezeRows) +
    '<sheetFormatPr defaultRowHeight="15"/>';
  const widths = spec.columnWidths ?? [];
  if (widths.length) head += `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
  await out.write(head + "<sheetData>");
  await writeRows(layout, styles, out);
  let tail = "</sheetData>";
  tail += (spec.conditionalFormats ?? []).map((cf, i) => conditionalFormattingXml(cf, i + 1, styles)).join("");
  tail += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  if (spec.print) {
    tail += `<pageSetup orientation="${spec.print.landscape ? "landscape" : "portrait"}"${fit ? ' fitToWidth="1" fitToHeight="1"' : ""}/>`;
  }
  if (refs.drawing) tail += `<drawing r:id="${refs.drawing}"/>`;
  if (refs.tables.length) tail += `<tableParts count="${refs.tables.length}">${refs.tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
  await out.write(tail + "</worksheet>");
}

function sheetViewsXml(freezeRows: number | undefined): string {
  if (!freezeRows) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const top = a1(freezeRows, 0);
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>` +
    "</sheetView></sheetViews>"
  );
}

/**
 * Rows in order, each with its cells in column order. Per row only the blocks and style ranges that cover it
 * are visited; a cell's style is the combination of the ranges over it, looked up once per combination.
 */
async function writeRows(layout: SheetLayout, styles: StyleSheet, out: TextSink): Promise<void> {
  const ext = layout.extent;
  if (!ext) return;
  const width = ext.right + 1;
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  // Per-column slots of the current row, reset through `touched`.
  const value: (CellValue | undefined)[] = new Array(width).fill(undefined);
  const formula: (string | null)[] = new Array(width).fill(null);
  const numFmt: (string | null)[] = new Array(width).fill(null);
  const font = new Uint8Array(width);
  const fill: (string | null)[] = new Array(width).fill(null);
  const styled = new Uint8Array(width);
  const seen = new Uint8Array(width);
  const touched: number[] = [];
  const touch = (c: number) => {
    if (!seen[c]) {
      seen[c] = 1;
      touched.push(c);
    }
  };
  const styleIds = new Map<string, number>();

  const blocks = [...layout.blocks].sort((a, b) => a.top - b.top);
  const ranges = layout.ranges;
  for (let r = ext.top; r <= ext.bottom; r++) {
    for (const b of blocks) {
      if (b.top > r) break;
      if (r > b.bottom) continue;
      const i = r - b.top;
      const row = i === 0 && b.headers ? b.headers : b.block.values[i]!;
      const frow = i === 0 && b.headers ? undefined : b.block.formulas?.[i];
      const n = Math.max(row.length, frow?.length ?? 0);
      for (let j = 0; j < n; j++) {
        const c = b.left + j;
        touch(c);
        value[c] = row[j] ?? null;
        formula[c] = frow?.[j] || null;
      }
    }
    for (const s of ranges) {
      if (r < s.top || r > s.bottom) continue;
      for (let c = s.left; c <= s.right; c++) {
        touch(c);
        styled[c] = 1;
        if (s.numFmt !== undefined) numFmt[c] = s.numFmt;
        if (s.font !== undefined && s.font > font[c]!) font[c] = s.font;
        if (s.fill !== undefined) fill[c] = s.fill;
      }
    }
    if (touched.length === 0) continue;
    if (touched.length > 1 && !isAscending(touched)) touched.sort((x, y) => x - y);
    const rowNum = r + 1;
    let xml = `<row r="${rowNum}">`;
    for (const c of touched) {
      let s = "";
      if (styled[c]) {
        const key = `${numFmt[c] ?? ""}\u0000${font[c]}\u0000${fill[c] ?? ""}`;
        let id = styleIds.get(key);
        if (id === undefined) {
          id = styles.cellStyle(numFmt[c]!, font[c] as FontVariant, fill[c]!);
          styleIds.set(key, id);
        }
        s = ` s="${id}"`;
      }
      xml += cellXml(`${letters[c]}${rowNum}`, s, value[c] ?? null, formula[c]!);
      value[c] = undefined;
      formula[c] = null;
      numFmt[c] = null;
      font[c] = 0;
      fill[c] = null;
      styled[c] = 0;
      seen[c] = 0;
    }
    touched.length = 0;
    const wait = out.write(xml + "</row>");
    if (wait) await wait;
  }
}

function isAscending(xs: readonly number[]): boolean {
  for (let i = 1; i < xs.length; i++) if (xs[i]! < xs[i - 1]!) return false;
  return true;
}

/** One `<c>`: a formula with its cached result, or a value; "" for an unstyled empty cell. */
export function cellXml(ref: string, s: string, v: CellValue, f: string | null): string {
  if (f) {
    const fx = `<f>${xmlEscape(f.startsWith("=") ? f.slice(1) : f)}</f>`;
    if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${s}>${fx}<v>${v}</v></c>` : `<c r="${ref}"${s}>${fx}</c>`;
    if (typeof v === "string") return `<c r="${ref}"${s} t="str">${fx}<v>${xmlEscape(v)}</v></c>`;
    if (typeof v === "boolean") return `<c r="${ref}"${s} t="b">${fx}<v>${v ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s}>${fx}</c>`;
  }
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : s ? `<c r="${ref}"${s}/>` : "";
  if (typeof v === "string") return `<c r="${ref}"${s} t="inlineStr"><is>${textXml(v)}</is></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  return s ? `<c r="${ref}"${s}/>` : "";
}

/** Excel keeps at most 32,767 characters in a cell; spaces at either end need xml:space. */
function textXml(text: string): string {
  const t = text.length > 32_767 ? text.slice(0, 32_767) : text;
  const preserve = t.length > 0 && (/^\s/.test(t) || /\s$/.test(t)) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${xmlEscape(t)}</t>`;
}
