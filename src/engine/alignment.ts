/**
 * Strategic alignment: how well each project serves the weighted strategic drivers, on 0–100.
 */
import { normaliseWeights } from "./driverWeights";
import { PmoInputError } from "./errors";

export interface AlignmentOptions {
  /** Project names in row order, to name the project in errors (else its 1-based row). */
  readonly projectLabels?: readonly string[];
  /** Driver names in column order, to name the column in errors (else "driver k"). */
  readonly driverLabels?: readonly string[];
  /** Table of the impacts, for errors, e.g. "Projects". */
  readonly table?: string;
  /** Table of the driver weights, for errors, e.g. "Drivers". */
  readonly driverTable?: string;
}

export interface AlignmentScores {
  /** One score per project, 0–100. */
  readonly scores: number[];
  /**
   * contributions[i][j]: the part of project i's score that driver j gives; each row sums to the score. Built
   * from `matrix` on first read (one array per project), so a caller that needs only the scores never pays it.
   */
  readonly contributions: number[][];
  /** The contributions as one row-major n × drivers array: project i's row starts at i × drivers. */
  readonly matrix: Float64Array;
  readonly drivers: number;
}

/** Scores and contributions as typed arrays, without an array per project. */
export interface AlignmentColumns {
  /** One score per project, 0–100. */
  readonly scores: Float64Array;
  /** Row-major n × drivers: the part of project i's score from driver j is matrix[i × drivers + j]. */
  readonly matrix: Float64Array;
  readonly drivers: number;
}

/**
 * score_i = Σ_j w_j × impact_ij / maxImpact × 100, with the weights normalised to sum 1 first, so a project
 * with the top impact on every driver scores 100. Scores are rounded to 10 decimals (see roundScore), so the
 * contributions sum to the score within 1e-10.
 *
 * @param impacts one row per project, one numeric impact per driver (see parseImpact), each 0…maxImpact.
 * @throws PmoInputError naming the project and driver for a row of the wrong length or an impact out of range;
 *   for bad weights (see normaliseWeights) or maxImpact ≤ 0.
 * @example alignmentScores([[9, 0], [3, 6]], [0.5, 0.5], 9).scores // [50, 50]
 */
export function alignmentScores(
  impacts: readonly (readonly number[])[],
  weights: readonly number[],
  maxImpact: number,
  options: AlignmentOptions = {},
): AlignmentScores {
  const { scores, matrix, drivers } = alignmentColumns(impacts, weights, maxImpact, options);
  let rows: number[][] | null = null;
  return {
    scores: Array.from(scores),
    get contributions(): number[][] {
      rows ??= contributionRows(matrix, drivers, scores.length);
      return rows;
    },
    matrix,
    drivers,
  };
}

/**
 * alignmentScores as typed arrays: the same numbers, bit for bit, and the same errors, with no allocation per
 * project (100,000 × 20 in a few milliseconds).
 */
export function alignmentColumns(
  impacts: readonly (readonly number[])[],
  weights: readonly number[],
  maxImpact: number,
  options: AlignmentOptions = {},
): AlignmentColumns {
  const { projectLabels, driverLabels, table, driverTable } = options;
  if (!Number.isFinite(maxImpact) || maxImpact <= 0) {
    throw new PmoInputError({ table }, "a maximum impact above 0", maxImpact);
  }
  const w = normaliseWeights(weights, driverLabels, { table: driverTable });
  const drivers = w.length;
  const factor = new Float64Array(drivers);
  for (let j = 0; j < drivers; j++) factor[j] = (w[j]! / maxImpact) * 100;
  const n = impacts.length;
  const scores = new Float64Array(n);
  const matrix = new Float64Array(n * drivers);
  for (let i = 0, at = 0; i < n; i++) {
    const row = impacts[i]!;
    if (row.length !== drivers) {
      const project = projectLabels?.[i] ?? i + 1;
      throw new PmoInputError({ table, row: project }, `${drivers} impacts, one per driver`, undefined, `the row has ${row.length}`);
    }
    let score = 0;
    for (let j = 0; j < drivers; j++, at++) {
      const impact = row[j]!;
      if (!(impact >= 0 && impact <= maxImpact)) {
        const project = projectLabels?.[i] ?? i + 1;
        throw new PmoInputError({ table, row: project, column: driverLabels?.[j] ?? `driver ${j + 1}` }, `an impact from 0 to ${maxImpact}`, impact);
      }
      const part = impact * factor[j]!;
      matrix[at] = part;
      score += part;
    }
    scores[i] = roundScore(score);
  }
  return { scores, matrix, drivers };
}

/** The row-major contributions as one array per project. */
export function contributionRows(matrix: Float64Array, drivers: number, n: number): number[][] {
  const rows = new Array<number[]>(n);
  for (let i = 0; i < n; i++) rows[i] = contributionRow(matrix, drivers, i);
  return rows;
}

/** Project i's contributions, one per driver. */
export function contributionRow(matrix: Float64Array, drivers: number, i: number): number[] {
  const row = new Array<number>(drivers);
  for (let j = 0, at = i * drivers; j < drivers; j++, at++) row[j] = matrix[at]!;
  return row;
}

/**
 * Rounds a score to 10 decimals and into 0–100. Sums taken in different orders differ in the last bits, so
 * two projects with mathematically equal scores (same impacts on equally weighted drivers, say) would otherwise
 * get different RANK.EQ ranks and skip the tie-break; 1e-10 is far below any difference a user can see.
 */
export function roundScore(score: number): number {
  return Math.min(100, Math.max(0, Math.round(score * 1e10) / 1e10));
}
