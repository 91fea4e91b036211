/**
 * =PMO.GROUPWEIGHTS and =PMO.CONSENSUS: several stakeholders' pairwise judgements combined (group AHP).
 * `matrices` holds the stakeholders' n×n matrices stacked vertically; n is the range's column count.
 */
import { consensusIndicator, groupWeights as combine, pairwiseMatrix, type GroupAggregation, type StakeholderJudgements } from "../engine/ahp";
import { excelCall, NoAnswerError } from "./excelErrors";
import { ArgumentError, asRange, isBlankRow, numberVector, optionalScalar, trimTrailingBlankRows } from "./ranges";

const AGGREGATIONS: Readonly<Record<string, GroupAggregation>> = { aij: "aij", aip: "aip" };

function readAggregation(method: unknown): GroupAggregation {
  const cell = optionalScalar(method);
  if (cell === undefined) return "aij";
  const found = AGGREGATIONS[typeof cell === "string" ? cell.trim().toLowerCase() : ""];
  if (!found) throw new ArgumentError("method", {}, `"AIJ" (combine the judgements) or "AIP" (combine the priorities)`, cell);
  return found;
}

/**
 * Splits the stacked range into n×n blocks. The last row of an upper-triangle matrix is blank by design, so
 * one missing row at the very end is read as blank; any other shortfall is an error.
 */
function readMatrices(value: unknown): number[][][] {
  const range = trimTrailingBlankRows(asRange(value));
  const n = Math.max(0, ...range.map((r) => r.length));
  if (range.length === 0 || n === 0) throw new ArgumentError("matrices", {}, "at least one matrix of judgements", undefined, "the range is empty");
  const count = Math.ceil(range.length / n);
  if (count * n - range.length > 1 || (count * n !== range.length && n === 1)) {
    throw new ArgumentError("matrices", {}, `a multiple of ${n} rows (${n}×${n} matrices, one per stakeholder, stacked)`, undefined, `the range has ${range.length} rows`);
  }
  return Array.from({ length: count }, (_, k) => {
    const block = Array.from({ length: n }, (__, i) => range[k * n + i] ?? new Array<unknown>(n).fill(null));
    if (block.every(isBlankRow)) {
      throw new ArgumentError("matrices", { row: k * n + 1 }, `the judgements of stakeholder ${k + 1}`, undefined, `rows ${k * n + 1}–${k * n + n} are blank`);
    }
    try {
      return pairwiseMatrix(block);
    } catch (error) {
      if (error instanceof Error) error.message = `matrices, stakeholder ${k + 1} (rows ${k * n + 1}–${k * n + n}): ${error.message}`;
      throw error;
    }
  });
}

function readStakeholders(matrices: unknown, weights: unknown): StakeholderJudgements[] {
  const blocks = readMatrices(matrices);
  const omitted = weights === undefined || weights === null || asRange(weights).every(isBlankRow);
  const given = omitted ? undefined : numberVector(weights, "stakeholderWeights", "a stakeholder weight of 0 or more");
  if (given && given.length !== blocks.length) {
    throw new ArgumentError("stakeholderWeights", {}, `${blocks.length} weights, one per stakeholder matrix`, undefined, `it has ${given.length}`);
  }
  return blocks.map((matrix, k) => ({ name: String(k + 1), matrix, weight: given?.[k] ?? 1 }));
}

/**
 * Group driver weights from several stakeholders' pairwise comparisons, summing to 1.
 * @customfunction GROUPWEIGHTS
 * @param matrices The stakeholders' judgement matrices stacked vertically: n columns, n rows per stakeholder (row i, column j = how much more important driver i is than driver j, 1/9–9). Each lower triangle and diagonal may be blank.
 * @param [stakeholderWeights] One voting weight ≥ 0 per stakeholder, in stacking order (default: equal).
 * @param [method] "AIJ" (default: weighted geometric mean of the judgements) or "AIP" (weighted mean of each stakeholder's priorities).
 * @returns A column with one group weight per driver, in matrix order, summing to 1.
 */
export function groupWeights(matrices: unknown[][], stakeholderWeights?: unknown[][], method?: string): number[][] {
  return excelCall(() => combine(readStakeholders(matrices, stakeholderWeights), { aggregation: readAggregation(method) }).weights.map((w) => [w]));
}

/**
 * Goepel's AHP consensus indicator S* of several stakeholders' pairwise comparisons: 0 = no consensus, 1 = identical priorities (≥ 0.75 high, < 0.5 very low).
 * @customfunction CONSENSUS
 * @param matrices The stakeholders' judgement matrices stacked vertically, as for PMO.GROUPWEIGHTS.
 * @param [stakeholderWeights] One voting weight ≥ 0 per stakeholder, in stacking order (default: equal).
 * @returns The consensus S* between 0 and 1 (a single number; format it as a percentage).
 */
export function consensus(matrices: unknown[][], stakeholderWeights?: unknown[][]): number {
  return excelCall(() => {
    const stakeholders = readStakeholders(matrices, stakeholderWeights);
    const result = combine(stakeholders);
    const value = consensusIndicator(result.stakeholders.map((s) => s.ahp.weights), result.stakeholders.map((s) => s.weight));
    if (!value) throw new NoAnswerError("matrices: consensus needs at least two stakeholders with a weight above 0 and at least two drivers");
    return value.value;
  });
}
