/**
 * =PMO.ALIGNMENT and =PMO.CONTRIBUTION: strategic alignment scores from driver impacts and weights.
 */
import { alignmentScores, type AlignmentScores } from "../engine/alignment";
import { excelCall } from "./excelErrors";
import { BLANK, spreadRows } from "./ranges";
import { readScoringInputs } from "./scoringArguments";

interface ScoredRows {
  /** Row indices (0-based) of the impacts range that hold a project, in order. */
  readonly rows: number[];
  /** Scores, and contributions built only when read (ALIGNMENT never reads them). */
  readonly scored: AlignmentScores;
  readonly totalRows: number;
}

function score(impacts: unknown, weights: unknown, scale?: unknown): ScoredRows {
  const input = readScoringInputs(impacts, weights, scale);
  return { rows: input.rows, scored: alignmentScores(input.impacts, input.weights, input.scale.max), totalRows: input.totalRows };
}

/**
 * Strategic alignment score (0–100) of each project: the weighted sum of its driver impacts, scaled so that
 * the top impact on every driver scores 100.
 * @customfunction ALIGNMENT
 * @param impacts One row per project, one column per driver: None, Low, Moderate, Strong, Extreme or 0–9 (or the words of your scale).
 * @param weights One weight per driver (a column or a row, in the order of the impacts columns); any positive numbers, normalised to sum to 1.
 * @param [scale] Optional custom impact scale: two columns, the level word and its value (default None 0, Low 1, Moderate 3, Strong 6, Extreme 9).
 * @returns A column with one score per project row (blank for a blank row).
 */
export function alignment(impacts: unknown[][], weights: unknown[][], scale?: unknown[][]): Array<Array<number | string>> {
  return excelCall(() => {
    const result = score(impacts, weights, scale);
    return spreadRows<number | string>(result.rows, result.scored.scores, result.totalRows, BLANK).map((s) => [s]);
  });
}

/**
 * The part of each project's alignment score that each driver gives; each row sums to the project's score.
 * @customfunction CONTRIBUTION
 * @param impacts One row per project, one column per driver: None, Low, Moderate, Strong, Extreme or 0–9 (or the words of your scale).
 * @param weights One weight per driver (a column or a row, in the order of the impacts columns); normalised to sum to 1.
 * @param [scale] Optional custom impact scale: two columns, the level word and its value.
 * @returns A matrix with one row per project and one column per driver (points of the 0–100 score).
 */
export function contribution(impacts: unknown[][], weights: unknown[][], scale?: unknown[][]): Array<Array<number | string>> {
  return excelCall(() => {
    const result = score(impacts, weights, scale);
    const blankRow: Array<number | string> = new Array<string>(result.scored.drivers).fill(BLANK);
    return spreadRows<Array<number | string>>(result.rows, result.scored.contributions, result.totalRows, blankRow);
  });
}
