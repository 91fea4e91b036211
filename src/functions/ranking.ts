/**
 * =PMO.RANK and =PMO.WSJF: ordering projects.
 */
import { rankEq } from "../engine/ranking";
import { wsjf as wsjfScores } from "../engine/wsjf";
import { excelCall } from "./excelErrors";
import { BLANK, readRowwise, spreadRows } from "./ranges";

/**
 * Rank of each score like Excel's RANK.EQ: the highest score is 1, ties share the best rank and the next rank is skipped (10, 20, 20, 30 → 4, 2, 2, 1).
 * @customfunction RANK
 * @param scores A column (or row) of scores, e.g. the result of PMO.ALIGNMENT. Blank cells get a blank rank.
 * @returns A column with the rank of each score (blank for a blank cell).
 */
export function rank(scores: unknown[][]): Array<Array<number | string>> {
  return excelCall(() => {
    const input = readRowwise([["scores", scores, "a score (a number)"]]);
    const ranks = rankEq(input.values[0]!);
    return spreadRows<number | string>(input.rows, ranks, input.totalRows, BLANK).map((r) => [r]);
  });
}

/**
 * Weighted Shortest Job First (SAFe): cost of delay ÷ job size for each item; do the highest first.
 * @customfunction WSJF
 * @param costOfDelay A column of costs of delay (business value + time criticality + risk reduction), each 0 or more.
 * @param jobSize A column of job sizes (relative effort), each above 0, on the same rows as costOfDelay.
 * @returns A column with the WSJF of each row (blank where both inputs are blank).
 */
export function wsjf(costOfDelay: unknown[][], jobSize: unknown[][]): Array<Array<number | string>> {
  return excelCall(() => {
    const input = readRowwise([
      ["costOfDelay", costOfDelay, "a cost of delay (a number of 0 or more)"],
      ["jobSize", jobSize, "a job size above 0"],
    ]);
    const labels = input.rows.map((r) => String(r + 1));
    const scores = wsjfScores(input.values[0]!, input.values[1]!, labels);
    return spreadRows<number | string>(input.rows, scores, input.totalRows, BLANK).map((s) => [s]);
  });
}
