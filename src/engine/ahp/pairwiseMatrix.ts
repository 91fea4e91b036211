/**
 * Reads a pairwise comparison table into a validated reciprocal matrix. Users may type the whole matrix or
 * only the upper triangle; text such as "1/3" counts as a fraction.
 */
import { isBlankCell, numberFromCell } from "../cellValues";
import { type CellLocation, PmoPairwiseError } from "../errors";
import { MAX_AHP_SIZE } from "./randomIndex";
import { formatJudgement } from "./saatyScale";

/**
 * Default relative tolerance for reciprocity: a_ij · a_ji may differ from 1 by up to 1 %, so rounded entries
 * such as 0.33 or 0.333 for 1/3 and 0.143 for 1/7 pass, while 0.3 for 1/3 (a product of 0.9) does not.
 */
export const DEFAULT_RECIPROCAL_TOLERANCE = 0.01;

export interface PairwiseMatrixOptions {
  /** Item (driver) names in matrix order; used in messages and must match the matrix size. */
  readonly labels?: readonly string[];
  /** Table name for messages, e.g. "DriverComparisons". */
  readonly table?: string;
  /** Relative tolerance for a_ij · a_ji = 1 and for a unit diagonal; default 0.01. */
  readonly tolerance?: number;
}

const FRACTION = /^\s*([^/]+)\/([^/]+)$/;
const JUDGEMENT = "a positive number such as 3, 0.5 or 1/3";

/**
 * Parses and validates an n×n table of judgements (row i, column j: how much more important i is than j).
 *
 * Blank cells are filled: a blank diagonal with 1, a blank cell whose mirror is filled with the mirror's
 * reciprocal. Where both a_ij and a_ji are given they must be reciprocal within `tolerance`; the result keeps
 * the upper-triangle judgement and sets the lower one to its exact reciprocal, so the matrix returned is
 * exactly reciprocal.
 *
 * @throws PmoPairwiseError naming the cell: not square, not a positive number, diagonal not 1, both halves of a
 *   pair blank, or a pair that is not reciprocal; also for more than 15 items (Saaty's RI table ends at 15).
 * @example pairwiseMatrix([[1, 3], [null, null]]) // [[1, 3], [1/3, 1]]
 */
export function pairwiseMatrix(cells: readonly (readonly unknown[])[], options: PairwiseMatrixOptions = {}): number[][] {
  const { labels, table, tolerance = DEFAULT_RECIPROCAL_TOLERANCE } = options;
  const n = cells.length;
  const rowName = (i: number): number | string => (labels?.[i] !== undefined ? `${i + 1} (${labels[i]})` : i + 1);
  const columnName = (j: number): string => labels?.[j] ?? String(j + 1);
  const at = (i: number, j: number): CellLocation => ({ table, row: rowName(i), column: columnName(j) });

  if (n === 0) throw new PmoPairwiseError({ table }, "at least one row of judgements", undefined, "the comparison table is empty");
  if (n > MAX_AHP_SIZE) {
    throw new PmoPairwiseError({ table }, `at most ${MAX_AHP_SIZE} items to compare`, n, "Saaty's random index table ends at 15; group the drivers into a hierarchy");
  }
  if (labels !== undefined && labels.length !== n) {
    throw new PmoPairwiseError({ table }, `${n} labels, one per row`, labels.length);
  }
  cells.forEach((row, i) => {
    if (row.length !== n) {
      throw new PmoPairwiseError({ table, row: rowName(i) }, `${n} judgements (the table must be square)`, undefined, `the row has ${row.length}`);
    }
  });

  const given: (number | undefined)[][] = cells.map((row, i) => row.map((cell, j) => parseJudgement(cell, at(i, j))));
  const matrix: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  // The 1e-12 slack lets a product exactly at the tolerance (0.33 × 3 = 0.99) pass despite rounding.
  const near = (product: number) => Math.abs(product - 1) <= tolerance + 1e-12;

  for (let i = 0; i < n; i++) {
    const diagonal = given[i]![i];
    if (diagonal !== undefined && !near(diagonal)) {
      throw new PmoPairwiseError(at(i, i), "1 or a blank cell (an item compared with itself)", diagonal);
    }
    for (let j = i + 1; j < n; j++) {
      const upper = given[i]![j];
      const lower = given[j]![i];
      if (upper === undefined && lower === undefined) {
        throw new PmoPairwiseError(at(i, j), JUDGEMENT, "", `compare ${columnName(i)} with ${columnName(j)} here or in row ${rowName(j)}, column '${columnName(i)}'`);
      }
      if (upper !== undefined && lower !== undefined && !near(upper * lower)) {
        throw new PmoPairwiseError(
          at(j, i),
          formatJudgement(1 / upper),
          lower,
          `the reciprocal of ${formatJudgement(upper)} in row ${rowName(i)}, column '${columnName(j)}'`,
        );
      }
      const value = upper ?? 1 / (lower as number);
      matrix[i]![j] = value;
      matrix[j]![i] = 1 / value;
    }
  }
  return matrix;
}

/** A judgement cell: undefined when blank, else a positive finite number (numbers, numeric text, "a/b"). */
function parseJudgement(cell: unknown, location: CellLocation): number | undefined {
  if (isBlankCell(cell)) return undefined;
  let value = numberFromCell(cell);
  if (value === undefined && typeof cell === "string") {
    const fraction = FRACTION.exec(cell.trim());
    if (fraction) {
      const numerator = numberFromCell(fraction[1]);
      const denominator = numberFromCell(fraction[2]);
      if (numerator !== undefined && denominator !== undefined && denominator !== 0) value = numerator / denominator;
    }
  }
  if (value === undefined || !(value > 0) || !Number.isFinite(value)) {
    throw new PmoPairwiseError(location, JUDGEMENT, cell);
  }
  return value;
}
