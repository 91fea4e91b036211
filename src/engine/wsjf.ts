/**
 * SAFe Weighted Shortest Job First: cost of delay = business value + time criticality + risk reduction /
 * opportunity enablement; WSJF = cost of delay ÷ job size. Higher WSJF goes first.
 */
import { PmoInputError } from "./errors";

const COMPONENTS = ["Business value", "Time criticality", "Risk reduction"] as const;

/**
 * SAFe cost of delay: the sum of the three relative estimates (usually modified Fibonacci 1–20), for one item
 * or element-wise for columns of equal length.
 *
 * @param labels item names for errors (else the 1-based row).
 * @throws PmoInputError naming the row and component for a negative or non-finite value, or columns of
 *   different lengths.
 * @example costOfDelay(8, 5, 3) // 16
 */
export function costOfDelay(businessValue: number, timeCriticality: number, riskReduction: number, labels?: readonly string[]): number;
export function costOfDelay(
  businessValue: readonly number[],
  timeCriticality: readonly number[],
  riskReduction: readonly number[],
  labels?: readonly string[],
): number[];
export function costOfDelay(
  businessValue: number | readonly number[],
  timeCriticality: number | readonly number[],
  riskReduction: number | readonly number[],
  labels?: readonly string[],
): number | number[] {
  const columns = [businessValue, timeCriticality, riskReduction].map((c) => (typeof c === "number" ? [c] : c));
  const scalar = typeof businessValue === "number";
  const rows = columns[0]!.length;
  columns.forEach((column, k) => {
    if (column.length !== rows) throw new PmoInputError({ column: COMPONENTS[k] }, `${rows} values, one per item`, column.length);
  });
  const sums = Array.from({ length: rows }, (_, i) =>
    columns.reduce((sum, column, k) => {
      const value = column[i]!;
      if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
        throw new PmoInputError({ row: labels?.[i] ?? i + 1, column: COMPONENTS[k] }, "a number of 0 or more", value);
      }
      return sum + value;
    }, 0),
  );
  return scalar ? sums[0]! : sums;
}

/**
 * WSJF = cost of delay ÷ job size, per item.
 * @throws PmoInputError naming the row for a job size ≤ 0 (or not a number), a negative cost of delay, or
 *   columns of different lengths.
 * @example wsjf([16, 10], [8, 2]) // [2, 5]
 */
export function wsjf(costOfDelayValues: readonly number[], jobSize: readonly number[], labels?: readonly string[]): number[] {
  if (costOfDelayValues.length !== jobSize.length) {
    throw new PmoInputError({ column: "Job size" }, `${costOfDelayValues.length} job sizes, one per cost of delay`, jobSize.length);
  }
  return costOfDelayValues.map((cod, i) => {
    const row = labels?.[i] ?? i + 1;
    if (typeof cod !== "number" || !Number.isFinite(cod) || cod < 0) {
      throw new PmoInputError({ row, column: "Cost of delay" }, "a number of 0 or more", cod);
    }
    const size = jobSize[i]!;
    if (typeof size !== "number" || !Number.isFinite(size) || size <= 0) {
      throw new PmoInputError({ row, column: "Job size" }, "a job size above 0", size);
    }
    return cod / size;
  });
}
