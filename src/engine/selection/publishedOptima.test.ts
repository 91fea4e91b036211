/**
 * Published optima: every instance in test/fixtures/reference/knapsack (OR-Library mknap1 and mknapcb1,
 * Pisinger's knapPI_*, the f*_l-d_kp_* low-dimensional set) and the capital-budgeting cases
 * test/fixtures/reference/cases/winston-stockco.json and hillier-california-manufacturing.json.
 * Each file is read at test time; the optimum must match within 1e-6 relative.
 */
import * as fs from "fs";
import { knapsackFiles, knapsackProblem, readKnapsack, referenceFile } from "../../../test/support/referenceKnapsack";
import { selectionViolations, totalValue } from "./feasibility";
import { selectPortfolio } from "./selectPortfolio";

const HARD = /^mknapcb1-/; // 100 items × 5 limits: tens of seconds for HiGHS to prove; see hardKnapsack.test.ts

function expectRelative(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(expected)));
}

describe("published knapsack optima (test/fixtures/reference/knapsack)", () => {
  it.each(knapsackFiles().filter((f) => !HARD.test(f)))("%s", async (file) => {
    const instance = readKnapsack(file);
    const problem = knapsackProblem(instance);
    const result = await selectPortfolio(problem, { timeLimitSeconds: 20 });
    expect(result.status).toBe("optimal");
    expect(result.gap).toBe(0);
    expectRelative(result.objective, instance.optimum);
    expectRelative(totalValue(problem, new Set(result.selected)), instance.optimum);
    expect(selectionViolations(problem, result.selected)).toEqual([]);
    // The published solution reaches the same optimum and is feasible (a check on the reading).
    const published = problem.projects.filter((_, i) => instance.solution[i] === 1).map((p) => p.id);
    expect(selectionViolations(problem, published)).toEqual([]);
    expectRelative(totalValue(problem, new Set(published)), instance.optimum);
    // Baselines never beat a proven optimum when they are feasible (no constraints are ignored here).
    for (const b of [result.baselines!.rankAndCut, result.baselines!.greedy]) {
      expect(b.feasible).toBe(true);
      expect(b.valueLeftOnTable).toBeGreaterThanOrEqual(-1e-9);
    }
  });
});

describe("capital budgeting textbook cases (test/fixtures/reference/cases)", () => {
  it("Winston's Stockco: optimum 42 with investments 2, 3 and 4 (winston-stockco.json)", async () => {
    const c = JSON.parse(fs.readFileSync(referenceFile("cases", "winston-stockco.json"), "utf8")) as {
      values: number[]; weights: number[][]; capacities: number[]; optimum: number; chosen_items_1based: number[];
    };
    const result = await selectPortfolio(knapsackProblem(c));
    expect(result.status).toBe("optimal");
    expectRelative(result.objective, c.optimum);
    expect(result.selected).toEqual(c.chosen_items_1based.map((i) => `I${i}`));
  });

  it("Hillier & Lieberman's California Manufacturing: 15 with the budget only, 14 with exclusive and contingent decisions (hillier-california-manufacturing.json)", async () => {
    const c = JSON.parse(fs.readFileSync(referenceFile("cases", "hillier-california-manufacturing.json"), "utf8")) as {
      values: number[]; capital: number[]; budget: number;
      models: { knapsack_only: { optimum: number; solution: number[] }; full_model: { optimum: number; solution: number[] } };
    };
    const base = knapsackProblem({ values: c.values, weights: [c.capital], capacities: [c.budget] });
    const chosen = (solution: number[]) => solution.flatMap((x, i) => (x === 1 ? [`I${i + 1}`] : []));

    const budgetOnly = await selectPortfolio(base);
    expect(budgetOnly.status).toBe("optimal");
    expectRelative(budgetOnly.objective, c.models.knapsack_only.optimum);
    expect(budgetOnly.selected).toEqual(chosen(c.models.knapsack_only.solution));

    // x3 + x4 ≤ 1 (at most one warehouse); x3 ≤ x1 and x4 ≤ x2 (a warehouse only where a factory is built).
    const full = await selectPortfolio({ ...base, exclusive: [["I3", "I4"]], requires: [["I3", "I1"], ["I4", "I2"]] });
    expect(full.status).toBe("optimal");
    expectRelative(full.objective, c.models.full_model.optimum);
    expect(full.selected).toEqual(chosen(c.models.full_model.solution));
  });
});
