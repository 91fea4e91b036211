/** Driver weights from pairwise comparisons (AHP), with consistency checks and suggested fixes. */
import { consistency } from "./consistency";
import { mostInconsistentJudgements } from "./inconsistency";
import { pairwiseMatrix } from "./pairwiseMatrix";
import { priorities } from "./priorities";
import type { AhpMethod, AhpResult } from "./types";

/**
 * Saaty's threshold for 5 or more items: judgements with CR below 0.10 are acceptable. Smaller matrices have a
 * lower bar: use {@link acceptableCr}(n).
 */
export const CONSISTENCY_THRESHOLD = 0.1;

export interface AhpOptions {
  /** "eigenvector" (default, Saaty) or "geometric" (row geometric means). */
  readonly method?: AhpMethod;
  /** Item names for messages and for the inconsistency report (default "1", "2", …). */
  readonly labels?: readonly string[];
  /** Table name for messages. */
  readonly table?: string;
}

/**
 * Priorities, λmax, CI, CR and the most inconsistent judgements of a pairwise comparison matrix.
 * The matrix is validated as in {@link pairwiseMatrix} (square, positive, reciprocal within 1 %, at most 15
 * items); its upper triangle is authoritative.
 *
 * @throws PmoPairwiseError for an invalid matrix; PmoComputationError if power iteration fails to converge.
 * @example ahpWeights([[1, 3], [1 / 3, 1]]).weights // [0.75, 0.25]
 */
export function ahpWeights(matrix: readonly (readonly number[])[], options: AhpOptions = {}): AhpResult {
  const method = options.method ?? "eigenvector";
  const a = pairwiseMatrix(matrix, { labels: options.labels, table: options.table });
  const labels = options.labels ?? a.map((_, i) => String(i + 1));
  const { weights, iterations } = priorities(a, method);
  const measures = consistency(a, weights);
  return {
    weights,
    lambdaMax: measures.lambdaMax,
    ci: measures.ci,
    cr: measures.cr,
    randomIndex: measures.randomIndex,
    crThreshold: measures.threshold,
    consistent: measures.consistent,
    method,
    iterations,
    inconsistencies: mostInconsistentJudgements(a, weights, method, labels),
  };
}
