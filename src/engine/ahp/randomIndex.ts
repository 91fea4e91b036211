/**
 * Saaty's random index RI(n): the mean consistency index of random reciprocal matrices of order n, as
 * tabulated by Saaty (n = 1…15; see docs/formulas.md and test/fixtures/reference/ahp/random-index.json).
 */
import { PmoInputError } from "../errors";

/** RI(n) at index n − 1, for n = 1…15. */
export const RANDOM_INDEX: readonly number[] = Object.freeze([
  0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59,
]);

/** The largest matrix Saaty's table covers; larger AHP problems are refused rather than extrapolated. */
export const MAX_AHP_SIZE = RANDOM_INDEX.length;

/**
 * RI(n) for n = 1…15.
 * @throws PmoInputError for n outside 1…15 (the table ends at 15; split larger sets into a hierarchy).
 * @example randomIndex(3) // 0.58
 */
export function randomIndex(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_AHP_SIZE) {
    throw new PmoInputError(
      {},
      `between 1 and ${MAX_AHP_SIZE} items to compare`,
      n,
      `Saaty's random index table ends at ${MAX_AHP_SIZE}; group the drivers into a hierarchy of smaller comparisons`,
    );
  }
  return RANDOM_INDEX[n - 1] as number;
}
