/** Where the stakeholders disagree: per pair of items, and per stakeholder against the group. */
import type { DisputedPair } from "./types";

/**
 * Every pair above the diagonal with the weighted standard deviation of ln a_ij over the stakeholders,
 * most disputed first. Logs make 1/5 against 5 as far apart as 5 against 1/5, and 3 against 9 as far as 1/3
 * against 1. Spreads are rounded to 10 significant digits so exact ties keep matrix order.
 */
export function disputedPairs(
  matrices: readonly (readonly (readonly number[])[])[],
  lambdas: readonly number[],
  names: readonly string[],
  labels: readonly string[],
): DisputedPair[] {
  const n = matrices[0]!.length;
  const pairs: DisputedPair[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const logs = matrices.map((m) => Math.log(m[i]![j]!));
      const mean = logs.reduce((s, x, k) => s + lambdas[k]! * x, 0);
      const variance = logs.reduce((s, x, k) => s + lambdas[k]! * (x - mean) ** 2, 0);
      let low = 0;
      let high = 0;
      logs.forEach((x, k) => {
        if (x < logs[low]!) low = k;
        if (x > logs[high]!) high = k;
      });
      pairs.push({
        row: i,
        column: j,
        rowLabel: labels[i]!,
        columnLabel: labels[j]!,
        // Identical judgements can leave a rounding residue of ~1e-16 in the variance: that is agreement.
        spread: variance < 1e-20 ? 0 : Number(Math.sqrt(variance).toPrecision(10)),
        groupJudgement: Math.exp(mean),
        lowest: { stakeholder: names[low]!, value: matrices[low]![i]![j]! },
        highest: { stakeholder: names[high]!, value: matrices[high]![i]![j]! },
      });
    }
  }
  return pairs.sort((a, b) => b.spread - a.spread || a.row - b.row || a.column - b.column);
}

/** ½ Σ|a_i − b_i|: for two priority vectors, the share of total weight that differs (0 to 1). */
export function priorityDistance(a: readonly number[], b: readonly number[]): number {
  return a.reduce((s, x, i) => s + Math.abs(x - b[i]!), 0) / 2;
}
