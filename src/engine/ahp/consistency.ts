/** Saaty's consistency measures for a reciprocal matrix and a priority vector. */
import { randomIndex } from "./randomIndex";

export interface Consistency {
  readonly lambdaMax: number;
  readonly ci: number;
  readonly cr: number;
  readonly randomIndex: number;
}

/**
 * λmax estimated as the mean of (Aw)_i / w_i. For the principal eigenvector every ratio equals the eigenvalue;
 * for other vectors (geometric mean) the mean is the usual estimate and is never below n for a reciprocal
 * matrix, so CI ≥ 0.
 */
export function lambdaMax(matrix: readonly (readonly number[])[], weights: readonly number[]): number {
  const n = matrix.length;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const row = matrix[i]!;
    let aw = 0;
    for (let j = 0; j < n; j++) aw += row[j]! * weights[j]!;
    sum += aw / weights[i]!;
  }
  return sum / n;
}

/**
 * CI = (λmax − n) / (n − 1) and CR = CI / RI(n). For n ≤ 2 every reciprocal matrix is consistent, so CI = CR = 0.
 * Rounding can put λmax a hair below n; CI is then reported as 0.
 */
export function consistency(matrix: readonly (readonly number[])[], weights: readonly number[]): Consistency {
  const n = matrix.length;
  const lambda = lambdaMax(matrix, weights);
  const ri = randomIndex(n);
  if (n <= 2) return { lambdaMax: lambda, ci: 0, cr: 0, randomIndex: ri };
  const ci = Math.max(0, (lambda - n) / (n - 1));
  return { lambdaMax: lambda, ci, cr: ci / ri, randomIndex: ri };
}
