/** Shapes of group AHP results: several stakeholders' judgements combined into one set of weights. */
import type { AhpMethod, AhpResult } from "../types";

/**
 * How the judgements are combined (Forman & Peniwati 1998):
 * - "aij": aggregation of individual judgements, the weighted geometric mean of every a_ij, then priorities of
 *   that one matrix (the group acts as a new individual);
 * - "aip": aggregation of individual priorities, the weighted arithmetic mean of each stakeholder's priorities
 *   (the stakeholders act as separate individuals).
 */
export type GroupAggregation = "aij" | "aip";

/** One stakeholder's complete judgements. */
export interface StakeholderJudgements {
  readonly name: string;
  /** n×n reciprocal matrix (upper triangle authoritative; blanks filled as in pairwiseMatrix). */
  readonly matrix: readonly (readonly unknown[])[];
  /** Voting power ≥ 0 in any unit (normalised over the group); default 1. */
  readonly weight?: number;
}

export interface StakeholderResult {
  readonly name: string;
  /** Voting power normalised to sum 1 over the group. */
  readonly weight: number;
  /** The stakeholder's own weights, CR and most inconsistent judgements, as for a single matrix. */
  readonly ahp: AhpResult;
  /** Total variation distance ½ Σ|w_k − w_group|: the share of weight that would have to move to match the group. */
  readonly distance: number;
}

/** Goepel's (2013, 2018) verbal scale for the AHP consensus indicator S*. */
export type ConsensusLevel = "very low" | "low" | "moderate" | "high" | "very high";

export interface Consensus {
  /** AHP consensus indicator S* in [0, 1] (0 = none, 1 = all priorities identical). */
  readonly value: number;
  readonly level: ConsensusLevel;
  /** Relative homogeneity S = 1/Dβ = exp(−Hβ), before the AHP correction. */
  readonly homogeneity: number;
  /** Shannon α (mean individual), β (γ − α) and γ (of the mean priorities) entropies, natural log. */
  readonly alpha: number;
  readonly beta: number;
  readonly gamma: number;
}

/** How much the stakeholders disagree on one pair of items. */
export interface DisputedPair {
  /** 0-based indices, row < column. */
  readonly row: number;
  readonly column: number;
  readonly rowLabel: string;
  readonly columnLabel: string;
  /** Weighted standard deviation of ln a_ij over the stakeholders (0 when all agree; ln 9 ≈ 2.2 is a lot). */
  readonly spread: number;
  /** Weighted geometric mean of a_ij: the group judgement under AIJ. */
  readonly groupJudgement: number;
  /** Lowest and highest a_ij given, with who gave them (first in stakeholder order on ties). */
  readonly lowest: { readonly stakeholder: string; readonly value: number };
  readonly highest: { readonly stakeholder: string; readonly value: number };
}

export interface GroupResult {
  readonly aggregation: GroupAggregation;
  /** How each matrix (and the AIJ group matrix) is turned into priorities. */
  readonly method: AhpMethod;
  readonly labels: readonly string[];
  /** Group weights summing to 1, in matrix order. */
  readonly weights: number[];
  /** AIJ: the weighted geometric mean matrix with its own CR and suggestions; null for AIP. */
  readonly groupMatrix: { readonly matrix: number[][]; readonly ahp: AhpResult } | null;
  readonly stakeholders: readonly StakeholderResult[];
  /** Null with fewer than two stakeholders carrying weight, or fewer than two items. */
  readonly consensus: Consensus | null;
  /** Every pair, most disputed first (ties keep matrix order); the first is "the" disputed pair. */
  readonly disputedPairs: readonly DisputedPair[];
  /** The stakeholder with the largest distance from the group (first on ties); null with fewer than two. */
  readonly furthest: StakeholderResult | null;
}
