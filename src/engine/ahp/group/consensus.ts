/**
 * Goepel's AHP consensus indicator (Goepel 2013; IJAHP 10(3), 2018, eqs. 11–21), from the partition of Shannon
 * entropy into α (within each stakeholder) and β (between stakeholders) components.
 */
import type { Consensus, ConsensusLevel } from "./types";

/** Largest value on Saaty's fundamental scale, M in Goepel's correction. */
export const SAATY_SCALE_MAX = 9;

/** Lower bounds of Goepel's verbal scale (IJAHP 2018, Table 2): ≤ 50 % very low, … ≥ 85 % very high. */
export const CONSENSUS_LEVELS: readonly (readonly [number, ConsensusLevel])[] = [
  [0.85, "very high"],
  [0.75, "high"],
  [0.65, "moderate"],
  [0.5, "low"],
  [-Infinity, "very low"],
];

export function consensusLevel(value: number): ConsensusLevel {
  return CONSENSUS_LEVELS.find(([bound]) => value >= bound)![1];
}

const entropy = (w: readonly number[]) => w.reduce((h, x) => (x > 0 ? h - x * Math.log(x) : h), 0);

/**
 * Minimum α entropy on a scale topped by M (eq. 16): one item judged M times more important than each of the
 * n − 1 others, whose weights are then M/(n+M−1) and 1/(n+M−1) (eq. 41).
 */
export function minimumAlphaEntropy(n: number, scaleMax = SAATY_SCALE_MAX): number {
  return entropy([scaleMax / (n + scaleMax - 1), ...new Array<number>(n - 1).fill(1 / (n + scaleMax - 1))]);
}

/**
 * S* = (1/Dβ − c) / (1 − c), with Dβ = exp(Hγ − Hα) and c = D_α,min / D_γ,max = exp(Hα,min) / n (eqs. 18, 21).
 *
 * Hγ is the entropy of the (weighted) mean priorities and Hα the (weighted) mean of each stakeholder's
 * entropy. Goepel weighs every participant equally; with unequal voting power we use the same weights in both
 * means, the weighted partition of Jost (2007), so Hβ ≥ 0 still holds and a stakeholder of weight 0 has no
 * effect. Priorities more extreme than the 1–9 scale allows (possible through chained judgements) can push S*
 * below 0; it is clamped to [0, 1].
 *
 * @param priorities one priority vector (summing to 1) per stakeholder, all of length n.
 * @param voting stakeholder weights (any positive scale), default equal.
 * @returns null for fewer than two items or fewer than two stakeholders with positive weight.
 */
export function consensusIndicator(priorities: readonly (readonly number[])[], voting?: readonly number[]): Consensus | null {
  const k = priorities.length;
  const n = priorities[0]?.length ?? 0;
  const raw = voting ?? new Array<number>(k).fill(1);
  const total = raw.reduce((s, x) => s + x, 0);
  if (n < 2 || raw.filter((x) => x > 0).length < 2 || !(total > 0)) return null;
  const lambdas = raw.map((x) => x / total);
  const mean = new Array<number>(n).fill(0);
  let alpha = 0;
  priorities.forEach((w, s) => {
    alpha += lambdas[s]! * entropy(w);
    w.forEach((x, i) => (mean[i] = mean[i]! + lambdas[s]! * x));
  });
  const gamma = entropy(mean);
  const beta = Math.max(0, gamma - alpha);
  const homogeneity = Math.exp(-beta);
  const c = Math.exp(minimumAlphaEntropy(n)) / n;
  const value = Math.min(1, Math.max(0, (homogeneity - c) / (1 - c)));
  return { value, level: consensusLevel(value), homogeneity, alpha, beta, gamma };
}
