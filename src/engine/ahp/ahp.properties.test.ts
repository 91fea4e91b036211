import fc from "fast-check";
import { ahpWeights } from "./ahpWeights";
import { crWithJudgement } from "./inconsistency";
import { pairwiseMatrix } from "./pairwiseMatrix";
import { SAATY_SCALE } from "./saatyScale";
import { reciprocalMatrix } from "../../../test/support/reciprocalMatrix";

/** Positive weights for n items, kept within a ratio of 1:1000 so judgements stay in a realistic range. */
const weightVector = (minN: number, maxN: number) =>
  fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: minN, maxLength: maxN });

/** A reciprocal matrix whose upper triangle is drawn from Saaty's scale. */
const saatyMatrix = (minN: number, maxN: number) =>
  fc.integer({ min: minN, max: maxN }).chain((n) =>
    fc.array(fc.constantFrom(...SAATY_SCALE), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }).map((upper) => reciprocalMatrix(n, upper)),
  );

const consistentMatrix = (w: readonly number[]) => w.map((wi) => w.map((wj) => wi / wj));
const normalise = (w: readonly number[]) => {
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / total);
};

const methods = ["eigenvector", "geometric"] as const;

test.each(methods)("a consistent matrix a_ij = w_i/w_j gives CR ≈ 0 and recovers w (%s)", (method) => {
  fc.assert(
    fc.property(weightVector(1, 15), (w) => {
      const result = ahpWeights(consistentMatrix(w), { method });
      const expected = normalise(w);
      result.weights.forEach((x, i) => expect(Math.abs(x - expected[i]!)).toBeLessThan(1e-9));
      expect(result.cr).toBeLessThan(1e-9);
      expect(Math.abs(result.lambdaMax - w.length)).toBeLessThan(1e-9);
      expect(result.consistent).toBe(true);
    }),
  );
});

test("geometric mean and eigenvector agree on consistent matrices", () => {
  fc.assert(
    fc.property(weightVector(2, 15), (w) => {
      const m = consistentMatrix(w);
      const e = ahpWeights(m).weights;
      const g = ahpWeights(m, { method: "geometric" }).weights;
      e.forEach((x, i) => expect(Math.abs(x - g[i]!)).toBeLessThan(1e-9));
    }),
  );
});

test("geometric mean and eigenvector agree on every 3×3 reciprocal matrix (a known identity for n ≤ 3)", () => {
  fc.assert(
    fc.property(saatyMatrix(3, 3), (m) => {
      const e = ahpWeights(m).weights;
      const g = ahpWeights(m, { method: "geometric" }).weights;
      e.forEach((x, i) => expect(Math.abs(x - g[i]!)).toBeLessThan(1e-9));
    }),
  );
});

test("the eigenvector result satisfies A·w = λmax·w and gives weights that sum to 1 with CR ≥ 0", () => {
  fc.assert(
    fc.property(saatyMatrix(1, 15), (m) => {
      const { weights, lambdaMax, cr, ci } = ahpWeights(m);
      expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      weights.forEach((w) => expect(w).toBeGreaterThan(0));
      m.forEach((row, i) => {
        const aw = row.reduce((s, a, j) => s + a * weights[j]!, 0);
        expect(Math.abs(aw - lambdaMax * weights[i]!)).toBeLessThan(1e-7 * lambdaMax);
      });
      expect(lambdaMax).toBeGreaterThanOrEqual(m.length - 1e-9);
      expect(ci).toBeGreaterThanOrEqual(0);
      expect(cr).toBeGreaterThanOrEqual(0);
    }),
    { numRuns: 200 },
  );
});

describe("suggested fixes", () => {
  test.each(methods)("crIfChanged is the CR of the matrix with the judgement and its reciprocal replaced (%s)", (method) => {
    fc.assert(
      fc.property(saatyMatrix(3, 9), (m) => {
        const result = ahpWeights(m, { method });
        for (const judgement of result.inconsistencies) {
          const changed = m.map((r) => r.slice());
          changed[judgement.row]![judgement.column] = judgement.suggested;
          changed[judgement.column]![judgement.row] = 1 / judgement.suggested;
          expect(judgement.crIfChanged).toBeCloseTo(ahpWeights(changed, { method }).cr, 12);
          expect(judgement.row).toBeLessThan(judgement.column);
          expect(judgement.current).toBe(m[judgement.row]![judgement.column]);
          expect(judgement.consistentValue).toBeCloseTo(result.weights[judgement.row]! / result.weights[judgement.column]!, 12);
          expect(SAATY_SCALE).toContain(judgement.suggested);
        }
        expect(result.inconsistencies.length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 150 },
    );
  });

  test.each(methods)("when every judgement is on Saaty's scale, taking the first suggestion never raises CR (%s)", (method) => {
    fc.assert(
      fc.property(saatyMatrix(3, 12), (m) => {
        const result = ahpWeights(m, { method });
        const worst = result.inconsistencies[0];
        if (worst) expect(worst.crIfChanged).toBeLessThanOrEqual(result.cr + 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  test("off the scale it can: 2.22 rounded to the suggested 2 makes this nearly consistent matrix slightly worse", () => {
    // Judgements typed with decimals (2.22, 1.07, 0.48) are already closer to consistency than any scale value.
    const m = pairwiseMatrix([
      [1, 2.22, 1.07],
      [null, 1, 0.48],
      [null, null, 1],
    ]);
    const result = ahpWeights(m);
    const worst = result.inconsistencies[0]!;
    expect(worst.suggested).toBe(2);
    expect(worst.crIfChanged).toBeGreaterThan(result.cr);
    expect(worst.crIfChanged).toBeCloseTo(crWithJudgement(m, worst.row, worst.column, 2, "eigenvector"), 12);
  });
});
