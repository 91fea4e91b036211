import fc from "fast-check";
import { alignmentScores } from "./alignment";
import { PmoInputError } from "./errors";

test("score = Σ w_j × impact / max × 100, with contributions per driver", () => {
  // Weights 2:1 → 2/3, 1/3. Project 1: (2/3·9 + 1/3·0)/9·100 = 66.67; project 2: (2/3·3 + 1/3·6)/9·100 = 44.44.
  const { scores, contributions } = alignmentScores([[9, 0], [3, 6]], [2, 1], 9);
  expect(scores[0]).toBeCloseTo(200 / 3, 10);
  expect(scores[1]).toBeCloseTo(400 / 9, 10);
  expect(contributions[1]![0]).toBeCloseTo(200 / 9, 10);
  expect(contributions[1]![1]).toBeCloseTo(200 / 9, 10);
});

test("top impact everywhere scores 100 and no impact scores 0", () => {
  const { scores } = alignmentScores([[9, 9, 9], [0, 0, 0]], [0.2, 0.5, 0.3], 9);
  expect(scores).toEqual([100, 0]);
});

test("an impact out of range names the project and the driver", () => {
  expect(() =>
    alignmentScores([[1, 2], [3, 12]], [1, 1], 9, { projectLabels: ["P1", "P2"], driverLabels: ["Cost", "Risk"], table: "Projects" }),
  ).toThrow("table Projects, row P2, column 'Risk': 12 is not valid; expected an impact from 0 to 9");
  expect(() => alignmentScores([[1]], [1, 1], 9)).toThrow(/row 1: expected 2 impacts, one per driver/);
  expect(() => alignmentScores([[1]], [1], 0)).toThrow(PmoInputError);
});

const problem = fc.integer({ min: 1, max: 12 }).chain((drivers) =>
  fc.record({
    // Weights are 0 or at least 1e-6: subnormal weights would underflow when scaled, which is not a scoring question.
    weights: fc
      .array(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 100, noNaN: true })), { minLength: drivers, maxLength: drivers })
      .filter((w) => w.some((x) => x > 0)),
    impacts: fc.array(fc.array(fc.double({ min: 0, max: 9, noNaN: true }), { minLength: drivers, maxLength: drivers }), { minLength: 1, maxLength: 20 }),
  }),
);

test("property: scores lie within 0–100 and contributions sum to the score", () => {
  fc.assert(
    fc.property(problem, ({ weights, impacts }) => {
      const { scores, contributions } = alignmentScores(impacts, weights, 9);
      scores.forEach((s, i) => {
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
        expect(contributions[i]!.reduce((a, b) => a + b, 0)).toBeCloseTo(s, 9);
      });
    }),
  );
});

test("property: permuting the drivers permutes the contributions and leaves the scores", () => {
  const withPermutation = problem.chain((p) =>
    fc.shuffledSubarray(p.weights.map((_, j) => j), { minLength: p.weights.length, maxLength: p.weights.length }).map((perm) => ({ ...p, perm })),
  );
  fc.assert(
    fc.property(withPermutation, ({ weights, impacts, perm }) => {
      const base = alignmentScores(impacts, weights, 9);
      const permuted = alignmentScores(
        impacts.map((row) => perm.map((j) => row[j]!)),
        perm.map((j) => weights[j]!),
        9,
      );
      permuted.scores.forEach((s, i) => expect(s).toBeCloseTo(base.scores[i]!, 9));
      permuted.contributions.forEach((row, i) => row.forEach((c, k) => expect(c).toBeCloseTo(base.contributions[i]![perm[k]!]!, 9)));
    }),
  );
});

test("property: scaling all weights by a positive factor changes nothing", () => {
  fc.assert(
    fc.property(problem, fc.double({ min: 0.001, max: 1000, noNaN: true }), ({ weights, impacts }, factor) => {
      const a = alignmentScores(impacts, weights, 9).scores;
      const b = alignmentScores(impacts, weights.map((w) => w * factor), 9).scores;
      b.forEach((s, i) => expect(s).toBeCloseTo(a[i]!, 9));
    }),
  );
});

test("mathematically equal scores tie exactly even when summed in a different order", () => {
  // Unrounded, these sums come out as 11.11111111111111 and 11.111111111111112 depending on the order.
  const weights = [1, 1, 1, 7];
  const { scores } = alignmentScores([[1, 3, 6, 0], [6, 1, 3, 0], [3, 6, 1, 0]], weights, 9);
  expect(scores[1]).toBe(scores[0]);
  expect(scores[2]).toBe(scores[0]);
});

test("a bad weight names the driver in the drivers table", () => {
  expect(() => alignmentScores([[1, 2]], [1, -1], 9, { driverLabels: ["Cost", "Risk"], table: "Projects", driverTable: "Drivers" })).toThrow(
    "table Drivers, row Risk: -1 is not valid; expected a driver weight of 0 or more",
  );
});
