/**
 * Driver weights as the user typed them (percentages, points or AHP priorities), scaled to sum to 1.
 */
import { type CellLocation, PmoInputError } from "./errors";

/**
 * Scales weights so they sum to 1, keeping their proportions.
 *
 * @param labels driver names, used to name the driver in errors (else its 1-based position).
 * @param location table and column of the weights, for errors.
 * @throws PmoInputError naming the driver for a negative or non-finite weight, or when there are no weights
 *   or all are 0.
 * @example normaliseWeights([50, 30, 20]) // [0.5, 0.3, 0.2]
 */
export function normaliseWeights(weights: readonly number[], labels?: readonly string[], location: CellLocation = {}): number[] {
  if (weights.length === 0) {
    throw new PmoInputError(location, "at least one driver weight", undefined, "no drivers were given");
  }
  let total = 0;
  weights.forEach((weight, index) => {
    if (typeof weight !== "number" || !Number.isFinite(weight) || weight < 0) {
      throw new PmoInputError({ ...location, row: labels?.[index] ?? index + 1 }, "a driver weight of 0 or more", weight);
    }
    total += weight;
  });
  if (total <= 0) {
    throw new PmoInputError(location, "at least one driver weight above 0", undefined, `all ${weights.length} weights are 0`);
  }
  return weights.map((weight) => weight / total);
}
