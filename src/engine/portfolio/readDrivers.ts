/** Reads the Drivers and DriverComparisons tables. */
import { DEFAULT_RECIPROCAL_TOLERANCE, formatJudgement } from "../ahp";
import { isBlankCell, numberFromCell } from "../cellValues";
import { closestMatch } from "./closestMatch";
import type { RawCell, TableData } from "./tableData";
import { type ProblemLog, TableReader } from "./tableReader";
import { DRIVER_COMPARISONS_TABLE, DRIVERS_TABLE, headerMatches, normaliseHeader, PROJECTS_TABLE } from "./template";
import type { DriverComparisons, PortfolioDriver } from "./types";

/** Same reciprocity rule as PMO.WEIGHTS: a_ij · a_ji within 1 % of 1 (0.33 against 3 passes, 0.3 does not). */
const near = (product: number) => Math.abs(product - 1) <= DEFAULT_RECIPROCAL_TOLERANCE + 1e-12;

/**
 * Drivers in table order; null when the table lacks its Driver column. Blank weights are allowed only when
 * `weightsFromComparisons` (DriverComparisons is present).
 */
export function readDrivers(table: TableData, log: ProblemLog, weightsFromComparisons: boolean): PortfolioDriver[] | null {
  const reader = new TableReader(table, DRIVERS_TABLE, log);
  if (!reader.has("driver")) {
    reader.missingColumn("Driver");
    return null;
  }
  if (!reader.has("weight") && !weightsFromComparisons) reader.missingColumn("Weight", " (or add a DriverComparisons table)");
  const drivers: PortfolioDriver[] = [];
  const seen = new Map<string, number>();
  for (let r = 0; r < reader.rowCount; r++) {
    if (reader.isBlankRow(r)) continue;
    const name = reader.text(r, "driver", true);
    const weight = reader.number(r, "weight", { min: 0, required: !weightsFromComparisons });
    if (name === undefined) continue;
    const key = normaliseHeader(name);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      reader.error(r, reader.columnIndex("driver"), "a driver name not used before", name, `already in row ${earlier}`);
      continue;
    }
    seen.set(key, r + 1);
    // The driver's impact column in Projects would be taken for the template column of that name.
    const clash = PROJECTS_TABLE.columns.find((c) => headerMatches(name, c));
    if (clash) {
      reader.errorText(r, reader.columnIndex("driver"), `driver '${name}' has the same name as the Projects column '${clash.name}'; rename the driver (e.g. '${name} impact')`);
    }
    drivers.push({ name, description: reader.text(r, "description") ?? "", weight: weight ?? null, row: r + 1 });
  }
  if (drivers.length === 0) reader.errorText(undefined, undefined, "no drivers: add at least one row with a Driver name");
  return drivers;
}

/** A judgement: a number or a fraction typed as text ("1/3"). */
function judgement(cell: RawCell): number | undefined {
  const direct = numberFromCell(cell);
  if (direct !== undefined) return direct;
  if (typeof cell !== "string") return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(cell);
  return m ? Number(m[1]) / Number(m[2]) : undefined;
}

/**
 * The pairwise matrix in Drivers order, with blanks filled from reciprocals and a unit diagonal; null when
 * the table does not line up with the drivers (each mismatch is reported).
 */
export function readComparisons(table: TableData, drivers: readonly PortfolioDriver[], log: ProblemLog): DriverComparisons | null {
  const reader = new TableReader(table, DRIVER_COMPARISONS_TABLE, log);
  const labelColumn = reader.columnIndex("driver") ?? 0;
  const names = drivers.map((d) => d.name);
  const columnOf: (number | undefined)[] = names.map((n) => {
    const i = reader.findHeader(n);
    return i === labelColumn ? undefined : i;
  });
  const rowOf: (number | undefined)[] = names.map(() => undefined);
  let ok = true;

  names.forEach((name, i) => {
    if (columnOf[i] === undefined) {
      ok = false;
      reader.missingColumn(name, " (every driver needs a column)");
    }
  });
  table.headers.forEach((header, c) => {
    if (c === labelColumn || columnOf.includes(c)) return;
    const near = closestMatch(String(header), names);
    reader.errorText(undefined, c, `'${header}' is not a driver in Drivers${near ? ` — did you mean '${near}'?` : ""}`);
    ok = false;
  });
  for (let r = 0; r < reader.rowCount; r++) {
    if (reader.isBlankRow(r)) continue;
    const label = reader.raw(r, labelColumn);
    const i = names.findIndex((n) => !isBlankCell(label) && normaliseHeader(n) === normaliseHeader(String(label)));
    if (i < 0) {
      const near = isBlankCell(label) ? undefined : closestMatch(String(label), names);
      reader.error(r, labelColumn, "a driver name from Drivers", label ?? "", near ? `did you mean '${near}'?` : undefined);
      ok = false;
    } else if (rowOf[i] !== undefined) {
      reader.error(r, labelColumn, "each driver once", label, `already in row ${rowOf[i]! + 1}`);
      ok = false;
    } else {
      rowOf[i] = r;
    }
  }
  names.forEach((name, i) => {
    if (rowOf[i] === undefined) {
      ok = false;
      reader.errorText(undefined, labelColumn, `no row for driver '${name}'`);
    }
  });
  if (!ok) return null;

  const n = names.length;
  const typed: (number | undefined)[][] = names.map((_, i) =>
    names.map((__, j) => {
      const cell = reader.raw(rowOf[i]!, columnOf[j]);
      if (isBlankCell(cell)) return undefined;
      const value = judgement(cell);
      if (value === undefined || !(value > 0)) {
        reader.error(rowOf[i]!, columnOf[j], "a positive judgement (1–9 or a fraction like 1/3)", cell);
        ok = false;
        return undefined;
      }
      return value;
    }),
  );
  const matrix: number[][] = names.map(() => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    const diagonal = typed[i][i];
    if (diagonal !== undefined && !near(diagonal)) {
      reader.error(rowOf[i]!, columnOf[i], "1 on the diagonal (a driver compared with itself)", diagonal);
      ok = false;
    }
    for (let j = i + 1; j < n; j++) {
      const upper = typed[i][j];
      const lower = typed[j][i];
      if (upper === undefined && lower === undefined) {
        reader.errorText(rowOf[i]!, columnOf[j], `missing judgement of '${names[i]}' against '${names[j]}'`);
        ok = false;
        continue;
      }
      if (upper !== undefined && lower !== undefined && !near(upper * lower)) {
        reader.error(rowOf[j]!, columnOf[i], `${formatJudgement(1 / upper)}, the reciprocal of ${formatJudgement(upper)} (row '${names[i]}', column '${names[j]}'), or a blank cell`, lower);
        ok = false;
      }
      const value = upper ?? 1 / lower!;
      matrix[i][j] = value;
      matrix[j][i] = 1 / value;
    }
  }
  return ok ? { labels: names, matrix } : null;
}
