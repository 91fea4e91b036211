/** Look up what a SheetSpec writes into one cell (for tests and previews). */
import type { CellValue, SheetSpec } from "./sheetSpec";

function parse(ref: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell address: '${ref}'`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** The value and formula a spec writes at `ref` ("B5"); undefined when no block covers it. */
export function cellAt(spec: SheetSpec, ref: string): { value: CellValue; formula: string | null } | undefined {
  const { row, col } = parse(ref);
  for (const block of spec.blocks) {
    const at = parse(block.at);
    const i = row - at.row;
    const j = col - at.col;
    if (i < 0 || j < 0 || i >= block.values.length || j >= (block.values[i]?.length ?? 0)) continue;
    return { value: block.values[i][j], formula: block.formulas?.[i]?.[j] ?? null };
  }
  return undefined;
}

/**
 * The first column (seriesBy columns) or row (rows) of a chart's data under its header: the categories of a
 * category chart, the x values of a scatter. Tests check that numbers there always go with a scatter kind.
 */
export function chartXValues(spec: SheetSpec, chart: { readonly dataRange: string; readonly seriesBy: "columns" | "rows" }): CellValue[] {
  const [from, to = from] = chart.dataRange.split(":") as [string, string?];
  const a = parse(from);
  const b = parse(to);
  const out: CellValue[] = [];
  if (chart.seriesBy === "columns") for (let r = a.row + 1; r <= b.row; r++) out.push(cellAt(spec, `${letters(a.col)}${r + 1}`)?.value ?? null);
  else for (let c = a.col + 1; c <= b.col; c++) out.push(cellAt(spec, `${letters(c)}${a.row + 1}`)?.value ?? null);
  return out;
}

function letters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Every row of the block whose first header cell is `header`, as arrays (header row included). */
export function blockByHeader(spec: SheetSpec, header: string): readonly (readonly CellValue[])[] | undefined {
  return spec.blocks.find((b) => b.values[0]?.[0] === header)?.values;
}
