/**
 * =PMO.LOAD and =PMO.ALLOCATE: role load by month and optimal staffing (ALLOCATE solves in a Web Worker
 * where the runtime has one: see solveOffThread.ts). Both read demand in the long
 * form of the template's Demand table: rows of (project, role, month offset from the project's start, amount).
 */
import { isBlankCell, numberFromCell } from "../engine/cellValues";
import { monthFromCell } from "../engine/portfolio";
import { allocateResources, loadMatrix, type AllocationProblem, type AllocationProject } from "../engine/resources";
import { cancellationOf } from "./cancellation";
import { excelCall, excelCallAsync } from "./excelErrors";
import { solveOffThread } from "./solveOffThread";
import { ArgumentError, asRange, BLANK, isBlankRow, optionalScalar, trimTrailingBlankRows, widest, type Range } from "./ranges";

/** Drops a first row that is a header (text where the data has numbers in column `numericColumn`). */
function withoutHeader(range: Range, numericColumn: number): Range {
  const first = range[0];
  if (!first) return range;
  const cell = first[numericColumn];
  return typeof cell === "string" && cell.trim() !== "" && numberFromCell(cell) === undefined ? range.slice(1) : range;
}

/**
 * Load per role and month of a plan: the demand of every staffed project placed at its start.
 * @customfunction LOAD
 * @param demand Four columns: project, role, month offset from the project's start (0 = first month), amount (FTE or hours). A header row is allowed.
 * @param starts Two columns: project, start month (an offset, 0 = first month, or one of the month labels); a blank start = not staffed.
 * @param months The number of months in the horizon, or the month labels (a row or column).
 * @returns A matrix with one row per role (in order of first appearance in demand): the role name, then its load in each month.
 */
export function load(demand: unknown[][], starts: unknown[][], months: unknown[][]): Array<Array<number | string>> {
  return excelCall(() => {
    const monthCells = asRange(months).flat();
    const count = monthCells.length === 1 ? numberFromCell(monthCells[0]) : undefined;
    const horizon = count !== undefined ? count : monthCells;
    const matrix = loadMatrix(asRange(demand), asRange(starts), horizon);
    if (matrix.roles.length === 0) throw new ArgumentError("demand", {}, "at least one row: project, role, month offset, amount");
    return matrix.roles.map((role, i) => [role, ...matrix.values[i]!]);
  });
}

interface ProjectRow {
  readonly id: string;
  readonly value: number;
  readonly start: number;
  readonly duration: number;
}

/**
 * A planned start as a month offset into the horizon: a whole number 0 … months−1 is an offset; a date, or
 * month text such as "2027-03", is looked up among the capacity header's month labels.
 */
function startOffset(cell: unknown, months: readonly unknown[], at: { row: number; column: number }): number {
  const n = numberFromCell(cell);
  if (n !== undefined && Number.isInteger(n) && n >= 0 && n < months.length) return n;
  const month = monthFromCell(typeof cell === "string" ? cell.trim() : cell);
  const index = month === undefined ? -1 : months.findIndex((label) => monthFromCell(label) === month);
  if (index >= 0) return index;
  throw new ArgumentError(
    "projects",
    at,
    `a planned start: a month offset from 0 to ${months.length - 1}, or a month of the capacity header`,
    isBlankCell(cell) ? "" : cell,
  );
}

function readProjectRows(projects: unknown, months: readonly unknown[]): ProjectRow[] {
  const range = withoutHeader(trimTrailingBlankRows(asRange(projects)), 1);
  const rows: ProjectRow[] = [];
  const seen = new Set<string>();
  range.forEach((row, r) => {
    if (isBlankRow(row)) return;
    if (row.length < 4) throw new ArgumentError("projects", {}, "four columns: project, value, planned start, duration");
    const at = (column: number) => ({ row: r + 1, column });
    const [idCell, valueCell, startCell, durationCell] = row;
    if (isBlankCell(idCell)) throw new ArgumentError("projects", at(1), "a project id", "");
    const id = String(idCell).trim();
    if (seen.has(id)) throw new ArgumentError("projects", at(1), "a project id used once", id);
    seen.add(id);
    const number = (cell: unknown, column: number, expected: string, ok: (n: number) => boolean): number => {
      const n = numberFromCell(cell);
      if (n === undefined || !ok(n)) throw new ArgumentError("projects", at(column), expected, isBlankCell(cell) ? "" : cell);
      return n;
    };
    rows.push({
      id,
      value: number(valueCell, 2, "a value (a number)", () => true),
      start: startOffset(startCell, months, at(3)),
      duration: number(durationCell, 4, "a duration in months (a whole number ≥ 1)", (n) => Number.isInteger(n) && n >= 1),
    });
  });
  if (rows.length === 0) throw new ArgumentError("projects", {}, "at least one project row", undefined, "the range is empty");
  return rows;
}

