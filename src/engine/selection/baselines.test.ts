/** The rank-and-cut waterline stops at the first project that no longer fits; greedy skips and goes on. */
import { rankAndCut, valuePerCostGreedy } from "./baselines";
import { selectPortfolio } from "./selectPortfolio";
import type { SelectionProblem } from "./types";

const problem: SelectionProblem = {
  projects: [
    { id: "A", value: 50, costs: { capex: 60 } },
    { id: "B", value: 40, costs: { capex: 50 } },
    { id: "C", value: 30, costs: { capex: 10 } },
    { id: "D", value: 20, costs: { capex: 10 } },
    { id: "E", value: 5, costs: { capex: 25 } },
  ],
  limits: { capex: 100 },
};

describe("baselines", () => {
  it("rank-and-cut takes A, then stops at B (over the limit) although C and D would fit", () => {
    const r = rankAndCut(problem);
    expect(r.selected).toEqual(["A"]);
    expect(r.objective).toBe(50);
    expect(r.feasible).toBe(true);
  });

  it("value-per-cost greedy takes C and D first, skips what does not fit and carries on", () => {
    const g = valuePerCostGreedy(problem);
    // ratios: C 3, D 2, B 0.8, A 0.83, E 0.2 → C, D, A (70 → 80), B does not fit, E (105) does not fit.
    expect(g.selected).toEqual(["A", "C", "D"]);
    expect(g.objective).toBe(100);
  });

  it("reports the value each leaves on the table against the optimum", async () => {
    const r = await selectPortfolio(problem);
    expect(r.status).toBe("optimal");
    // Optimum: A, C, D (100) or B, C, D + ... B+C+D = 70 capex, 90 value; A+C+D = 80 capex, 100 value.
    expect(r.objective).toBe(100);
    expect(r.baselines!.rankAndCut.valueLeftOnTable).toBe(50);
    expect(r.baselines!.greedy.valueLeftOnTable).toBe(0);
  });

  it("honours forced decisions and flags dependencies they ignore", async () => {
    const withDeps: SelectionProblem = { ...problem, forceIn: ["E"], forceOut: ["A"], requires: [["C", "B"]] };
    const r = rankAndCut(withDeps);
    // E forced (25), then B (75), C (85), D (95); A is forced out.
    expect(r.selected).toEqual(["B", "C", "D", "E"]);
    expect(r.feasible).toBe(true);
    const g = valuePerCostGreedy(withDeps);
    expect(g.selected).toContain("E");
    expect(g.selected).not.toContain("A");
    const noB: SelectionProblem = { ...withDeps, forceOut: ["A", "B"] };
    const r2 = rankAndCut(noB);
    expect(r2.selected).toEqual(["C", "D", "E"]);
    expect(r2.feasible).toBe(false); // C is taken without B, which it requires
  });
});
