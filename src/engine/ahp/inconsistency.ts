/**
 * Which judgements to revisit: Saaty's ε_ij = a_ij · w_j / w_i is 1 for a judgement that agrees with the
 * weights; the further it is from 1 (in either direction, so measured as |ln ε_ij|), the more that judgement
 * pulls the matrix away from consistency.
 */
import { consistency } from "./consistency";
import { priorities } from "./priorities";
import { nearestSaatyValue } from "./saatyScale";
import type { AhpMethod, InconsistentJudgement } from "./types";

/** Judgements agreeing with the weights to within this |ln ε| are not reported. */
const NEGLIGIBLE = 1e-9;

/**
 * The `count` judgements above the diagonal with the largest |ln ε_ij|, worst first, each with w_i/w_j, the
 * nearest Saaty-scale value and the CR (same method) after replacing a_ij by it and a_ji by its reciprocal.
 * Empty for n ≤ 2 and for consistent matrices.
 */
export function mostInconsistentJudgements(
  matrix: readonly (readonly number[])[],
  weights: readonly number[],
  method: AhpMethod,
  labels: readonly string[],
  count = 3,
): InconsistentJudgement[] {
  const n = matrix.length;
  if (n <= 2) return [];
  const candidates: { row: number; column: number; deviation: number }[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      // Rounded so that equal deviations (all three of any 3×3 matrix) tie exactly and keep matrix order.
      const deviation = Number(Math.abs(Math.log((matrix[i]![j]! * weights[j]!) / weights[i]!)).toPrecision(10));
      if (deviation > NEGLIGIBLE) candidates.push({ row: i, column: j, deviation });
    }
  }
  candidates.sort((a, b) => b.deviation - a.deviation || a.row - b.row || a.column - b.column);
  return candidates.slice(0, count).map(({ row, column }) => {
    const consistentValue = weights[row]! / weights[column]!;
    const suggested = nearestSaatyValue(consistentValue);
    return {
      row,
      column,
      rowLabel: labels[row]!,
      columnLabel: labels[column]!,
      current: matrix[row]![column]!,
      consistentValue,
      suggested,
      crIfChanged: crWithJudgement(matrix, row, column, suggested, method),
    };
  });
}

/** CR of the matrix with a_ij replaced by `value` and a_ji by 1/value. */
export function crWithJudgement(
  matrix: readonly (readonly number[])[],
  row: number,
  column: number,
  value: number,
  method: AhpMethod,
): number {
  const changed = matrix.map((r) => r.slice());
  changed[row]![column] = value;
  changed[column]![row] = 1 / value;
  return consistency(changed, priorities(changed, method).weights).cr;
}
