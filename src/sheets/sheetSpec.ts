/**
 * A result sheet described as data, so the same layout is written by the add-in (Office.js, src/excel)
 * and by the CLI (its package writer, src/cli/xlsx/write). Builders in src/sheets turn engine results into a SheetSpec;
 * renderers only translate it. Ranges are A1 strings on the sheet itself ("A1:F42").
 */

export type CellValue = string | number | boolean | null;

/** A rectangle of cells written in one assignment. `formulas` (when given) wins over `values` cell by cell. */
export interface SheetBlock {
  /** Top-left cell, e.g. "A3". */
  readonly at: string;
  /**
   * A string value is text and must stay text: renderers write it so the host does not parse it ("2027-03"
   * would become a date, "1/2" a fraction). Office.js: number format "@" on the cell before its value; the CLI's
   * writer stores strings as text already. Month labels are such strings.
   */
  readonly values: readonly (readonly CellValue[])[];
  /** Optional formulas ("=SUM(B2:B9)") aligned with values; null keeps the value. */
  readonly formulas?: readonly (readonly (string | null)[])[];
  /** Make the first row bold with a header fill. */
  readonly header?: boolean;
  /** Create a native Excel table over the block (first row = headers). Name must be unique in the workbook. */
  readonly tableName?: string;
}

export interface NumberFormatSpec {
  readonly range: string;
  /** Excel number format code, e.g. "0.0", "0%", "#,##0", "yyyy-mm". */
  readonly format: string;
}

export type ConditionalFormatSpec =
  | { readonly type: "dataBar"; readonly range: string; readonly color: string }
  | {
      readonly type: "colorScale";
      readonly range: string;
      /** Colours for min / (optional) mid / max, as "#RRGGBB". */
      readonly minColor: string;
      readonly midColor?: string;
      readonly maxColor: string;
      /** Optional fixed mid point (number); percentile 50 when absent. */
      readonly midValue?: number;
    }
  | {
      readonly type: "iconSet";
      readonly range: string;
      readonly icons: "3Arrows" | "3TrafficLights1" | "3Symbols";
      /**
       * Optional number cut-offs [t1, t2]: lowest icon below t1, middle icon from t1, top icon from t2
       * (≥). Without it Excel's default percent thresholds (33 %, 67 % of the range) apply.
       */
      readonly thresholds?: readonly [number, number];
    }
  | {
      readonly type: "cellValue";
      readonly range: string;
      readonly operator: "greaterThan" | "lessThan" | "equal" | "between" | "greaterThanOrEqual" | "lessThanOrEqual";
      readonly formula1: string;
      readonly formula2?: string;
      readonly fill: string;
      readonly fontColor?: string;
    }
  | {
      /** Fill by exact text, e.g. RAG words. */
      readonly type: "textEquals";
      readonly range: string;
      readonly text: string;
      readonly fill: string;
      readonly fontColor?: string;
    };

/**
 * Chart types. Category kinds (bar, column, line, lineMarkers) put the first column (or row) of `dataRange` on a
 * category axis: labels in order, evenly spaced, never plotted. Wherever x is a number (a budget, a cost) use a
 * scatter kind: the first column (or row) holds the numeric x values of every series and is plotted to scale.
 * - `xyScatter`: markers only (Excel "XYScatter");
 * - `scatterLines`: markers joined by straight lines in x order, e.g. an efficient frontier (Excel "XYScatterLines").
 */
export type ChartKind = "barStacked" | "columnClustered" | "line" | "xyScatter" | "scatterLines" | "barClustered" | "lineMarkers";

export interface ChartSpec {
  readonly kind: ChartKind;
  readonly title: string;
  /** Source data including the header row and the category column. */
  readonly dataRange: string;
  readonly seriesBy: "columns" | "rows";
  readonly xAxisTitle?: string;
  readonly yAxisTitle?: string;
  /** Cell where the chart's top-left corner sits (beside its data). */
  readonly anchor: string;
  /** Size in points. */
  readonly width: number;
  readonly height: number;
  /** Stable name so a re-run replaces rather than stacks charts. */
  readonly name: string;
}

export interface SheetSpec {
  /** Sheet name, e.g. "PMO Ranking". Add-in-owned sheets always start with "PMO ". */
  readonly name: string;
  readonly blocks: readonly SheetBlock[];
  readonly numberFormats?: readonly NumberFormatSpec[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  readonly charts?: readonly ChartSpec[];
  /** Column widths in characters, from column A. */
  readonly columnWidths?: readonly number[];
  /** Rows frozen at the top (e.g. title + header). */
  readonly freezeRows?: number;
  /** Bold ranges (titles, totals). */
  readonly bold?: readonly string[];
  /** Background fills, e.g. RAG cells written as colours. */
  readonly fills?: readonly { readonly range: string; readonly color: string }[];
  /** Page setup for printing (dashboard). */
  readonly print?: { readonly area: string; readonly landscape: boolean; readonly fitToOnePage: boolean };
}

/**
 * Every sheet PMO Align writes carries a sheet-scoped defined name PMO_SHEET_MARKER_NAME whose formula is
 * `="PMO_SHEET_MARKER"`, invisible in the grid, to tell it from user sheets (the add-in and the CLI alike).
 */
export const PMO_SHEET_MARKER = "PMO Align result sheet";
export const PMO_SHEET_MARKER_NAME = "PMO_ALIGN_SHEET";

/** Convert 0-based row/column to an A1 address ("A1"). */
export function a1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** 0-based column index to letters (0 → A, 26 → AA). */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 range from 0-based corners inclusive. */
export function a1Range(row1: number, col1: number, row2: number, col2: number): string {
  return `${a1(row1, col1)}:${a1(row2, col2)}`;
}
