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
  /** contributions[i][j]: the part of project i's score that driver j gives; each row sums to the score. */
  readonly contributions: number[][];
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
  const { projectLabels, driverLabels, table, driverTable } = options;
  if (!Number.isFinite(maxImpact) || maxImpact <= 0) {
    throw new PmoInputError({ table }, "a maximum impact above 0", maxImpact);
  }
  const w = normaliseWeights(weights, driverLabels, { table: driverTable });
  const drivers = w.length;
  const factor = w.map((wj) => (wj / maxImpact) * 100);
  const scores = new Array<number>(impacts.length);
  const contributions = new Array<number[]>(impacts.length);
  for (let i = 0; i < impacts.length; i++) {
    const row = impacts[i]!;
    const project = projectLabels?.[i] ?? i + 1;
    if (row.length !== drivers) {
      throw new PmoInputError({ table, row: project }, `${drivers} impacts, one per driver`, undefined, `the row has ${row.length}`);
    }
    const parts = new Array<number>(drivers);
    let score = 0;
    for (let j = 0; j < drivers; j++) {
      const impact = row[j]!;
      if (!(impact >= 0 && impact <= maxImpact)) {
        throw new PmoInputError({ table, row: project, column: driverLabels?.[j] ?? `driver ${j + 1}` }, `an impact from 0 to ${maxImpact}`, impact);
      }
      const part = impact * factor[j]!;
      parts[j] = part;
      score += part;
    }
    contributions[i] = parts;
    scores[i] = roundScore(score);
  }
  return { scores, contributions };
}

/**
 * Rounds a score to 10 decimals and into 0–100. Sums taken in different orders differ in the last bits, so
 * two projects with mathematically equal scores (same impacts on equally weighted drivers, say) would otherwise
 * get different RANK.EQ ranks and skip the tie-break; 1e-10 is far below any difference a user can see.
 */
export function roundScore(score: number): number {
  return Math.min(100, Math.max(0, Math.round(score * 1e10) / 1e10));
}
