/**
 * =PMO.RAG, =PMO.SENSITIVITY and =PMO.TOPK: delivery status and how robust the ranking is.
 */
import { numberFromCell } from "../engine/cellValues";
import { topKProbability } from "../engine/robustness";
import { DEFAULT_RAG_THRESHOLDS, ragStatus, type RagThresholds } from "../engine/monitoring";
import { rankFlipSensitivity } from "../engine/robustness";
import { excelCall } from "./excelErrors";
import { ArgumentError, BLANK, numberVector, optionalScalar, readRowwise, spreadRows } from "./ranges";
import { readScoringInputs } from "./scoringArguments";

/** Optional [green, amber] thresholds as a row or a column of two numbers. */
function readThresholds(thresholds: unknown): RagThresholds {
  if (thresholds === undefined || thresholds === null || optionalScalar(thresholds) === undefined) return DEFAULT_RAG_THRESHOLDS;
  const values = numberVector(thresholds, "thresholds", "a threshold (a number such as 0.95)");
  if (values.length !== 2) {
    throw new ArgumentError("thresholds", {}, "two numbers: green (e.g. 0.95), then amber (e.g. 0.85)", undefined, `there are ${values.length}`);
  }
  return { green: values[0]!, amber: values[1]! };
}

/**
 * Red / amber / green status of each project from its CPI and SPI: the worse of the two indices decides (Green at or above the green threshold, Amber at or above the amber threshold, else Red).
 * @customfunction RAG
 * @param cpi A column of cost performance indices (EV / AC), one per project.
 * @param spi A column of schedule performance indices (EV / PV), same rows as cpi.
 * @param [thresholds] Optional two numbers: green, then amber (default 0.95 and 0.85).
 * @returns A column with Green, Amber or Red per project (blank where both indices are blank).
 */
export function rag(cpi: unknown[][], spi: unknown[][], thresholds?: unknown[][]): string[][] {
  return excelCall(() => {
    const limits = readThresholds(thresholds);
    const input = readRowwise([
      ["cpi", cpi, "a CPI (a number of 0 or more)"],
      ["spi", spi, "an SPI (a number of 0 or more)"],
    ]);
    const statuses = input.rows.map((r, i) => {
      try {
        return ragStatus(input.values[0]![i]!, input.values[1]![i]!, limits);
      } catch (error) {
        if (error instanceof Error && !/RAG thresholds/.test(error.message)) error.message = `row ${r + 1}, ${error.message}`;
        throw error;
      }
    });
    return spreadRows<string>(input.rows, statuses, input.totalRows, BLANK).map((s) => [s]);
  });
}

function readWholeNumber(value: unknown, argument: string, fallback: number | undefined, min: number, max: number): number | undefined {
  const cell = optionalScalar(value);
  if (cell === undefined) return fallback;
  const n = numberFromCell(cell);
  if (n === undefined || !Number.isInteger(n) || n < min || n > max) {
    throw new ArgumentError(argument, {}, `a whole number from ${min} to ${max}`, cell);
  }
  return n;
}

/**
 * Rank-flip sensitivity: for each driver weight, the smallest change in percentage points (other weights rescaled proportionally) that changes which projects make the top k.
 * @customfunction SENSITIVITY
 * @param impacts One row per project, one column per driver: None, Low, Moderate, Strong, Extreme or 0–9.
 * @param weights One weight per driver (a column or a row); normalised to sum to 1.
 * @param [k] Size of the top set to watch (default 5, or one less than the number of projects when fewer).
 * @returns A matrix with one row per driver: current weight (%), smallest decrease (points) and smallest increase (points) that change the top k; blank when no change of weight alters it.
 */
export function sensitivity(impacts: unknown[][], weights: unknown[][], k?: number): Array<Array<number | string>> {
  return excelCall(() => {
    const input = readScoringInputs(impacts, weights);
    const n = input.impacts.length;
    const topK = readWholeNumber(k, "k", undefined, 1, Math.max(1, n - 1));
    const result = rankFlipSensitivity(input.impacts, input.weights, input.scale.max, topK === undefined ? {} : { k: topK });
    return result.drivers.map((d) => [d.weight * 100, d.down ?? BLANK, d.up ?? BLANK]);
  });
}

/**
 * Monte Carlo robustness: the probability that each project ranks in the top k when the weights vary around their values (Dirichlet, concentration 50) and each impact may be one scale step off. Reproducible for a given seed.
 * @customfunction TOPK
 * @param impacts One row per project, one column per driver: None, Low, Moderate, Strong, Extreme or 0–9.
 * @param weights One weight per driver (a column or a row); normalised to sum to 1.
 * @param k Size of the top set (1 to the number of projects).
 * @param [draws] Number of random scenarios (default 10,000; at most 1,000,000).
 * @param [seed] Seed for the random numbers (default 1); the same seed gives the same result.
 * @returns A column with the probability (0–1) of each project row being in the top k (blank for a blank row).
 */
export function topk(impacts: unknown[][], weights: unknown[][], k: number, draws?: number, seed?: number): Array<Array<number | string>> {
  return excelCall(() => {
    const input = readScoringInputs(impacts, weights);
    const n = input.impacts.length;
    const topK = readWholeNumber(k, "k", undefined, 1, n);
    if (topK === undefined) throw new ArgumentError("k", {}, `a whole number from 1 to ${n}`, "");
    const drawCount = readWholeNumber(draws, "draws", 10_000, 1, 1_000_000)!;
    const seedValue = readWholeNumber(seed, "seed", 1, 0, 2 ** 32 - 1)!;
    const result = topKProbability(input.impacts, input.weights, input.scale.max, {
      k: topK,
      draws: drawCount,
      seed: seedValue,
      levels: input.scale.levels.map((l) => l.value),
    });
    return spreadRows<number | string>(input.rows, result.probability, input.totalRows, BLANK).map((p) => [p]);
  });
}
