/**
 * Rank-flip sensitivity: how far can one driver weight move before the answer changes?
 *
 * When driver j's weight moves from w_j to t and the other weights are rescaled proportionally
 * (w_l × (1 − t)/(1 − w_j), so they still sum to 1), every score is linear in t:
 *   s_i(t) = B_i + t × (a_ij − B_i),   B_i = Σ_{l≠j} w_l a_il ÷ (1 − w_j)   (× 100 ÷ maxImpact).
 * Two projects therefore swap at most once, at t = t0 − (s_m − s_i)/(slope_m − slope_i), and the smallest
 * change that alters the top-k set is the nearest such crossing between a project inside and one outside
 * the set. Crossings are computed exactly (no sweep); a change is reported only when it lies in the
 * feasible range t ∈ [0, 1]. Ties are broken by input order (the earlier row ranks higher).
 * When w_j = 1 the other weights are all 0 and cannot be rescaled; lowering w_j then spreads 1 − t
 * equally over the other drivers.
 */
import { PmoInputError } from "../errors";
import { orderByScore, prepareScoringInputs, scoresFor } from "./scoringInputs";

export interface SensitivityOptions {
  /** Size of the top set watched (default min(5, n − 1)). Ignored when `pair` is given. */
  readonly k?: number;
  /** Two 0-based project indices whose order is watched instead of the top-k set. */
  readonly pair?: readonly [number, number];
  /** Project labels for the result (default "#1", "#2", …). */
  readonly labels?: readonly string[];
  /** Driver labels (default "Driver 1", …). */
  readonly driverLabels?: readonly string[];
}

/** The two projects that change places at the reported crossing. */
export interface RankSwap {
  /** Project that moves up (into the top k, or ahead of the other in the pair). */
  readonly rises: string;
  /** Project that moves down. */
  readonly falls: string;
}

export interface DriverSensitivity {
  readonly driver: string;
  /** Current weight, 0–1 (normalised). */
  readonly weight: number;
  /** Smallest increase in percentage points that changes the outcome; null when none up to a weight of 100%. */
  readonly up: number | null;
  /** Smallest decrease in percentage points (a positive number); null when none down to 0%. */
  readonly down: number | null;
  readonly upSwap: RankSwap | null;
  readonly downSwap: RankSwap | null;
}

export interface SensitivityResult {
  readonly criterion: { readonly kind: "topK"; readonly k: number } | { readonly kind: "pair"; readonly pair: readonly [string, string] };
  /** Labels of the current top k (criterion topK) or the pair in current order (criterion pair). */
  readonly baseline: readonly string[];
  /** One entry per driver, in input order. */
  readonly drivers: readonly DriverSensitivity[];
  /** The smallest change over all drivers and both directions, in percentage points; null when none. */
  readonly smallestChange: number | null;
  /** Index of the driver with the smallest change (null when none). */
  readonly mostSensitiveDriver: number | null;
}

interface Crossing {
  readonly delta: number;
  readonly rises: number;
  readonly falls: number;
}

/**
 * For each driver weight, the smallest change (percentage points, up and down) that changes the top-k set
 * or the order of two named projects.
 *
 * @param impacts n × m ratings on the impact scale
 * @param weights m driver weights (normalised to sum 1)
 * @param maxImpact top of the impact scale
 * @throws PmoInputError for ragged or out-of-range inputs, k outside 1…n, or a bad pair.
 * @example rankFlipSensitivity([[9, 0], [0, 9]], [0.6, 0.4], 9, { k: 1 }).drivers[0].down // 10
 */
