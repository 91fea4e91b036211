/** The frontier on Winston's Stockco data (test/fixtures/reference/cases/winston-stockco.json), checked by enumeration. */
import * as fs from "fs";
import { bruteForceOptimum } from "../../../test/support/bruteForceSelection";
import { knapsackProblem, referenceFile } from "../../../test/support/referenceKnapsack";
import { randomSelectionProblem } from "../../../test/support/randomSelection";
import { PmoCancelledError, PmoConstraintError, PmoInputError } from "../errors";
import { efficientFrontier } from "./efficientFrontier";

const stockco = knapsackProblem(
  JSON.parse(fs.readFileSync(referenceFile("cases", "winston-stockco.json"), "utf8")) as { values: number[]; weights: number[][]; capacities: number[] },
);

describe("efficientFrontier", () => {
  it("gives the exact optimum at each budget the user lists, in ascending order", async () => {
    const budgets = [14, 0, 3, 7, 10, 19];
    const f = await efficientFrontier(stockco, { budgets });
    expect(f.limit).toBe("c0");
    expect(f.points.map((p) => p.budget)).toEqual([0, 3, 7, 10, 14, 19]);
    for (const p of f.points) {
      const brute = bruteForceOptimum({ ...stockco, limits: { c0: p.budget } })!;
      expect(p.status).toBe("optimal");
      expect(p.objective).toBe(brute.objective);
      expect(p.count).toBe(p.selected.length);
    }
    expect(f.points.find((p) => p.budget === 14)!.objective).toBe(42);
    expect(f.points.map((p) => p.changed)).toEqual([false, true, true, true, true, true]);
  });

  it("spreads default levels from the cheapest forced set to the total cost", async () => {
    const f = await efficientFrontier({ ...stockco, forceIn: ["I3"] }, { levels: 4 });
    // Forced-in I3 costs 4; all four cost 19.
    expect(f.points.map((p) => p.budget)).toEqual([4, 9, 14, 19]);
    expect(f.points.map((p) => p.objective)).toEqual([12, 28, 42, 58]);
    expect(f.points[0]!.selected).toEqual(["I3"]);
  });

  it("marks unchanged sets, and below the forced spend the point is infeasible", async () => {
    const f = await efficientFrontier({ ...stockco, forceIn: ["I3"] }, { budgets: [2, 4, 5, 7, 8] });
    expect(f.points.map((p) => p.status)).toEqual(["infeasible", "optimal", "optimal", "optimal", "optimal"]);
    // Budget 4 and 5: I3 alone (12); 7 and 8: I3 + I4 (20; I1 would need 9).
    expect(f.points.map((p) => p.objective)).toEqual([0, 12, 12, 20, 20]);
    expect(f.points.map((p) => p.changed)).toEqual([false, false, false, true, false]);
  });

  it("stays monotone on a larger random portfolio with several limits and dependencies", async () => {
    const problem = randomSelectionProblem(77, { projects: 40, limits: 3, requires: 10, exclusive: 3 });
    const f = await efficientFrontier(problem, { limit: "cost1", levels: 6 });
    expect(f.limit).toBe("cost1");
    for (let i = 1; i < f.points.length; i++) expect(f.points[i]!.objective).toBeGreaterThanOrEqual(f.points[i - 1]!.objective - 1e-9);
    expect(f.points.every((p) => p.status === "optimal" && p.gap === 0)).toBe(true);
  });

  it("rejects an unknown limit, bad budgets, too few levels and contradictions", async () => {
    await expect(efficientFrontier(stockco, { limit: "opex" })).rejects.toBeInstanceOf(PmoInputError);
    await expect(efficientFrontier(stockco, { budgets: [1, NaN] })).rejects.toBeInstanceOf(PmoInputError);
    await expect(efficientFrontier(stockco, { levels: 1 })).rejects.toBeInstanceOf(PmoInputError);
    await expect(efficientFrontier({ ...stockco, forceIn: ["I1"], forceOut: ["I2"], requires: [["I1", "I2"]] })).rejects.toBeInstanceOf(PmoConstraintError);
    await expect(efficientFrontier(stockco, { isCancelled: () => true })).rejects.toBeInstanceOf(PmoCancelledError);
  });
});
