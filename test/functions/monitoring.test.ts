import { excelErrorOf } from "./customFunctionsStub";
import { rag, sensitivity, topk } from "../../src/functions/monitoring";
import { alignment } from "../../src/functions/alignment";

describe("=PMO.RAG", () => {
  it("takes the worse index, with inclusive default boundaries 0.95 / 0.85", () => {
    expect(rag([[0.95], [1.1], [0.85], [0.84], [null], [1]], [[1], [0.8], [0.9], [1], [null], [0.9499]])).toEqual([
      ["Green"],
      ["Red"],
      ["Amber"],
      ["Red"],
      [""],
      ["Amber"],
    ]);
  });

  it("uses thresholds given as green, amber", () => {
    expect(rag([[0.9]], [[0.9]], [[0.9, 0.8]])).toEqual([["Green"]]);
    expect(rag([[0.79]], [[1]], [[0.9], [0.8]])).toEqual([["Red"]]);
  });

  it("rejects thresholds with amber above green", () => {
    const error = excelErrorOf(() => rag([[1]], [[1]], [[0.8, 0.9]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/Amber'?: 0.9 is not valid; expected a number no larger than the green threshold 0.8/);
  });

  it("names the row of a negative index", () => {
    expect(excelErrorOf(() => rag([[1], [-0.2]], [[1], [1]])).message).toBe(
      "row 2, column 'CPI': -0.2 is not valid; expected a finite number of 0 or more",
    );
  });
});

describe("=PMO.SENSITIVITY", () => {
  it("reports per driver the smallest weight change that alters the top k", () => {
    // Two projects, k = 1: scores are 60 and 40; moving 10 points from driver 1 to driver 2 ties them.
    const rows = sensitivity([[9, 0], [0, 9]], [[0.6], [0.4]], 1);
    expect(rows).toHaveLength(2);
    expect(rows[0]![0]).toBeCloseTo(60, 10);
    expect(rows[0]![1]).toBeCloseTo(10, 9);
    expect(rows[0]![2]).toBe("");
    expect(rows[1]![2]).toBeCloseTo(10, 9);
    expect(rows[1]![1]).toBe("");
  });

  it("checks the change against re-scoring with the shifted weights", () => {
    const impacts = [
      ["Strong", "Low", "Extreme"],
      ["Moderate", "Strong", "Low"],
      ["Extreme", "None", "Moderate"],
      ["Low", "Extreme", "Strong"],
    ];
    const weights = [[0.5], [0.3], [0.2]];
    const rows = sensitivity(impacts, weights, 2) as (number | string)[][];
    const top2 = (w: number[]) => {
      const scores = (alignment(impacts, w.map((x) => [x])) as number[][]).map((r) => r[0]!);
      return scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]).slice(0, 2).map((x) => x[1]).sort().join();
    };
    const base = top2([0.5, 0.3, 0.2]);
    expect(rows.some((row) => typeof row[1] === "number" || typeof row[2] === "number")).toBe(true);
    rows.forEach((row, j) => {
      for (const [column, sign] of [[1, -1], [2, 1]] as const) {
        const change = row[column];
        if (typeof change !== "number") continue;
        const w0 = [0.5, 0.3, 0.2][j]!;
        const shifted = (t: number) => [0.5, 0.3, 0.2].map((w, l) => (l === j ? t : (w * (1 - t)) / (1 - w0)));
        const just = w0 + (sign * (change + 0.01)) / 100;
        const before = w0 + (sign * (change - 0.01)) / 100;
        if (just < 0 || just > 1) continue; // the change ends exactly at a weight of 0% or 100%
        expect(top2(shifted(before))).toBe(base);
        expect(top2(shifted(just))).not.toBe(base);
      }
    });
  });

  it("rejects k outside 1 … n−1", () => {
    expect(excelErrorOf(() => sensitivity([[1], [2]], [[1]], 2)).message).toBe("k: 2 is not valid; expected a whole number from 1 to 1");
  });
});

describe("=PMO.TOPK", () => {
  const impacts = [
    [9, 3],
    [3, 9],
    [1, 1],
    [null, null],
    [6, 6],
  ];

  it("gives probabilities in 0–1 that sum to k, blank for blank rows, reproducible with a seed", () => {
    const a = topk(impacts, [[0.5], [0.5]], 2, 2000, 7);
    const b = topk(impacts, [[0.5], [0.5]], 2, 2000, 7);
    expect(a).toEqual(b);
    expect(a[3]).toEqual([""]);
    const p = a.filter((r) => r[0] !== "").map((r) => r[0] as number);
    p.forEach((x) => expect(x).toBeGreaterThanOrEqual(0));
    expect(p.reduce((s, x) => s + x, 0)).toBeCloseTo(2, 9);
    expect(a[2]![0]).toBe(0); // (1, 1) can never beat (6, 6) and one of the others
  });

  it("rejects k larger than the number of projects", () => {
    expect(excelErrorOf(() => topk(impacts, [[1], [1]], 5)).message).toBe("k: 5 is not valid; expected a whole number from 1 to 4");
  });
});
