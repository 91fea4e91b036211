/**
 * Validation and normalisation shared by the robustness analyses. Scores follow the alignment score
 * definition: score_i = 100 × Σ_j w_j × impact_ij ÷ maxImpact with weights summing to 1, so a project rated
 * at the top of the scale on every driver scores 100.
 */
import { PmoInputError } from "../errors";

export interface ScoringInputs {
  /** Row-major impacts, n × m. */
  readonly impacts: Float64Array;
  readonly n: number;
  readonly m: number;
  /** Weights normalised to sum 1. */
  readonly weights: Float64Array;
  readonly maxImpact: number;
  readonly labels: readonly string[];
}

/**
 * Checks shapes and values and returns flat typed arrays. Weights are normalised (percentages or raw
 * AHP priorities are accepted) and must be ≥ 0 with a positive sum.
 * @throws PmoInputError naming the row (project) and column (driver) of the first bad value.
 */
export function prepareScoringInputs(
  impacts: readonly (readonly number[])[],
  weights: readonly number[],
  maxImpact: number,
  labels?: readonly string[],
): ScoringInputs {
  const m = weights.length;
  if (m === 0) throw new PmoInputError({ table: "weights" }, "at least one driver weight", undefined);
  if (!(typeof maxImpact === "number" && Number.isFinite(maxImpact) && maxImpact > 0)) {
    throw new PmoInputError({ table: "maxImpact" }, "a number above 0 (the top of the impact scale)", maxImpact);
  }
  let total = 0;
  weights.forEach((w, j) => {
    if (typeof w !== "number" || !Number.isFinite(w) || w < 0) {
      throw new PmoInputError({ table: "weights", column: `driver ${j + 1}` }, "a weight of 0 or more", w);
    }
    total += w;
  });
  if (!(total > 0)) throw new PmoInputError({ table: "weights" }, "weights with a positive sum", total);
  const n = impacts.length;
  if (labels && labels.length !== n) {
    throw new PmoInputError({ table: "labels" }, `one label per project (${n})`, labels.length);
  }
  const flat = new Float64Array(n * m);
  impacts.forEach((row, i) => {
    if (!row || row.length !== m) {
      throw new PmoInputError({ table: "impacts", row: i + 1 }, `${m} impacts, one per weight`, row ? row.length : row);
    }
    for (let j = 0; j < m; j++) {
      const a = row[j];
      if (typeof a !== "number" || !Number.isFinite(a) || a < 0 || a > maxImpact) {
        throw new PmoInputError({ table: "impacts", row: i + 1, column: `driver ${j + 1}` }, `an impact from 0 to ${maxImpact}`, a);
      }
      flat[i * m + j] = a;
    }
  });
  const w = new Float64Array(m);
  for (let j = 0; j < m; j++) w[j] = weights[j] / total;
  return {
    impacts: flat,
    n,
    m,
    weights: w,
    maxImpact,
    labels: labels ? [...labels] : Array.from({ length: n }, (_, i) => `#${i + 1}`),
  };
}

/** Scores 0–100 for the given weights (which must sum to 1). */
export function scoresFor(inputs: ScoringInputs, weights: ArrayLike<number> = inputs.weights, out = new Float64Array(inputs.n)): Float64Array {
  const { impacts, n, m, maxImpact } = inputs;
  const scale = 100 / maxImpact;
  for (let i = 0; i < n; i++) {
    let s = 0;
    const base = i * m;
    for (let j = 0; j < m; j++) s += weights[j] * impacts[base + j];
    out[i] = s * scale;
  }
  return out;
}

/** Indices ordered best first: higher score, then earlier input row (the tie rule used throughout). */
export function orderByScore(scores: ArrayLike<number>): number[] {
  return Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
}
