/**
 * Monte Carlo robustness of the ranking: how often does each project stay in the top k when the inputs
 * are as uncertain as they really are?
 *
 * Two sources of uncertainty, on by default, each can be switched off:
 * - Driver weights: each draw takes weights from a Dirichlet distribution centred on the AHP weights,
 *   α_j = concentration × w_j. Higher concentration = tighter: each weight's standard deviation is
 *   sqrt(w_j(1 − w_j)/(concentration + 1)), e.g. w = 0.3 with concentration 50 gives ±0.064.
 *   `concentration: Infinity` keeps the weights fixed.
 * - Impact ratings: each rating independently moves one step down the impact scale with probability 1/4,
 *   stays with probability 1/2, or moves one step up with probability 1/4 (a rating is more likely right than
 *   off by a step, and two random bits decide it, so a 32-bit random number serves 16 ratings). At the ends of
 *   the scale the step off the scale stays put. A rating between two levels steps to the neighbouring levels.
 *
 * The probability estimate for each project is (draws in top k) ÷ draws, with standard error
 * sqrt(p(1 − p)/draws) (binomial). Ties in a draw are broken by input order, like the ranking.
 * Per draw the work is O(n × m) for the scores and O(n) for the top k (quickselect, not a full sort).
 */
import { DEFAULT_IMPACT_SCALE } from "../impactScale";
import { PmoInputError } from "../errors";
import { createRandom, sampleDirichlet, type Random } from "./random";
import { prepareScoringInputs, type ScoringInputs } from "./scoringInputs";

export interface UncertaintyOptions {
  /** Number of draws (default 10,000). */
  readonly draws?: number;
  /** Seed for reproducible results (default 1). */
  readonly seed?: number;
  /** Dirichlet concentration around the weights (default 50); Infinity keeps weights fixed. */
  readonly concentration?: number;
  /** Move each impact by up to one scale step (default true). */
  readonly impactSteps?: boolean;
  /** Impact scale levels (default: the scale 0, 1, 3, 6, 9 when maxImpact is 9, else 0, 1, …, maxImpact). */
  readonly levels?: readonly number[];
}

export interface TopKOptions extends UncertaintyOptions {
  readonly k: number;
  /** Called every 1,024 draws and after the last with the number done (for progress on long runs). */
  readonly onDraw?: (done: number, total: number) => void;
}

export interface TopKResult {
  /** Per project, in input order: share of draws in which it was in the top k. */
  readonly probability: number[];
  /** Binomial standard error of each probability, sqrt(p(1 − p)/draws). */
  readonly standardError: number[];
  readonly draws: number;
}

export const DEFAULT_DRAWS = 10_000;
export const DEFAULT_CONCENTRATION = 50;
export const DEFAULT_SEED = 1;

/**
 * Probability that each project ranks in the top k under uncertain weights and ratings.
 *
 * @throws PmoInputError for bad shapes, k outside 1…n, draws < 1, concentration ≤ 0.
 * @example topKProbability([[9, 3], [3, 9], [1, 1]], [0.5, 0.5], 9, { k: 2, seed: 7 }).probability[2] // 0
 */
export function topKProbability(
  impacts: readonly (readonly number[])[],
  weights: readonly number[],
  maxImpact: number,
  options: TopKOptions,
): TopKResult {
  const inputs = prepareScoringInputs(impacts, weights, maxImpact);
  const { n } = inputs;
  const k = options.k;
  if (!Number.isInteger(k) || k < 1 || k > n) throw new PmoInputError({ table: "k" }, `a whole number from 1 to ${n}`, k);
  const sampler = createScenarioSampler(inputs, options);
  const draws = sampler.draws;
  const counts = new Int32Array(n);
  const work = new Float64Array(n);
  for (let d = 0; d < draws; d++) {
    const scores = sampler.next();
    markTopK(scores, k, work, counts);
    if (options.onDraw && ((d & 1023) === 1023 || d === draws - 1)) options.onDraw(d + 1, draws);
  }
  const probability = Array.from(counts, (c) => c / draws);
  const standardError = probability.map((p) => Math.sqrt((p * (1 - p)) / draws));
  return { probability, standardError, draws };
}

/** Draws scenarios of project scores (0–100 scale, up to a positive factor) one at a time. */
export interface ScenarioSampler {
  readonly draws: number;
  /** Weights of the last draw (normalised). */
  readonly weights: Float64Array;
  /** Scores of the next draw; the returned array is reused by the following call. */
  next(): Float64Array;
}

