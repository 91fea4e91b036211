import fc from "fast-check";
import { PmoInputError } from "../errors";
import { rankFlipSensitivity } from "./sensitivity";

/** Weights after moving driver j to t with the others rescaled proportionally (the documented rule). */
function movedWeights(weights: readonly number[], j: number, t: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const w = weights.map((x) => x / total);
  return w.map((x, l) => (l === j ? t : (x * (1 - t)) / (1 - w[j])));
}

/** Brute force: scores straight from the weights, order by score then row. */
function topSet(impacts: number[][], weights: number[], k: number): string {
  const s = impacts.map((row) => row.reduce((acc, a, j) => acc + a * weights[j], 0));
  return s
    .map((v, i) => [v, i] as const)
    .sort((x, y) => y[0] - x[0] || x[1] - y[1])
    .slice(0, k)
    .map((x) => x[1])
    .sort((a, b) => a - b)
    .join(",");
}

function pairOrder(impacts: number[][], weights: number[], a: number, b: number): boolean {
  const s = (i: number) => impacts[i].reduce((acc, x, j) => acc + x * weights[j], 0);
  return s(a) > s(b) || (s(a) === s(b) && a < b);
}

/**
 * Checks one direction of one driver against a sweep: unchanged on a grid up to just before the reported
 * crossing, changed just after it (when that is still a feasible weight). Returns a failure text or null.
 */
function checkDirection(
  outcome: (w: number[]) => string,
  weights: number[],
  j: number,
  sign: 1 | -1,
  reported: number | null,
): string | null {
  const total = weights.reduce((a, b) => a + b, 0);
  const t0 = weights[j] / total;
  const base = outcome(movedWeights(weights, j, t0));
  const limit = sign > 0 ? 1 - t0 : t0;
  const reach = reported === null ? limit : reported / 100;
  const eps = 1e-6;
  const steps = 200;
  for (let s = 0; s <= steps; s++) {
    const d = ((reach - eps) * s) / steps;
    if (d < 0) continue;
    if (outcome(movedWeights(weights, j, t0 + sign * d)) !== base) return `driver ${j} ${sign}: changed at ${d} before ${reach}`;
  }
  if (reported !== null && reach + eps <= limit && outcome(movedWeights(weights, j, t0 + sign * (reach + eps))) === base) {
    return `driver ${j} ${sign}: unchanged just after ${reach}`;
  }
  return null;
}

/** Rejects near-ties, whose order floating-point noise decides (brute force and analysis may disagree). */
function wellSeparated(impacts: number[][], weights: number[]): boolean {
  const s = impacts.map((row) => row.reduce((acc, a, j) => acc + a * weights[j], 0) / weights.reduce((a, b) => a + b, 0));
  return s.every((x, i) => s.every((y, l) => l <= i || Math.abs(x - y) > 1e-3));
}

const caseArb = fc
  .record({ n: fc.integer({ min: 2, max: 7 }), m: fc.integer({ min: 2, max: 4 }) })
  .chain(({ n, m }) =>
    fc.record({
      impacts: fc.array(fc.array(fc.double({ min: 0, max: 9, noNaN: true }), { minLength: m, maxLength: m }), { minLength: n, maxLength: n }),
      weights: fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: m, maxLength: m }),
      k: fc.integer({ min: 1, max: n - 1 }),
    }),
  );

describe("rankFlipSensitivity", () => {
  it("finds the crossing in a two-project case by hand", () => {
    // Scores 60 vs 40; moving driver 1 from 60% to 50% makes them equal, below that project 2 leads.
    const r = rankFlipSensitivity([[9, 0], [0, 9]], [0.6, 0.4], 9, { k: 1, labels: ["A", "B"] });
    expect(r.drivers[0].down).toBeCloseTo(10, 10);
    expect(r.drivers[0].downSwap).toEqual({ rises: "B", falls: "A" });
    expect(r.drivers[0].up).toBeNull();
    expect(r.drivers[1].up).toBeCloseTo(10, 10);
    expect(r.drivers[1].down).toBeNull();
    expect(r.baseline).toEqual(["A"]);
    expect(r.smallestChange).toBeCloseTo(10, 10);
  });

  it("matches a brute-force weight sweep for the top-k set (random small cases)", () => {
    fc.assert(
      fc.property(caseArb, ({ impacts, weights, k }) => {
        fc.pre(wellSeparated(impacts, weights));
        const r = rankFlipSensitivity(impacts, weights, 9, { k });
        const outcome = (w: number[]) => topSet(impacts, w, k);
        const failures = weights.flatMap((_, j) => [
          checkDirection(outcome, weights, j, 1, r.drivers[j].up),
          checkDirection(outcome, weights, j, -1, r.drivers[j].down),
        ]);
        expect(failures.filter((f) => f !== null)).toEqual([]);
      }),
      { numRuns: 150, seed: 20261125 },
    );
  });

  it("matches a brute-force sweep for the order of two named projects", () => {
    fc.assert(
      fc.property(caseArb, ({ impacts, weights }) => {
        fc.pre(wellSeparated(impacts, weights));
        const r = rankFlipSensitivity(impacts, weights, 9, { pair: [0, 1] });
        const outcome = (w: number[]) => String(pairOrder(impacts, w, 0, 1));
        const failures = weights.flatMap((_, j) => [
          checkDirection(outcome, weights, j, 1, r.drivers[j].up),
          checkDirection(outcome, weights, j, -1, r.drivers[j].down),
        ]);
        expect(failures.filter((f) => f !== null)).toEqual([]);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it("reports the smallest change and its driver", () => {
    const r = rankFlipSensitivity(
      [[9, 3, 1], [6, 6, 3], [1, 9, 6], [3, 1, 9]],
      [0.5, 0.3, 0.2],
      9,
      { k: 2 },
    );
    const all = r.drivers.flatMap((d) => [d.up, d.down]).filter((v): v is number => v !== null);
    expect(r.smallestChange).toBe(Math.min(...all));
    const best = r.drivers[r.mostSensitiveDriver ?? -1];
    expect([best.up, best.down]).toContain(r.smallestChange);
  });

  it("is null everywhere when the top set is every project or there is one driver", () => {
    const all = rankFlipSensitivity([[1, 2], [3, 4]], [0.5, 0.5], 9, { k: 2 });
    expect(all.drivers.every((d) => d.up === null && d.down === null)).toBe(true);
    const one = rankFlipSensitivity([[1], [3]], [1], 9, { k: 1 });
    expect(one.drivers[0]).toMatchObject({ up: null, down: null });
  });

  it("rejects bad k, pairs and ragged impacts with the row named", () => {
    expect(() => rankFlipSensitivity([[1, 2]], [0.5, 0.5], 9, { k: 2 })).toThrow(PmoInputError);
    expect(() => rankFlipSensitivity([[1, 2], [1]], [0.5, 0.5], 9)).toThrow(/row 2/);
    expect(() => rankFlipSensitivity([[1, 2], [1, 1]], [0.5, 0.5], 9, { pair: [0, 0] })).toThrow(PmoInputError);
    expect(() => rankFlipSensitivity([[1, 12], [1, 1]], [0.5, 0.5], 9)).toThrow(/impact from 0 to 9/);
  });
});
