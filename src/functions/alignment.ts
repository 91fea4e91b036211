/**
 * =PMO.ALIGNMENT and =PMO.CONTRIBUTION: strategic alignment scores from driver impacts and weights.
 */
import { alignmentScores } from "../engine/alignment";
import { DEFAULT_IMPACT_SCALE, impactScaleFromTable, parseImpact, type ImpactScale } from "../engine/impactScale";
import { excelCall } from "./excelErrors";
import { ArgumentError, asRange, BLANK, isBlankRow, numberVector, spreadRows, trimTrailingBlankRows, type Range } from "./ranges";

interface ScoredRows {
  /** Row indices (0-based) of the impacts range that hold a project, in order. */
  readonly rows: number[];
  readonly scores: number[];
  readonly contributions: number[][];
  readonly totalRows: number;
}

/** Parses the arguments shared by ALIGNMENT, CONTRIBUTION, SENSITIVITY and TOPK. */
export function readScoringInputs(
  impacts: unknown,
  weights: unknown,
  scale?: unknown,
): { impacts: number[][]; weights: number[]; scale: ImpactScale; rows: number[]; totalRows: number } {
  const impactScale = readScale(scale);
  const range = trimTrailingBlankRows(asRange(impacts));
  if (range.length === 0) throw new ArgumentError("impacts", {}, "at least one project row", undefined, "the range is empty");
  const drivers = Math.max(...range.map((r) => r.length));
  const weightValues = numberVector(weights, "weights", "a driver weight (a number)");
  if (weightValues.length !== drivers) {
    throw new ArgumentError("weights", {}, `${drivers} weights, one per impacts column`, undefined, `there are ${weightValues.length}`);
  }
  const rows: number[] = [];
  const parsed: number[][] = [];
  range.forEach((row, r) => {
    if (isBlankRow(row)) return;
    rows.push(r);
    parsed.push(
      row.map((cell, c) => {
        try {
          return parseImpact(cell, impactScale, { row: r + 1, column: `driver ${c + 1}` });
        } catch (error) {
          throw prefixed("impacts", error);
        }
      }),
    );
  });
  if (rows.length === 0) throw new ArgumentError("impacts", {}, "at least one project row", undefined, "every row is blank");
  return { impacts: parsed, weights: weightValues, scale: impactScale, rows, totalRows: range.length };
}

function readScale(scale: unknown): ImpactScale {
  if (scale === undefined || scale === null) return DEFAULT_IMPACT_SCALE;
  const range: Range = trimTrailingBlankRows(asRange(scale));
  if (range.length === 0 || (range.length === 1 && isBlankRow(range[0]!))) return DEFAULT_IMPACT_SCALE;
  if (range.some((row) => row.length < 2)) {
    throw new ArgumentError("scale", {}, "two columns: the level word and its value", undefined, `the range has ${range[0]!.length} column`);
  }
  try {
    return impactScaleFromTable(range, {}, ["1", "2"]);
  } catch (error) {
    throw prefixed("scale", error);
  }
}

/** Puts the argument name in front of an engine message ("impacts, row 7, column 'driver 2': …"). */
function prefixed(argument: string, error: unknown): unknown {
  if (error instanceof Error) error.message = `${argument}, ${error.message}`;
  return error;
}

function score(impacts: unknown, weights: unknown, scale?: unknown): ScoredRows {
  const input = readScoringInputs(impacts, weights, scale);
  const { scores, contributions } = alignmentScores(input.impacts, input.weights, input.scale.max);
  return { rows: input.rows, scores, contributions, totalRows: input.totalRows };
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
    return spreadRows<number | string>(result.rows, result.scores, result.totalRows, BLANK).map((s) => [s]);
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
    const drivers = result.contributions[0]?.length ?? 0;
    const blankRow: Array<number | string> = new Array<string>(drivers).fill(BLANK);
    return spreadRows<Array<number | string>>(result.rows, result.contributions, result.totalRows, blankRow);
  });
}
