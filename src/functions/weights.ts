/**
 * =PMO.WEIGHTS and =PMO.CONSISTENCY: AHP driver weights from a pairwise comparison matrix.
 */
import { ahpWeights, pairwiseMatrix, type AhpMethod } from "../engine/ahp";
import { excelCall } from "./excelErrors";
import { ArgumentError, asRange, isBlankRow, optionalScalar } from "./ranges";

const METHODS: Readonly<Record<string, AhpMethod>> = { eigenvector: "eigenvector", geometric: "geometric" };

function readMethod(method: unknown): AhpMethod {
  const cell = optionalScalar(method);
  if (cell === undefined) return "eigenvector";
  const key = typeof cell === "string" ? cell.trim().toLowerCase() : "";
  const found = METHODS[key];
  if (!found) throw new ArgumentError("method", {}, `"eigenvector" or "geometric"`, cell);
  return found;
}

/** Validates the judgements (blank lower triangle and diagonal allowed) and returns the AHP result. */
function solve(pairwise: unknown, method: AhpMethod) {
  // The last row of an upper-triangle matrix is blank by design: only drop blank rows beyond the width.
  const cells = [...asRange(pairwise)];
  const width = Math.max(0, ...cells.map((r) => r.length));
  while (cells.length > width && isBlankRow(cells[cells.length - 1]!)) cells.pop();
  try {
    return ahpWeights(pairwiseMatrix(cells), { method });
  } catch (error) {
    if (error instanceof Error) error.message = `pairwise, ${error.message}`;
    throw error;
  }
}

/**
 * Driver weights from pairwise comparisons (AHP), summing to 1.
 * @customfunction WEIGHTS
 * @param pairwise Square matrix of judgements on Saaty's 1–9 scale: row i, column j = how much more important driver i is than driver j (3, 1/3 or "1/3"). The lower triangle and the diagonal may be left blank.
 * @param [method] "eigenvector" (default, Saaty's principal eigenvector) or "geometric" (row geometric means).
 * @returns A column with one weight per driver, in matrix order, summing to 1.
 */
export function weights(pairwise: unknown[][], method?: string): number[][] {
  return excelCall(() => solve(pairwise, readMethod(method)).weights.map((w) => [w]));
}

/**
 * Consistency ratio (CR) of pairwise comparisons: acceptably consistent below Saaty's bar (0.05 for 3 drivers, 0.08 for 4, 0.10 from 5); 0 for two or fewer drivers.
 * @customfunction CONSISTENCY
 * @param pairwise Square matrix of judgements on Saaty's 1–9 scale (the lower triangle and the diagonal may be blank).
 * @returns The consistency ratio CI / RI (a single number).
 */
export function consistency(pairwise: unknown[][]): number {
  return excelCall(() => solve(pairwise, "eigenvector").cr);
}
