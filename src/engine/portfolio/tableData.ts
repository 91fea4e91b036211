/**
 * A workbook table as plain data: what src/excel reads through Office.js and what the CLI reads
 * with its own .xlsx reader (src/cli/xlsx/read). The engine parses these into a Portfolio; neither reader knows the template.
 */

import type { Feature } from "./features";

export type RawCell = string | number | boolean | null;

export interface TableData {
  /** Excel table name (ListObject), e.g. "Projects". */
  readonly name: string;
  /** Header texts as written. */
  readonly headers: readonly string[];
  /** Data rows (header excluded), each as long as headers. Dates arrive as Excel serial numbers. */
  readonly rows: readonly (readonly RawCell[])[];
  /** Where the header row sits, to link a problem to its cell (0-based row/col on the sheet). */
  readonly address?: { readonly sheet: string; readonly headerRow: number; readonly firstColumn: number };
  /**
   * Cells holding an Excel error value (#N/A, #REF!), which read as null in `rows`: the pane's Office.js reader
   * fills this; readPortfolio turns each into a problem blocking only the features that use its column.
   */
  readonly errorValues?: readonly ErrorValueCell[];
}

export interface ErrorValueCell {
  /** 1-based data row. */
  readonly row: number;
  /** 0-based index into headers. */
  readonly column: number;
  /** "#N/A", "#REF!", … */
  readonly code: string;
}

/** One problem found while reading the workbook: shown as a list, each linking to its cell. */
export interface WorkbookProblem {
  readonly severity: "error" | "warning";
  readonly table: string;
  /** 1-based data row, when the problem is in a row. */
  readonly row?: number;
  readonly column?: string;
  readonly message: string;
  /** A1 address on the sheet ("Projects!C7") when the table address is known. */
  readonly cell?: string;
  /**
   * For errors: the features this error stops (features.ts); absent = every feature. Each feature reads only
   * the columns it uses, so an error in Start stops Resources but not scoring.
   */
  readonly blocks?: readonly Feature[];
}
