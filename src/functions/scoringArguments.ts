/**
 * Reading the (impacts, weights, [scale]) arguments shared by ALIGNMENT, CONTRIBUTION, SENSITIVITY and TOPK.
 */
import { DEFAULT_IMPACT_SCALE, impactScaleFromTable, parseImpact, type ImpactScale } from "../engine/impactScale";
import { ArgumentError, asRange, isBlankRow, numberVector, trimTrailingBlankRows, widest, type Range } from "./ranges";

export interface ScoringArguments {
  /** Numeric impacts of the non-blank project rows. */
  readonly impacts: number[][];
  readonly weights: number[];
  readonly scale: ImpactScale;
  /** 0-based rows of the impacts range that hold a project, in order. */
  readonly rows: number[];
  /** Rows of the impacts range after dropping trailing blank rows (the result height). */
  readonly totalRows: number;
}

/** Parses the arguments shared by ALIGNMENT, CONTRIBUTION, SENSITIVITY and TOPK. */
export function readScoringInputs(impacts: unknown, weights: unknown, scale?: unknown): ScoringArguments {
  const impactScale = readScale(scale);
  const range = trimTrailingBlankRows(asRange(impacts));
  if (range.length === 0) throw new ArgumentError("impacts", {}, "at least one project row", undefined, "the range is empty");
  const drivers = widest(range);
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
          return parseImpact(cell, impactScale, () => ({ row: r + 1, column: `driver ${c + 1}` }));
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

