/** selectPortfolio's statuses, progress, cancellation and result fields. */
import { bruteForceOptimum } from "../../../test/support/bruteForceSelection";
import { randomSelectionProblem } from "../../../test/support/randomSelection";
import { PmoCancelledError, PmoConstraintError } from "../errors";
import { selectionViolations } from "./feasibility";
import { selectPortfolio } from "./selectPortfolio";
import type { SolveProgress } from "./types";

describe("selectPortfolio", () => {
  it("returns the documented CLI example: 42 with P2, P3 and P4 (Winston's Stockco data)", async () => {
    const r = await selectPortfolio({
      projects: [
        { id: "P1", value: 16, costs: { capex: 5 }, category: "Run" },
        { id: "P2", value: 22, costs: { capex: 7 } },
        { id: "P3", value: 12, costs: { capex: 4 } },
        { id: "P4", value: 8, costs: { capex: 3 } },
      ],
      limits: { capex: 14 },
    });
    expect(r).toMatchObject({ status: "optimal", objective: 42, selected: ["P2", "P3", "P4"], gap: 0, bound: 42, conflicts: [], totals: { capex: 14 } });
    expect(r.baselines!.rankAndCut.name).toBe("rank-and-cut");
    expect(r.baselines!.greedy.name).toBe("value-per-cost greedy");
    expect(r.warnings).toBeUndefined();
  });

  it("labels a time-limited answer feasible with its proven gap, never optimal", async () => {
    // A 400-project strongly correlated problem with 5 limits is not proven within 0.2 s.
    const problem = randomSelectionProblem(9, { projects: 400, limits: 5, correlated: true, tightness: 0.5 });
    const r = await selectPortfolio(problem, { timeLimitSeconds: 0.2 });
    expect(r.status).toBe("feasible");
    expect(r.gap!).toBeGreaterThan(0);
    expect(r.bound!).toBeGreaterThan(r.objective);
    expect(r.gap!).toBeCloseTo((r.bound! - r.objective) / r.objective, 9);
    expect(selectionViolations(problem, r.selected)).toEqual([]);
    // Warm-started from the feasible baselines, the incumbent is never worse than them.
    expect(r.baselines!.greedy.valueLeftOnTable).toBeGreaterThanOrEqual(0);
    expect(r.baselines!.rankAndCut.valueLeftOnTable).toBeGreaterThanOrEqual(0);
  });

  it("reports progress phases and honours cancellation", async () => {
    const phases: string[] = [];
    const problem = randomSelectionProblem(3, { projects: 30, limits: 2 });
    await selectPortfolio(problem, { onProgress: (p: SolveProgress) => phases.push(p.phase) });
    expect(phases[0]).toBe("checking");
    expect(phases).toContain("solving");
    expect(phases[phases.length - 1]).toBe("done");
    await expect(selectPortfolio(problem, { isCancelled: () => true })).rejects.toBeInstanceOf(PmoCancelledError);
  });

  it("throws PmoConstraintError for input errors before solving", async () => {
    await expect(selectPortfolio({ projects: [{ id: "A", value: 1, costs: {} }], limits: {}, forceIn: ["B"] })).rejects.toBeInstanceOf(PmoConstraintError);
  });

  it("selects everything worth having when there are no limits, and nothing of negative value", async () => {
    const r = await selectPortfolio({ projects: [{ id: "A", value: 3, costs: {} }, { id: "B", value: -1, costs: {} }], limits: {} });
    expect(r.selected).toEqual(["A"]);
    expect(r.totals).toEqual({});
  });
});

describe("selectPortfolio edge cases", () => {
  it("solves an empty portfolio, and explains an impossible count on it", async () => {
    const empty = await selectPortfolio({ projects: [], limits: { capex: 10 } });
    expect(empty).toMatchObject({ status: "optimal", objective: 0, selected: [], totals: { capex: 0 } });
    const impossible = await selectPortfolio({ projects: [], limits: { capex: 10 }, minProjects: 1 });
    expect(impossible.status).toBe("infeasible");
    expect(impossible.conflicts[0]!.message).toBe("These constraints cannot all hold: at least 1 project must be selected.");
  });
});

describe("project ids that are not LP names", () => {
  it("keeps ids with spaces, punctuation and accents apart (their LP names collide once sanitised)", async () => {
    const ids = ["A-1", "A_1", "Café 2", "e5", "3D print", "end"];
    const problem = {
      projects: ids.map((id, i) => ({ id, value: 10 + i, costs: { capex: 3 + (i % 3) } })),
      limits: { capex: 12 },
      requires: [["A-1", "A_1"]] as [string, string][],
      exclusive: [["Café 2", "3D print"]],
    };
    const r = await selectPortfolio(problem);
    expect(r.status).toBe("optimal");
    expect(selectionViolations(problem, r.selected)).toEqual([]);
    expect(r.objective).toBe(bruteForceOptimum(problem)!.objective);
  });
});
