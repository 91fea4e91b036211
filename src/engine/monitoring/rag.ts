/**
 * Red / amber / green status from the cost and schedule performance indices. A project is as healthy as its
 * worse index: CPI 1.10 with SPI 0.80 is Red. Boundaries are inclusive: an index exactly at the green
 * threshold is Green, exactly at the amber threshold is Amber.
 */
import { PmoInputError } from "../errors";

export type RagStatus = "Green" | "Amber" | "Red";

export interface RagThresholds {
  /** Index at or above which a project is Green (default 0.95). */
  readonly green: number;
  /** Index at or above which a project is Amber, below it Red (default 0.85). */
  readonly amber: number;
}

export const DEFAULT_RAG_THRESHOLDS: RagThresholds = Object.freeze({ green: 0.95, amber: 0.85 });

/** Order from worst to best, for sorting and for "worst of" comparisons. */
export const RAG_ORDER: readonly RagStatus[] = ["Red", "Amber", "Green"];

/**
 * Checks thresholds the user typed: finite numbers with 0 ≤ amber ≤ green.
 * @throws PmoInputError naming the threshold.
 */
export function validateRagThresholds(thresholds: RagThresholds, table = "RAG thresholds"): RagThresholds {
  const { green, amber } = thresholds;
  if (typeof green !== "number" || !Number.isFinite(green) || green < 0) {
    throw new PmoInputError({ table, column: "Green" }, "a number of 0 or more (e.g. 0.95)", green);
  }
  if (typeof amber !== "number" || !Number.isFinite(amber) || amber < 0) {
    throw new PmoInputError({ table, column: "Amber" }, "a number of 0 or more (e.g. 0.85)", amber);
  }
  if (amber > green) {
    throw new PmoInputError({ table, column: "Amber" }, `a number no larger than the green threshold ${green}`, amber);
  }
  return thresholds;
}

/** Status of one index against the thresholds (inclusive boundaries). */
export function ragOfIndex(index: number, thresholds: RagThresholds = DEFAULT_RAG_THRESHOLDS): RagStatus {
  if (index >= thresholds.green) return "Green";
  if (index >= thresholds.amber) return "Amber";
  return "Red";
}

/**
 * RAG status of a project: the worse of its CPI and SPI.
 *
 * @param cpi cost performance index EV ÷ AC
 * @param spi schedule performance index EV ÷ PV
 * @throws PmoInputError when an index is not a finite number ≥ 0 or the thresholds are invalid.
 * @example ragStatus(0.95, 0.86) // "Amber"
 */
export function ragStatus(cpi: number, spi: number, thresholds: RagThresholds = DEFAULT_RAG_THRESHOLDS): RagStatus {
  validateRagThresholds(thresholds);
  for (const [name, value] of [["CPI", cpi], ["SPI", spi]] as const) {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      throw new PmoInputError({ column: name }, "a finite number of 0 or more", value);
    }
  }
  return worseRag(ragOfIndex(cpi, thresholds), ragOfIndex(spi, thresholds));
}

export function worseRag(a: RagStatus, b: RagStatus): RagStatus {
  return RAG_ORDER.indexOf(a) <= RAG_ORDER.indexOf(b) ? a : b;
}
