/**
 * `c:ser` elements: references from seriesRefs.ts plus caches read from the cells being written, so Excel and
 * viewers draw the chart before any recalculation.
 */
import type { CellValue } from "../../../sheets/sheetSpec";
import { esc } from "./drawingMl";
import type { RangeRef, SeriesRefs } from "./seriesRefs";

export type CellLookup = (row0: number, col0: number) => CellValue;

/** How a series is drawn: category charts take `c:cat`/`c:val`, scatter charts `c:xVal`/`c:yVal`. */
export interface SeriesLook {
  readonly scatter: boolean;
  /** Before `c:cat`/`c:xVal` in schema order: spPr (line), marker. */
  readonly shape: string;
  /** `c:invertIfNegative` for bar series (its place is right after spPr). */
  readonly bar: boolean;
  /** Line and scatter series end with `c:smooth`. */
  readonly smooth: boolean;
}

export function seriesXml(series: readonly SeriesRefs[], look: SeriesLook, cell: CellLookup): string {
  // Every series shares one category range: its cache is read and written once per chart.
  const labels = new Map<string, string>();
  const labelsOnce = (range: RangeRef) => labels.get(range.formula) ?? labels.set(range.formula, labelsRef(range, cell)).get(range.formula)!;
  return series
    .map((s, i) => {
      const [catTag, valTag] = look.scatter ? ["c:xVal", "c:yVal"] : ["c:cat", "c:val"];
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx>${strRef(s.name, cell)}</c:tx>` +
        look.shape +
        (look.bar ? '<c:invertIfNegative val="0"/>' : "") +
        `<${catTag}>${labelsOnce(s.categories)}</${catTag}>` +
        `<${valTag}>${numRef(s.values, cell)}</${valTag}>` +
        (look.smooth ? '<c:smooth val="0"/>' : "") +
        "</c:ser>"
      );
    })
    .join("");
}

/** Categories (or x values) as numbers when every filled cell holds one, else as text labels. */
function labelsRef(range: RangeRef, cell: CellLookup): string {
  const values = readRange(range, cell);
  const numeric = values.some((v) => typeof v === "number") && values.every((v) => v === null || typeof v === "number");
  return numeric ? numRef(range, cell, values) : strRef(range, cell, values);
}

function strRef(range: RangeRef, cell: CellLookup, values = readRange(range, cell)): string {
  const points: string[] = [];
  values.forEach((v, i) => {
    if (v !== null && v !== "") points.push(`<c:pt idx="${i}"><c:v>${esc(typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v))}</c:v></c:pt>`);
  });
  return `<c:strRef><c:f>${esc(range.formula)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points.join("")}</c:strCache></c:strRef>`;
}

function numRef(range: RangeRef, cell: CellLookup, values = readRange(range, cell)): string {
  const points: string[] = [];
  values.forEach((v, i) => {
    // Text, blanks and non-finite numbers are gaps, as Excel plots them.
    if (typeof v === "number" && Number.isFinite(v)) points.push(`<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`);
  });
  return `<c:numRef><c:f>${esc(range.formula)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points.join("")}</c:numCache></c:numRef>`;
}

/** The values of a one-row or one-column range, in order. */
function readRange(range: RangeRef, cell: CellLookup): CellValue[] {
  const values: CellValue[] = [];
  for (let r = range.top; r <= range.bottom; r++) for (let c = range.left; c <= range.right; c++) values.push(cell(r, c));
  return values;
}
