/** A reciprocal pairwise matrix from its upper triangle (row by row), for AHP tests and properties. */
export function reciprocalMatrix(n: number, upper: readonly number[]): number[][] {
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  let k = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      m[i]![j] = upper[k]!;
      m[j]![i] = 1 / upper[k]!;
      k++;
    }
  }
  return m;
}
