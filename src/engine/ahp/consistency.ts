/** Saaty's consistency measures for a reciprocal matrix and a priority vector. */
import { randomIndex } from "./randomIndex";

export interface Consistency {
  readonly lambdaMax: number;
  readonly ci: number;
  readonly cr: number;
  readonly randomIndex: number;
  /** Saaty's acceptable CR for this size ({@link acceptableCr}). */
  readonly threshold: number;
  /** CR below the threshold. */
  readonly consistent: boolean;
}

/**
 * Saaty's acceptable consistency ratio for n items: 0.05 for 3, 0.08 for 4 and 0.10 from 5 on (Saaty 1994,
 * "How to make a decision"). Small matrices have less room for chance inconsistency, so the bar is lower.
 * For n ≤ 2 every reciprocal matrix is consistent (CR = 0); the 3-item bar is returned so CR 0 passes.
 */
export function acceptableCr(n: number): number {
  if (n <= 3) return 0.05;
  if (n === 4) return 0.08;
  return 0.1;
}

/**
 * The verdict in words with the bar it was measured against, used wherever CR is shown:
 * "consistent (under 0.08, Saaty's bar for 4 items)".
 * @param items what is compared, plural ("drivers").
 */
export function consistencyVerdict(cr: number, n: number, items = "items"): string {
  if (n <= 2) return `consistent (${n} ${items} are always consistent)`;
  const bar = acceptableCr(n).toFixed(2);
  return cr < acceptableCr(n) ? `consistent (under ${bar}, Saaty's bar for ${n} ${items})` : `too inconsistent (${bar} or more for ${n} ${items}, Saaty's bar)`;
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
 * CI = (λmax − n) / (n − 1) and CR = CI / RI(n), judged against {@link acceptableCr}(n). For n ≤ 2 every reciprocal matrix is consistent, so CI = CR = 0.
 * Rounding can put λmax a hair below n; CI is then reported as 0.
 */
export function consistency(matrix: readonly (readonly number[])[], weights: readonly number[]): Consistency {
  const n = matrix.length;
  const lambda = lambdaMax(matrix, weights);
  const ri = randomIndex(n);
  const threshold = acceptableCr(n);
  if (n <= 2) return { lambdaMax: lambda, ci: 0, cr: 0, randomIndex: ri, threshold, consistent: true };
  const ci = Math.max(0, (lambda - n) / (n - 1));
  const cr = ci / ri;
  return { lambdaMax: lambda, ci, cr, randomIndex: ri, threshold, consistent: cr < threshold };
}
