import { alignmentScores } from "../alignment";
import { createRandom } from "./random";
import { kthLargest, markTopK, topKProbability } from "./monteCarlo";
import { prepareScoringInputs, scoresFor } from "./scoringInputs";

function randomCase(seed: number, n: number, m: number) {
  const r = createRandom(seed);
  const levels = [0, 1, 3, 6, 9];
  const impacts = Array.from({ length: n }, () => Array.from({ length: m }, () => levels[r.nextUint32() % 5]));
  const weights = Array.from({ length: m }, () => r.nextOpen01());
  return { impacts, weights };
}

describe("top-k probability by Monte Carlo", () => {
  it("scores exactly like alignmentScores", () => {
    const { impacts, weights } = randomCase(11, 30, 5);
    const ours = Array.from(scoresFor(prepareScoringInputs(impacts, weights, 9)));
    const theirs = alignmentScores(impacts, weights, 9).scores;
    ours.forEach((s, i) => expect(s).toBeCloseTo(theirs[i], 10));
  });

  it("quickselect finds the k-th largest and markTopK picks the top k with ties to the earlier row", () => {
    const r = createRandom(5);
    for (let rep = 0; rep < 200; rep++) {
      const n = 1 + (r.nextUint32() % 40);
      const a = Float64Array.from({ length: n }, () => r.nextUint32() % 6); // many ties
      const k = 1 + (r.nextUint32() % n);
      const sorted = [...a].sort((x, y) => y - x);
      expect(kthLargest(new Float64Array(a), k)).toBe(sorted[k - 1]);
      const counts = new Int32Array(n);
      markTopK(a, k, new Float64Array(n), counts);
      const expected = [...a.keys()].sort((x, y) => a[y] - a[x] || x - y).slice(0, k);
      expect([...counts.keys()].filter((i) => counts[i] === 1)).toEqual(expected.sort((x, y) => x - y));
    }
  });

  it("is reproducible with a seed and changes with another seed", () => {
    const { impacts, weights } = randomCase(1, 60, 4);
    const a = topKProbability(impacts, weights, 9, { k: 10, draws: 2000, seed: 42 });
    const b = topKProbability(impacts, weights, 9, { k: 10, draws: 2000, seed: 42 });
    const c = topKProbability(impacts, weights, 9, { k: 10, draws: 2000, seed: 43 });
    expect(a).toEqual(b);
    expect(a.probability).not.toEqual(c.probability);
  });

  it("gives probabilities that sum to k, 0/1 without uncertainty", () => {
    const { impacts, weights } = randomCase(2, 40, 3);
    const r = topKProbability(impacts, weights, 9, { k: 7, draws: 500, seed: 1 });
    expect(r.probability.reduce((s, p) => s + p, 0)).toBeCloseTo(7, 9);
    const fixed = topKProbability(impacts, weights, 9, { k: 7, draws: 50, concentration: Infinity, impactSteps: false });
    const scores = alignmentScores(impacts, weights, 9).scores;
    const top = [...scores.keys()].sort((x, y) => scores[y] - scores[x] || x - y).slice(0, 7);
    expect(fixed.probability).toEqual(scores.map((_, i) => (top.includes(i) ? 1 : 0)));
    expect(fixed.standardError.every((e) => e === 0)).toBe(true);
  });

  it("matches the exact answer for symmetric weights: P = 1/2 within 4 standard errors", () => {
    // w1 ~ Beta(25, 25): project A leads exactly when w1 > 1/2, which has probability 1/2 by symmetry.
    const r = topKProbability([[9, 0], [0, 9]], [0.5, 0.5], 9, { k: 1, draws: 20000, seed: 9, concentration: 50, impactSteps: false });
    expect(Math.abs(r.probability[0] - 0.5)).toBeLessThan(4 * r.standardError[0]);
    expect(r.standardError[0]).toBeCloseTo(Math.sqrt(0.25 / 20000), 4);
  });

  it("matches the exact answer for one-step rating noise: P = 11/16", () => {
    // One driver, both rated 3 on 0/1/3/6/9: each becomes 1, 3, 3 or 6 with probability 1/4 each.
    // P(A ≥ B) with ties to A = P(tie) + P(A > B) = 6/16 + 5/16 = 11/16.
    const r = topKProbability([[3], [3]], [1], 9, { k: 1, draws: 40000, seed: 3 });
    expect(Math.abs(r.probability[0] - 11 / 16)).toBeLessThan(4 * r.standardError[0]);
  });

  it("converges: standard error is sqrt(p(1-p)/n), shrinks like 1/sqrt(draws), and estimates agree within it", () => {
    const { impacts, weights } = randomCase(4, 50, 4);
    const reference = topKProbability(impacts, weights, 9, { k: 10, draws: 40_000, seed: 100 });
    const small = topKProbability(impacts, weights, 9, { k: 10, draws: 1000, seed: 5 });
    const large = topKProbability(impacts, weights, 9, { k: 10, draws: 16000, seed: 6 });
    small.probability.forEach((p, i) => expect(small.standardError[i]).toBeCloseTo(Math.sqrt((p * (1 - p)) / 1000), 12));
    const uncertain = reference.probability.map((_, i) => i).filter((i) => reference.probability[i] > 0.1 && reference.probability[i] < 0.9);
    expect(uncertain.length).toBeGreaterThan(2);
    for (const i of uncertain) {
      expect(large.standardError[i]).toBeLessThan(small.standardError[i] / 3); // √16 = 4 with sampling slack
      expect(Math.abs(small.probability[i] - reference.probability[i])).toBeLessThan(4.5 * small.standardError[i] + 0.005);
      expect(Math.abs(large.probability[i] - reference.probability[i])).toBeLessThan(4.5 * large.standardError[i] + 0.005);
    }
    const meanAbs = (res: typeof small) => uncertain.reduce((s, i) => s + Math.abs(res.probability[i] - reference.probability[i]), 0) / uncertain.length;
    expect(meanAbs(large)).toBeLessThan(meanAbs(small));
  });

  it("rejects k out of range, zero draws and a non-positive concentration", () => {
    const { impacts, weights } = randomCase(1, 5, 2);
    expect(() => topKProbability(impacts, weights, 9, { k: 6 })).toThrow(/k/);
    expect(() => topKProbability(impacts, weights, 9, { k: 2, draws: 0 })).toThrow(/draws/);
    expect(() => topKProbability(impacts, weights, 9, { k: 2, concentration: 0 })).toThrow(/concentration/);
  });
});