export function createScenarioSampler(inputs: ScoringInputs, options: UncertaintyOptions, defaultDraws = DEFAULT_DRAWS): ScenarioSampler {
  const { n, m, maxImpact } = inputs;
  const draws = options.draws ?? defaultDraws;
  if (!Number.isInteger(draws) || draws < 1) throw new PmoInputError({ table: "draws" }, "a whole number of draws of 1 or more", draws);
  const concentration = options.concentration ?? DEFAULT_CONCENTRATION;
  if (!(concentration > 0)) throw new PmoInputError({ table: "concentration" }, "a concentration above 0 (Infinity keeps weights fixed)", concentration);
  const perturbWeights = Number.isFinite(concentration);
  const impactSteps = options.impactSteps ?? true;
  const random = createRandom(options.seed ?? DEFAULT_SEED);

  const levels = impactLevels(maxImpact, options.levels);
  // stepped[4c + bits]: rating c one step down (bits 0), unchanged (1, 2), one step up (3); a lookup, not a
  // branch, because the step is random and branches on it would be mispredicted half the time.
  const stepped = new Float64Array(impactSteps ? 4 * n * m : 0);
  if (impactSteps) {
    for (let c = 0; c < n * m; c++) {
      const a = inputs.impacts[c];
      stepped[4 * c] = levels.filter((v) => v < a).pop() ?? a;
      stepped[4 * c + 1] = a;
      stepped[4 * c + 2] = a;
      stepped[4 * c + 3] = levels.find((v) => v > a) ?? a;
    }
  }
  const w = new Float64Array(inputs.weights);
  const scores = new Float64Array(n);
  const next = (): Float64Array => {
    if (perturbWeights) sampleDirichlet(random, inputs.weights, concentration, w);
    if (impactSteps) {
      scoreStepped(stepped, random, w, n, m, scores);
    } else {
      scoreFixed(inputs.impacts, w, n, m, scores);
    }
    return scores;
  };
  return { draws, weights: w, next };
}

function impactLevels(maxImpact: number, given: readonly number[] | undefined): number[] {
  if (given) {
    given.forEach((v, i) => {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw new PmoInputError({ table: "levels", row: i + 1 }, "a level value of 0 or more", v);
    });
    if (given.length === 0) throw new PmoInputError({ table: "levels" }, "at least one impact level", undefined);
    return [...new Set(given)].sort((a, b) => a - b);
  }
  if (maxImpact === DEFAULT_IMPACT_SCALE.max) return DEFAULT_IMPACT_SCALE.levels.map((l) => l.value);
  const out: number[] = [];
  for (let v = 0; v < maxImpact; v++) out.push(v);
  out.push(maxImpact);
  return out;
}

function scoreFixed(a: Float64Array, w: Float64Array, n: number, m: number, out: Float64Array): void {
  for (let i = 0, c = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < m; j++, c++) s += w[j] * a[c];
    out[i] = s;
  }
}

/** Scores with every rating stepped at random: two bits of a 32-bit random number per rating. */
function scoreStepped(stepped: Float64Array, random: Random, w: Float64Array, n: number, m: number, out: Float64Array): void {
  let word = 0;
  let left = 0;
  for (let i = 0, c = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < m; j++, c++) {
      if (left === 0) {
        word = random.nextUint32();
        left = 16;
      }
      s += w[j] * stepped[4 * c + (word & 3)];
      word >>>= 2;
      left--;
    }
    out[i] = s;
  }
}

/**
 * Adds 1 to counts[i] for every i in the top k of scores (ties: earlier index first). O(n) expected time:
 * quickselect finds the k-th largest value, then one pass marks everything above it and the first ties.
 */
export function markTopK(scores: Float64Array, k: number, work: Float64Array, counts: Int32Array): void {
  const n = scores.length;
  if (k >= n) {
    for (let i = 0; i < n; i++) counts[i]++;
    return;
  }
  work.set(scores);
  const threshold = kthLargest(work, k);
  let above = 0;
  for (let i = 0; i < n; i++) if (scores[i] > threshold) above++;
  let ties = k - above;
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (s > threshold) counts[i]++;
    else if (s === threshold && ties > 0) {
      counts[i]++;
      ties--;
    }
  }
}

/** The k-th largest value (1-based k) of `a`, reordering `a` in place (Hoare partition, median of three). */
export function kthLargest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  const target = k - 1; // position in descending order
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // median of three as pivot
    let x = a[lo];
    let y = a[mid];
    let z = a[hi];
    if (x < y) [x, y] = [y, x];
    if (y < z) [y, z] = [z, y];
    if (x < y) [x, y] = [y, x];
    const pivot = y;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return a[target];
  }
  return a[target];
}
