/** The two aggregation rules of group AHP: weighted geometric mean of judgements, weighted mean of priorities. */

/**
 * a_ij = Π_k a_ij(k)^λ_k (λ summing to 1), computed through logarithms. Reciprocal by construction:
 * ln a_ji = Σ λ_k ln(1/a_ij(k)) = −ln a_ij, which is why the geometric mean is the one mean that keeps a
 * group matrix reciprocal (Aczél & Saaty 1983).
 */
export function weightedGeometricMatrix(matrices: readonly (readonly (readonly number[])[])[], lambdas: readonly number[]): number[][] {
  const n = matrices[0]!.length;
  const out: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let log = 0;
      matrices.forEach((m, k) => (log += lambdas[k]! * Math.log(m[i]![j]!)));
      out[i]![j] = Math.exp(log);
      // Exactly the reciprocal, not a second rounding of exp(−log).
      out[j]![i] = 1 / out[i]![j]!;
    }
  }
  return out;
}

/** Σ_k λ_k w_k: sums to 1 when each w_k does. */
export function weightedMeanPriorities(priorities: readonly (readonly number[])[], lambdas: readonly number[]): number[] {
  const n = priorities[0]!.length;
  const out = new Array<number>(n).fill(0);
  priorities.forEach((w, k) => w.forEach((x, i) => (out[i] = out[i]! + lambdas[k]! * x)));
  return out;
}
