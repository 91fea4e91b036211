/** Pairwise judgements as slider positions and words (Saaty's 1–9 scale). */
import { nearestSaatyValue } from "../engine/ahp";

/** Slider position −8 … 8: negative = the left driver is more important, 0 = equal, positive = the right one. */
export function positionOf(judgement: number): number {
  const v = nearestSaatyValue(judgement);
  return v >= 1 ? 1 - Math.round(v) : Math.round(1 / v) - 1;
}

/** The judgement a_ij (left over right) for a slider position. */
export function judgementOf(position: number): number {
  return position <= 0 ? 1 - position : 1 / (1 + position);
}

const INTENSITY: Record<number, string> = {
  1: "equally important as",
  2: "equally to moderately more important than",
  3: "moderately more important than",
  4: "moderately to strongly more important than",
  5: "strongly more important than",
  6: "strongly to very strongly more important than",
  7: "very strongly more important than",
  8: "very strongly to extremely more important than",
  9: "extremely more important than",
};

/** "Customer value is strongly more important than Growth (5)". */
export function judgementWords(left: string, right: string, judgement: number): string {
  const v = nearestSaatyValue(judgement);
  if (v === 1) return `${left} is equally important as ${right}`;
  if (v > 1) return `${left} is ${INTENSITY[Math.round(v)]} ${right} (${Math.round(v)})`;
  const k = Math.round(1 / v);
  return `${right} is ${INTENSITY[k]} ${left} (${k})`;
}

/** Full reciprocal matrix from upper-triangle judgements keyed "i,j" (i < j); missing pairs are 1. */
export function matrixFrom(n: number, upper: Readonly<Record<string, number>>): number[][] {
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = upper[`${i},${j}`] ?? 1;
      m[i][j] = a;
      m[j][i] = 1 / a;
    }
  }
  return m;
}

export function upperFrom(matrix: readonly (readonly number[])[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < matrix.length; i++) for (let j = i + 1; j < matrix.length; j++) out[`${i},${j}`] = nearestSaatyValue(matrix[i][j]);
  return out;
}
