/**
 * Which features use a workbook column: the one place that decides what a bad cell stops. readProjects scopes
 * its own cell errors with it, and readPortfolio scopes the cells the readers found holding an Excel error value
 * (#N/A, #REF!: Office.js in the pane, the .xlsx reader in the CLI), so both surfaces block the same features.
 */
import type { Feature } from "./features";
import type { TableData, WorkbookProblem } from "./tableData";
import { cellAddress } from "./tableReader";
import { headerMatches, normaliseHeader, PROJECTS_TABLE, templateTable } from "./template";
import type { ValueBasis } from "./types";

/** What the rest of the workbook asks of its columns. */
export interface ColumnContext {
  readonly valueBasis: ValueBasis;
  /** Limits has share rows (per Category). */
  readonly shareRules: boolean;
  /** Driver names: each has an impact column in Projects. */
  readonly drivers: readonly string[];
  /** Projects columns that Limits spends (e.g. Cost, CapEx). */
  readonly limitColumns: readonly string[];
}

/**
 * Features that use a Projects template column (by key). Empty: no feature reads it (Owner, Name), so a bad cell
 * there is only a warning. The id column is not listed: every feature needs it.
 */
export function projectColumnFeatures(key: string, context: Pick<ColumnContext, "valueBasis" | "shareRules">): readonly Feature[] | undefined {
  switch (key) {
    case "project":
      return undefined;
    case "name":
    case "owner":
      return [];
    case "category":
      return context.shareRules ? ["selection"] : [];
    case "cost":
      return ["selection"];
    case "benefit":
      // Review compares realised benefit with it; Selection uses it only when the value basis does.
      return context.valueBasis === "score" ? ["review"] : ["selection", "review"];
    case "start":
    case "duration":
    case "earliestStart":
    case "latestStart":
    case "startsAfter":
      return ["allocation"];
    case "costOfDelay":
    case "jobSize":
      return ["scoring"];
    case "force":
    case "dependsOn":
    case "excludes":
    case "together":
      return ["selection"];
    case "finalCost":
    case "benefitRealised":
      return ["review"];
    default:
      return undefined;
  }
}

/** The features each template table serves as a whole (Settings and the required columns stop every feature). */
const TABLE_FEATURES: Readonly<Record<string, readonly Feature[]>> = {
  drivercomparisons: ["scoring"],
  judgements: ["scoring"],
  stakeholders: ["scoring"],
  impactscale: ["scoring"],
  limits: ["selection"],
  capacity: ["allocation"],
  demand: ["allocation"],
  status: ["monitoring"],
};

/**
 * The features that use column `header` of table `table`: undefined = every feature (ids, Settings), [] = none
 * (a column or table nothing reads).
 */
export function columnFeatures(table: string, header: string, context: ColumnContext): readonly Feature[] | undefined {
  const name = normaliseHeader(table);
  const h = normaliseHeader(header);
  if (name === "projects") {
    if (context.drivers.some((d) => normaliseHeader(d) === h)) return ["scoring"];
    if (context.limitColumns.some((c) => normaliseHeader(c) === h)) return ["selection"];
    const column = PROJECTS_TABLE.columns.find((c) => headerMatches(header, c));
    return column ? projectColumnFeatures(column.key, context) : [];
  }
  if (name === "drivers") {
    const column = templateTable("Drivers")!.columns.find((c) => headerMatches(header, c));
    return column?.key === "driver" || column?.key === "weight" ? ["scoring"] : [];
  }
  if (name === "settings") return undefined;
  if (name.startsWith("judgements")) return ["scoring"];
  const features = TABLE_FEATURES[name];
  if (features) return features;
  // A table the template does not know: nothing reads it.
  return templateTable(table) ? undefined : [];
}

/** The sentence a cell holding an Excel error value gets (the CLI's .xlsx reader words it the same). */
export function errorValueMessage(table: string, row: number, column: string, code: string): string {
  return `table ${table}, row ${row}, column '${column}': the cell holds the Excel error ${code}; fix its formula or type a value`;
}

/** The problem for a cell of `table` holding an Excel error value (row 1-based, column 0-based); the cell reads as blank. */
export function errorValueProblem(table: TableData, row: number, column: number, code: string): WorkbookProblem {
  const header = String(table.headers[column] ?? "");
  const cell = cellAddress(table, row, column);
  return {
    severity: "error",
    table: table.name,
    row,
    column: header,
    message: errorValueMessage(table.name, row, header, code),
    ...(cell !== undefined ? { cell } : {}),
  };
}

/**
 * Scopes the cell errors a reader found (Excel error values, which read as blank) to the features that use the
 * cell's column: an error in a column no feature reads becomes a warning. Errors without a row and column
 * (merged ranges) and errors already scoped are kept as they are.
 */
export function scopeCellErrors(problems: readonly WorkbookProblem[], context: ColumnContext): WorkbookProblem[] {
  return problems.map((p) => {
    if (p.severity !== "error" || p.blocks !== undefined || p.row === undefined || p.column === undefined) return p;
    const features = columnFeatures(p.table, p.column, context);
    if (features === undefined) return p;
    if (features.length === 0) return { ...p, severity: "warning", message: `${p.message} (read as blank: no feature uses this column)` };
    return { ...p, blocks: features };
  });
}

/** Same table, row and column (case-insensitive): one cell. */
export function sameCell(a: WorkbookProblem, b: WorkbookProblem): boolean {
  return (
    a.row !== undefined &&
    a.row === b.row &&
    a.column !== undefined &&
    b.column !== undefined &&
    normaliseHeader(a.table) === normaliseHeader(b.table) &&
    normaliseHeader(a.column) === normaliseHeader(b.column)
  );
}