export function rankFlipSensitivity(
  impacts: readonly (readonly number[])[],
  weights: readonly number[],
  maxImpact: number,
  options: SensitivityOptions = {},
): SensitivityResult {
  const inputs = prepareScoringInputs(impacts, weights, maxImpact, options.labels);
  const { n, m, labels } = inputs;
  const driverLabels = options.driverLabels ?? Array.from({ length: m }, (_, j) => `Driver ${j + 1}`);
  if (driverLabels.length !== m) throw new PmoInputError({ table: "driverLabels" }, `one label per driver (${m})`, driverLabels.length);
  const scores = scoresFor(inputs);

  // Pairs (inside, outside) whose crossing changes the outcome, with inside ranked ahead today.
  let ahead: number[];
  let behind: number[];
  let criterion: SensitivityResult["criterion"];
  let baseline: string[];
  if (options.pair) {
    const [a, b] = options.pair;
    for (const p of [a, b]) {
      if (!Number.isInteger(p) || p < 0 || p >= n) throw new PmoInputError({ table: "pair" }, `a project index from 0 to ${n - 1}`, p);
    }
    if (a === b) throw new PmoInputError({ table: "pair" }, "two different projects", b);
    const aFirst = scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
    ahead = [aFirst ? a : b];
    behind = [aFirst ? b : a];
    criterion = { kind: "pair", pair: [labels[a], labels[b]] };
    baseline = [labels[ahead[0]], labels[behind[0]]];
  } else {
    const k = options.k ?? Math.max(1, Math.min(5, n - 1));
    if (!Number.isInteger(k) || k < 1 || k > n) throw new PmoInputError({ table: "k" }, `a whole number from 1 to ${n}`, k);
    const order = orderByScore(scores);
    ahead = order.slice(0, k);
    behind = order.slice(k);
    criterion = { kind: "topK", k };
    baseline = ahead.map((i) => labels[i]);
  }

  const drivers: DriverSensitivity[] = [];
  const slope = new Float64Array(n);
  const scale = 100 / maxImpact;
  for (let j = 0; j < m; j++) {
    const t0 = inputs.weights[j];
    // slope_i = d s_i / d t = (a_ij − B_i) × scale
    for (let i = 0; i < n; i++) {
      let rest = 0;
      if (t0 < 1) {
        for (let l = 0; l < m; l++) if (l !== j) rest += inputs.weights[l] * inputs.impacts[i * m + l];
        rest /= 1 - t0;
      } else if (m > 1) {
        for (let l = 0; l < m; l++) if (l !== j) rest += inputs.impacts[i * m + l];
        rest /= m - 1;
      }
      slope[i] = (inputs.impacts[i * m + j] - rest) * scale;
    }
    let up: Crossing | null = null;
    let down: Crossing | null = null;
    if (m > 1) {
      for (const i of ahead) {
        for (const o of behind) {
          const gap = scores[i] - scores[o]; // ≥ 0
          const closing = slope[o] - slope[i];
          if (closing === 0) continue;
          // o overtakes i at t0 + gap/closing; at exact equality the earlier row wins.
          const oWinsTie = o < i;
          if (closing > 0) {
            const delta = gap / closing;
            const t = t0 + delta;
            if ((t < 1 || (oWinsTie && t <= 1)) && (up === null || delta < up.delta)) up = { delta, rises: o, falls: i };
          } else {
            const delta = gap / -closing;
            const t = t0 - delta;
            if ((t > 0 || (oWinsTie && t >= 0)) && (down === null || delta < down.delta)) down = { delta, rises: o, falls: i };
          }
        }
      }
    }
    const swap = (c: Crossing | null): RankSwap | null => (c ? { rises: labels[c.rises], falls: labels[c.falls] } : null);
    drivers.push({
      driver: driverLabels[j],
      weight: t0,
      up: up ? up.delta * 100 : null,
      down: down ? down.delta * 100 : null,
      upSwap: swap(up),
      downSwap: swap(down),
    });
  }
  let smallestChange: number | null = null;
  let mostSensitiveDriver: number | null = null;
  drivers.forEach((d, j) => {
    for (const v of [d.up, d.down]) {
      if (v !== null && (smallestChange === null || v < smallestChange)) {
        smallestChange = v;
        mostSensitiveDriver = j;
      }
    }
  });
  return { criterion, baseline, drivers, smallestChange, mostSensitiveDriver };
}