/** Capacity rows: role, then one amount per month. Returns the month count and capacity per role. */
function readCapacity(capacity: unknown): { months: string[]; labels: unknown[]; capacity: Record<string, number[]> } {
  const range = trimTrailingBlankRows(asRange(capacity));
  // A header row holds month labels: text such as "2027-01", or dates (serials far above any capacity).
  const first = range[0]?.slice(1) ?? [];
  const isHeader =
    first.some((c) => typeof c === "string" && numberFromCell(c) === undefined) ||
    (first.length > 0 && first.every((c) => typeof c === "number" && c > 10_000 && monthFromCell(c) !== undefined));
  const header = isHeader ? range[0] : undefined;
  const dataRows = header ? range.slice(1) : range;
  const width = widest(range) - 1;
  if (width < 1) throw new ArgumentError("capacity", {}, "a role column followed by one column per month");
  const result: Record<string, number[]> = {};
  dataRows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    const r = i + 1 + (header ? 1 : 0);
    const role = row[0];
    if (isBlankCell(role)) throw new ArgumentError("capacity", { row: r, column: 1 }, "a role name", "");
    const name = String(role).trim();
    if (result[name]) throw new ArgumentError("capacity", { row: r, column: 1 }, "each role once", name);
    result[name] = Array.from({ length: width }, (_, t) => {
      const cell = row[t + 1];
      const n = isBlankCell(cell) ? 0 : numberFromCell(cell);
      if (n === undefined || n < 0) throw new ArgumentError("capacity", { row: r, column: t + 2 }, "a capacity of 0 or more", cell);
      return n;
    });
  });
  const labels = Array.from({ length: width }, (_, t) => (header ? header[t + 1] : t));
  const months = labels.map((label, t) => monthFromCell(label) ?? String(label ?? t));
  return { months, labels, capacity: result };
}

/** Demand rows into per-project, per-role arrays of length `duration`. */
function readDemand(demand: unknown, projects: readonly ProjectRow[]): Map<string, Record<string, number[]>> {
  const byId = new Map(projects.map((p) => [p.id, p]));
  const out = new Map<string, Record<string, number[]>>(projects.map((p) => [p.id, {}]));
  const range = withoutHeader(trimTrailingBlankRows(asRange(demand)), 3);
  range.forEach((row, r) => {
    if (isBlankRow(row)) return;
    if (row.length < 4) throw new ArgumentError("demand", {}, "four columns: project, role, month offset, amount");
    const at = (column: number) => ({ row: r + 1, column });
    const id = String(row[0] ?? "").trim();
    const project = byId.get(id);
    if (!project) throw new ArgumentError("demand", at(1), "a project listed in projects", row[0] ?? "");
    const role = String(row[1] ?? "").trim();
    if (role === "") throw new ArgumentError("demand", at(2), "a role name", "");
    const offset = numberFromCell(row[2]);
    if (offset === undefined || !Number.isInteger(offset) || offset < 0 || offset >= project.duration) {
      throw new ArgumentError("demand", at(3), `a month offset from 0 to ${project.duration - 1} (project ${id} lasts ${project.duration} months)`, row[2] ?? "");
    }
    const amount = isBlankCell(row[3]) ? 0 : numberFromCell(row[3]);
    if (amount === undefined || amount < 0) throw new ArgumentError("demand", at(4), "an amount of 0 or more", row[3]);
    const perRole = out.get(id)!;
    const series = (perRole[role] ??= new Array<number>(project.duration).fill(0));
    series[offset]! += amount;
  });
  return out;
}

function readMaxShift(maxShift: unknown): number | null {
  const cell = optionalScalar(maxShift);
  if (cell === undefined) return 0;
  if (typeof cell === "string" && cell.trim().toLowerCase() === "any") return null;
  const n = numberFromCell(cell);
  if (n === undefined || !Number.isInteger(n) || n < 0) throw new ArgumentError("maxShift", {}, `a whole number of months ≥ 0, or "any"`, cell);
  return n;
}

/**
 * Optimal staffing: which projects to staff, and in which month each starts, so that the staffed value is largest and no role is over capacity in any month.
 * @customfunction ALLOCATE
 * @param projects Four columns: project, value, planned start (a month offset, 0 = first month, or a date / month of the capacity header), duration in months. A header row is allowed.
 * @param demand Four columns: project, role, month offset from the project's start, amount. A header row is allowed.
 * @param capacity A role column followed by one column per month of the horizon (capacity per role and month). A header row of month labels (e.g. 2027-01) lets starts be given as dates.
 * @param [maxShift] How far a start may move: 0 = planned starts only (default), k = up to k months earlier or later, "any" = anywhere the project fits.
 * @returns A column with the start month offset of each project (in projects order), blank when it is not staffed.
 */
export async function allocate(
  projects: unknown[][],
  demand: unknown[][],
  capacity: unknown[][],
  maxShift?: unknown,
  invocation?: CustomFunctions.CancelableInvocation,
): Promise<Array<Array<number | string>>> {
  const cancellation = cancellationOf(invocation);
  return excelCallAsync(async () => {
    const cap = readCapacity(capacity);
    const rows = readProjectRows(projects, cap.labels);
    const demandById = readDemand(demand, rows);
    const problemProjects: AllocationProject[] = rows.map((p) => ({
      id: p.id,
      value: p.value,
      duration: p.duration,
      start: p.start,
      demand: demandById.get(p.id)!,
    }));
    const problem: AllocationProblem = {
      months: cap.months,
      capacity: cap.capacity,
      projects: problemProjects,
      maxShift: readMaxShift(maxShift),
    };
    const result = await solveOffThread("allocate", problem, cancellation, () =>
      allocateResources(problem, { isCancelled: cancellation.isCancelled }),
    );
    const startOf = new Map(result.schedule.map((s) => [s.id, s.start]));
    return rows.map((p) => [startOf.get(p.id) ?? BLANK]);
  });
}
