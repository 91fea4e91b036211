/** Shapes of AHP results, shared by the AHP modules and their callers. */

/** How priorities are derived from the judgements: Saaty's principal eigenvector, or row geometric means. */
export type AhpMethod = "eigenvector" | "geometric";

/** One judgement that disagrees most with the weights the matrix implies, with a fix. */
export interface InconsistentJudgement {
  /** 0-based matrix row of the judgement (always above the diagonal: row < column). */
  readonly row: number;
  /** 0-based matrix column of the judgement. */
  readonly column: number;
  readonly rowLabel: string;
  readonly columnLabel: string;
  /** The judgement as entered, a_ij. */
  readonly current: number;
  /** w_i / w_j: the value that would agree exactly with the current weights. */
  readonly consistentValue: number;
  /** The value on Saaty's scale (1–9 and 1/2–1/9) nearest to consistentValue on a log scale. */
  readonly suggested: number;
  /** The consistency ratio after replacing a_ij by `suggested` (and a_ji by its reciprocal). */
  readonly crIfChanged: number;
}

export interface AhpResult {
  /** Priorities, summing to 1, in matrix order. */
  readonly weights: number[];
  /** Mean of (Aw)_i / w_i: equals the principal eigenvalue for the eigenvector method. */
  readonly lambdaMax: number;
  /** Consistency index (λmax − n) / (n − 1); 0 for n ≤ 2. */
  readonly ci: number;
  /** Consistency ratio CI / RI(n); 0 for n ≤ 2. */
  readonly cr: number;
  /** Saaty's random index RI(n) used for the ratio. */
  readonly randomIndex: number;
  /** Saaty's acceptable CR for this many items: 0.05 for 3, 0.08 for 4, 0.10 from 5 on. */
  readonly crThreshold: number;
  /** CR < crThreshold: the judgements are acceptably consistent. */
  readonly consistent: boolean;
  readonly method: AhpMethod;
  /** Power-iteration steps (0 for the geometric mean). */
  readonly iterations: number;
  /** Up to three judgements that disagree most with the weights, worst first (empty when consistent). */
  readonly inconsistencies: InconsistentJudgement[];
}
