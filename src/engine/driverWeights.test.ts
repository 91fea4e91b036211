import fc from "fast-check";
import { normaliseWeights } from "./driverWeights";
import { PmoInputError } from "./errors";

test("weights are scaled to sum 1 keeping their proportions", () => {
  expect(normaliseWeights([50, 30, 20])).toEqual([0.5, 0.3, 0.2]);
  expect(normaliseWeights([0, 2])).toEqual([0, 1]);
});

test("property: any non-negative weights with a positive total sum to 1 and keep their ratios", () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 30 }), (w) => {
      fc.pre(w.some((x) => x > 0));
      const n = normaliseWeights(w);
      expect(n.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      const total = w.reduce((a, b) => a + b, 0);
      n.forEach((x, i) => expect(Math.abs(x * total - w[i]!)).toBeLessThanOrEqual(1e-12 * total));
    }),
  );
});

test("a negative or non-finite weight names the driver", () => {
  const where = { table: "Drivers", column: "Weight" };
  expect(() => normaliseWeights([1, -2], ["Cost", "Risk"], where)).toThrow(
    "table Drivers, row Risk, column 'Weight': -2 is not valid; expected a driver weight of 0 or more",
  );
  expect(() => normaliseWeights([NaN, 1])).toThrow(/row 1: NaN is not valid/);
  expect(() => normaliseWeights([1, Infinity])).toThrow(PmoInputError);
});

test("all-zero and empty weights are refused", () => {
  expect(() => normaliseWeights([0, 0, 0], undefined, { table: "Drivers" })).toThrow(
    "table Drivers: expected at least one driver weight above 0 (all 3 weights are 0)",
  );
  expect(() => normaliseWeights([])).toThrow(/no drivers/);
});
