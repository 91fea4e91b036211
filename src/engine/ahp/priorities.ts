/**
 * Priority vectors from a reciprocal matrix: Saaty's principal eigenvector (power iteration) or the
 * normalised row geometric means.
 */
import { PmoComputationError } from "../errors";
import type { AhpMethod } from "./types";

/** Power iteration stops when no weight changes by more than this between steps (max norm). */
export const EIGENVECTOR_TOLERANCE = 1e-10;
const MAX_ITERATIONS = 10_000;

export interface Priorities {
  readonly weights: number[];
  /** Power-iteration steps taken; 0 for the geometric mean. */
  readonly iterations: number;
}

/** Priorities by the chosen method. */
export function priorities(matrix: readonly (readonly number[])[], method: AhpMethod): Priorities {
  return method === "geometric" ? { weights: geometricMeanPriorities(matrix), iterations: 0 } : eigenvectorPriorities(matrix);
}

/**
 * Row geometric means, normalised to sum 1 (computed through logarithms so long rows of large or small
 * judgements cannot overflow). Equal to the eigenvector for a consistent matrix and for n ≤ 3.
 */
export function geometricMeanPriorities(matrix: readonly (readonly number[])[]): number[] {
  const n = matrix.length;
  const means = matrix.map((row) => Math.exp(row.reduce((sum, a) => sum + Math.log(a), 0) / n));
  const total = means.reduce((sum, m) => sum + m, 0);
  return means.map((m) => m / total);
}

/**
 * The principal (Perron) eigenvector by power iteration, normalised to sum 1. It starts from the geometric
 * means, which are already close, and stops when the max-norm change of the normalised vector is below 1e-10.
 * A positive matrix has a unique positive principal eigenvector, so the iteration converges.
 */
export function eigenvectorPriorities(matrix: readonly (readonly number[])[]): Priorities {
  const n = matrix.length;
  let w = geometricMeanPriorities(matrix);
  const next = new Array<number>(n);
  for (let iterations = 1; iterations <= MAX_ITERATIONS; iterations++) {
    let total = 0;
    for (let i = 0; i < n; i++) {
      const row = matrix[i]!;
      let sum = 0;
      for (let j = 0; j < n; j++) sum += row[j]! * w[j]!;
      next[i] = sum;
      total += sum;
    }
    let change = 0;
    for (let i = 0; i < n; i++) {
      next[i] = next[i]! / total;
      change = Math.max(change, Math.abs(next[i]! - w[i]!));
    }
    w = next.slice();
    if (change < EIGENVECTOR_TOLERANCE) return { weights: w, iterations };
  }
  throw new PmoComputationError("AHP eigenvector", `power iteration did not converge in ${MAX_ITERATIONS} steps`);
}
