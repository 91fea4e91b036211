/**
 * The one place that decides a ChartSpec's series, as plain sheet references; the CLI's DrawingML (chartXml.ts)
 * draws exactly these.
 * Layout of `dataRange`: the first row holds series names and the first column the categories (for scatter kinds
 * the x values); `seriesBy: "rows"` swaps the two.
 */
import type { ChartKind, ChartSpec } from "../../../sheets/sheetSpec";
import { columnLetter } from "../../../sheets/sheetSpec";
import { parseCell } from "../cellRefs";

/** A rectangle of cells, 0-based and inclusive, with its absolute reference ("'PMO Ranking'!$B$5:$B$19"). */
export interface RangeRef {
  readonly formula: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface SeriesRefs {
  /** One cell holding the series name. */
  readonly name: RangeRef;
  /** Category labels, or the x values for scatter kinds (one row or one column). */
  readonly categories: RangeRef;
  /** The plotted values (one row or one column, as long as `categories`). */
  readonly values: RangeRef;
}

/** Scatter kinds plot their first column (row) as numeric x values rather than as category labels. */
export function isScatterKind(kind: ChartKind | string): boolean {
  return kind.toLowerCase().includes("scatter");
}

/** The series of `chart`, each an absolute reference into `sheet`. */
export function seriesRefs(sheet: string, chart: Pick<ChartSpec, "dataRange" | "seriesBy">): SeriesRefs[] {
  const [from, to = from] = chart.dataRange.split(":");
  const a = parseCell(from!);
  const b = parseCell(to!);
  const top = Math.min(a.row, b.row);
  const bottom = Math.max(a.row, b.row);
  const left = Math.min(a.col, b.col);
  const right = Math.max(a.col, b.col);
  const ref = (r1: number, c1: number, r2: number, c2: number): RangeRef => ({ formula: rangeFormula(sheet, r1, c1, r2, c2), top: r1, left: c1, bottom: r2, right: c2 });
  const series: SeriesRefs[] = [];
  if (chart.seriesBy === "columns") {
    const categories = ref(top + 1, left, bottom, left);
    for (let c = left + 1; c <= right; c++) series.push({ name: ref(top, c, top, c), categories, values: ref(top + 1, c, bottom, c) });
  } else {
    const categories = ref(top, left + 1, top, right);
    for (let r = top + 1; r <= bottom; r++) series.push({ name: ref(r, left, r, left), categories, values: ref(r, left + 1, r, right) });
  }
  return series;
}

/** Absolute reference to a cell or rectangle of `sheet`: "'PMO Ranking'!$B$5:$B$19", "Data!$A$1". */
export function rangeFormula(sheet: string, r1: number, c1: number, r2: number, c2: number): string {
  const cell = (r: number, c: number) => `$${columnLetter(c)}$${r + 1}`;
  return `${quoteSheet(sheet)}!${cell(r1, c1)}${r1 === r2 && c1 === c2 ? "" : `:${cell(r2, c2)}`}`;
}

/**
 * A sheet name as it appears in a formula: bare when it is a plain identifier, else quoted with '' for '.
 * Names that read as a cell ("Q1", "AB12") or an R1C1 reference ("R2C3", "R", "C") are quoted too.
 */
export function quoteSheet(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) && !/^[Rr]\d*([Cc]\d*)?$|^[Cc]\d*$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

