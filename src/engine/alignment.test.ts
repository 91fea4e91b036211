import fc from "fast-check";
import { alignmentColumns, alignmentScores, roundScore } from "./alignment";
import { normaliseWeights } from "./driverWeights";
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

/**
 * The straightforward implementation the columnar one replaced (one array of contributions per project), kept
 * here as the reference: same arithmetic in the same order, so results must agree bit for bit, and the same
 * errors.
 */
function referenceScores(impacts: readonly (readonly number[])[], weights: readonly number[], maxImpact: number, labels: readonly string[]) {
  const table = "Projects";
  const w = normaliseWeights(weights);
  const factor = w.map((wj) => (wj / maxImpact) * 100);
  const contributions = impacts.map((row, i) => {
    if (row.length !== w.length) throw new PmoInputError({ table, row: labels[i] }, `${w.length} impacts, one per driver`, undefined, `the row has ${row.length}`);
    return row.map((impact, j) => {
      if (!(impact >= 0 && impact <= maxImpact)) throw new PmoInputError({ table, row: labels[i], column: `driver ${j + 1}` }, `an impact from 0 to ${maxImpact}`, impact);
      return impact * factor[j]!;
    });
  });
  const scores = contributions.map((row) => roundScore(row.reduce((a, b) => a + b, 0)));
  return { scores, contributions };
}

/** Impacts that are sometimes out of range or of the wrong length, to compare the errors too. */
const maybeBad = problem.chain((p) =>
  fc.record({
    weights: fc.constant(p.weights),
    max: fc.constantFrom(9, 6, 100),
    impacts: fc.constant(p.impacts),
    spoil: fc.option(fc.record({ row: fc.nat(), value: fc.constantFrom(-1, 10, 101, Number.NaN) }), { nil: undefined }),
    shorten: fc.option(fc.nat(), { nil: undefined }),
  }),
);

test("property: the columnar path equals the reference, bit for bit, and fails on the same cell with the same message", () => {
  fc.assert(
    fc.property(maybeBad, ({ weights, max, impacts, spoil, shorten }) => {
      const rows = impacts.map((r) => [...r]);
      if (spoil) rows[spoil.row % rows.length]![0] = spoil.value;
      if (shorten !== undefined) rows[shorten % rows.length]!.pop();
      const labels = rows.map((_, i) => `P${i + 1}`);
      const options = { projectLabels: labels, table: "Projects" };
      let expected: ReturnType<typeof referenceScores> | null = null;
      let expectedError: string | null = null;
      try {
        expected = referenceScores(rows, weights, max, labels);
      } catch (e) {
        expectedError = (e as Error).message;
      }
      if (expected === null) {
        expect(() => alignmentColumns(rows, weights, max, options)).toThrow(expectedError!);
        expect(() => alignmentScores(rows, weights, max, options)).toThrow(expectedError!);
        return;
      }
      const columns = alignmentColumns(rows, weights, max, options);
      const scored = alignmentScores(rows, weights, max, options);
      expect(columns.drivers).toBe(weights.length);
      expected.scores.forEach((s, i) => {
        expect(Object.is(columns.scores[i], s)).toBe(true);
        expect(Object.is(scored.scores[i], s)).toBe(true);
      });
      expected.contributions.forEach((row, i) =>
        row.forEach((c, j) => {
          expect(Object.is(columns.matrix[i * columns.drivers + j], c)).toBe(true);
          expect(Object.is(scored.contributions[i]![j], c)).toBe(true);
        }),
      );
      expect(scored.scores).toEqual(expected.scores);
      expect(scored.contributions).toEqual(expected.contributions);
    }),
    { numRuns: 300 },
  );
});

test("contributions are built once, on first read", () => {
  const scored = alignmentScores([[9, 0], [3, 6]], [2, 1], 9);
  expect(scored.contributions).toBe(scored.contributions);
  expect(Array.from(scored.matrix)).toEqual(scored.contributions.flat());
});
