/** The dependency-aware start satisfies every constraint or is null, and takes requirements with a project. */
import { randomSelectionProblem } from "../../../test/support/randomSelection";
import { selectionViolations, totalValue } from "./feasibility";
import { dependencyAwareStart } from "./feasibleStart";
import { selectPortfolio } from "./selectPortfolio";
import type { SelectionProblem } from "./types";

describe("dependencyAwareStart", () => {
  it("takes a project together with the projects it requires, and skips bundles that do not fit", () => {
    const problem: SelectionProblem = {
      projects: [
        { id: "A", value: 100, costs: { capex: 10 } },
        { id: "B", value: 1, costs: { capex: 30 } },
        { id: "C", value: 30, costs: { capex: 20 } },
        { id: "D", value: 20, costs: { capex: 60 } },
      ],
      limits: { capex: 60 },
      requires: [["A", "B"]],
      exclusive: [["C", "D"]],
    };
    const s = dependencyAwareStart(problem)!;
    // A (ratio best) brings B: 40 spent; C fits (60); D is excluded by C and would not fit anyway.
    expect(s.selected).toEqual(["A", "B", "C"]);
    expect(s.objective).toBe(131);
  });

  it("never takes a bundle that reaches a forced-out project", () => {
    const problem: SelectionProblem = {
      projects: [
        { id: "A", value: 100, costs: { capex: 1 } },
        { id: "B", value: 1, costs: { capex: 1 } },
        { id: "C", value: 5, costs: { capex: 1 } },
      ],
      limits: { capex: 10 },
      requires: [["A", "B"]],
      forceOut: ["B"],
    };
    expect(dependencyAwareStart(problem)!.selected).toEqual(["C"]);
  });

  it("returns null when the forced-in projects alone exceed a limit", () => {
    const problem: SelectionProblem = {
      projects: [
        { id: "A", value: 1, costs: { capex: 8 } },
        { id: "B", value: 1, costs: { capex: 8 } },
      ],
      limits: { capex: 10 },
      forceIn: ["A", "B"],
    };
    expect(dependencyAwareStart(problem)).toBeNull();
  });

  it("on random problems with every kind of constraint is feasible (or null) and never beats the optimum", async () => {
    let nonNull = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const problem = randomSelectionProblem(seed, {
        projects: 12,
        limits: 2,
        requires: 4,
        together: 1,
        exclusive: 2,
        forceIn: seed % 3 === 0 ? 1 : 0,
        forceOut: 1,
        countLimits: seed % 2 === 0,
        categoryShares: seed % 4 === 0,
        roles: 1,
      });
      const s = dependencyAwareStart(problem);
      if (s === null) continue;
      nonNull++;
      expect(selectionViolations(problem, s.selected)).toEqual([]);
      expect(s.objective).toBe(totalValue(problem, new Set(s.selected)));
      const best = await selectPortfolio(problem, { timeLimitSeconds: 10 });
      expect(best.status).toBe("optimal");
      expect(s.objective).toBeLessThanOrEqual(best.objective);
    }
    // Dependencies make the baselines infeasible in most of these; the start should usually exist.
    expect(nonNull).toBeGreaterThan(20);
  });
});
