/**
 * Role × month load from plain worksheet ranges, for =PMO.LOAD(demand, starts, months).
 *
 * - demand: rows (project, role, month offset from the project's start, amount); an optional header
 *   row; blank rows skipped; a blank amount counts as 0; rows for the same project, role and offset add up.
 * - starts: rows (project, start), start a label from `months` (a number equal to a label, e.g. a date
 *   serial, is that month) or else a whole month offset (0 = first month, negative = before the horizon);
 *   a blank start means "not staffed" (so PMO.ALLOCATE's output chains in), an optional header row.
 *   Projects in demand without a start row are not staffed either.
 * - months: the horizon length, or its labels (a row or column of cells).
 * Load falling before or after the horizon is left out: the matrix shows the months asked for.
 */
import { PmoInputError } from "../errors";

export interface LoadMatrix {
  /** Row labels, in order of first appearance in `demand`. */
  readonly roles: readonly string[];
  /** Column labels: the given month labels, or offsets 0..n-1 when `months` is a count. */
  readonly months: readonly (string | number)[];
  /** values[i][t] = load of roles[i] in months[t]. */
  readonly values: readonly (readonly number[])[];
}

const DEMAND = "demand";
const STARTS = "starts";

function isBlank(x: unknown): boolean {
  return x === null || x === undefined || (typeof x === "string" && x.trim() === "");
}

function isHeaderText(x: unknown): boolean {
  return typeof x === "string" && x.trim() !== "" && !Number.isFinite(Number(x));
}

function text(x: unknown): string {
  return typeof x === "string" ? x.trim() : String(x);
}

/**
 * @throws PmoInputError naming the range (demand, starts, months), the data row and the column.
 * @example loadMatrix([["P1", "Dev", 0, 2]], [["P1", 1]], 3) // { roles: ["Dev"], months: [0, 1, 2], values: [[0, 2, 0]] }
 */
export function loadMatrix(demand: readonly (readonly unknown[])[], starts: readonly (readonly unknown[])[], months: number | readonly unknown[]): LoadMatrix {
  const labels = monthLabels(months);
  const startOf = readStarts(starts, labels);
  const roles: string[] = [];
  const values: number[][] = [];
  const dataRows = demand.length > 0 && isHeaderText(demand[0][2]) && isHeaderText(demand[0][3]) ? demand.slice(1) : demand;
  dataRows.forEach((row, i) => {
    if (row.every(isBlank)) return;
    const at = (column: string) => ({ table: DEMAND, row: i + 1, column });
    if (row.length < 4) throw new PmoInputError(at("amount"), "4 columns: project, role, month offset, amount", `${row.length} columns`);
    const [project, role, offset, amount] = row;
    if (isBlank(project)) throw new PmoInputError(at("project"), "a project id", project);
    if (isBlank(role)) throw new PmoInputError(at("role"), "a role name", role);
    if (typeof offset !== "number" || !Number.isInteger(offset) || offset < 0) {
      throw new PmoInputError(at("month offset"), "a whole number of months ≥ 0 from the project's start", offset);
    }
    const qty = isBlank(amount) ? 0 : amount;
    if (typeof qty !== "number" || !Number.isFinite(qty) || qty < 0) throw new PmoInputError(at("amount"), "an amount ≥ 0", amount);
    let r = roles.indexOf(text(role));
    if (r < 0) {
      r = roles.push(text(role)) - 1;
      values.push(new Array<number>(labels.length).fill(0));
    }
    const start = startOf.get(text(project));
    if (start === undefined) return;
    const t = start + offset;
    if (t >= 0 && t < labels.length) values[r][t] += qty;
  });
  return { roles, months: labels, values };
}

function monthLabels(months: number | readonly unknown[]): (string | number)[] {
  if (typeof months === "number") {
    if (!Number.isInteger(months) || months < 1) throw new PmoInputError({ table: "months" }, "a number of months ≥ 1, or the month labels", months);
    return Array.from({ length: months }, (_, t) => t);
  }
  const labels = months.filter((m) => !isBlank(m)).map((m) => (typeof m === "number" ? m : text(m)));
  if (labels.length === 0) throw new PmoInputError({ table: "months" }, "a number of months ≥ 1, or the month labels", "an empty range");
  const seen = new Set<string>();
  for (const m of labels) {
    if (seen.has(String(m))) throw new PmoInputError({ table: "months" }, "distinct month labels", m);
    seen.add(String(m));
  }
  return labels;
}

function readStarts(starts: readonly (readonly unknown[])[], labels: readonly (string | number)[]): Map<string, number> {
  const byLabel = new Map(labels.map((m, t) => [typeof m === "number" ? m : text(m), t]));
  const labelIndex = (x: unknown) => byLabel.get(typeof x === "string" ? x.trim() : (x as number));
  const dataRows = starts.length > 0 && isHeaderText(starts[0][1]) && labelIndex(starts[0][1]) === undefined ? starts.slice(1) : starts;
  const result = new Map<string, number>();
  const seen = new Set<string>();
  dataRows.forEach((row, i) => {
    if (row.every(isBlank)) return;
    const at = (column: string) => ({ table: STARTS, row: i + 1, column });
    const [project, start] = row;
    if (isBlank(project)) throw new PmoInputError(at("project"), "a project id", project);
    const id = text(project);
    if (seen.has(id)) throw new PmoInputError(at("project"), "each project once", id);
    seen.add(id);
    if (isBlank(start)) return;
    // A value equal to a month label is that month (labels may be date serials); other integers are offsets.
    const labelled = labelIndex(start);
    if (labelled !== undefined) result.set(id, labelled);
    else if (typeof start === "number" && Number.isInteger(start)) result.set(id, start);
    else throw new PmoInputError(at("start"), "a whole month offset (0 = first month), a month label, or blank when not staffed", start);
  });
  return result;
}
