/**
 * Issue 15 (item 12): HiGHS can stop at its time limit before it has an incumbent of its own. When the
 * feasible start selectPortfolio passed exists, the answer is that start, "feasible", with a finite bound;
 * before the fix selectPortfolio threw a PmoSolverError. The stop is simulated: HiGHS takes our start as its
 * incumbent almost at once, so the case cannot be provoked reliably with a real solve.
 */
import { selectionViolations } from "./feasibility";
import { selectPortfolio } from "./selectPortfolio";
import type { MilpSolution } from "../milp/solveMilp";

jest.mock("../milp/solveMilp", () => {
  const actual = jest.requireActual<typeof import("../milp/solveMilp")>("../milp/solveMilp");
  const stopped: MilpSolution = {
    status: "error",
    objective: NaN,
    bound: null,
    gap: null,
    values: new Map(),
    seconds: 0.1,
    message: "The time limit was reached before any feasible solution was found.",
  };
  return { ...actual, solveMilp: jest.fn(async () => stopped) };
});

const problem = {
  projects: [
    { id: "A", value: 10, costs: { capex: 6 } },
    { id: "B", value: 7, costs: { capex: 4 } },
    { id: "C", value: 5, costs: { capex: 5 } },
  ],
  limits: { capex: 10 },
};

describe("a solve stopped by the time limit without an incumbent", () => {
  it("returns the feasible start as 'feasible' with a finite bound and its gap", async () => {
    const r = await selectPortfolio(problem, { timeLimitSeconds: 0.1 });
    expect(r.status).toBe("feasible");
    expect(r.selected.length).toBeGreaterThan(0);
    expect(selectionViolations(problem, r.selected)).toEqual([]);
    expect(r.objective).toBe(17); // A and B: the greedy start
    // No bound from HiGHS: the sum of all positive values (22) is the bound that holds regardless.
    expect(r.bound).toBe(22);
    expect(r.gap).toBeCloseTo(5 / 17, 12);
    expect(r.baselines).not.toBeNull();
  });

  it("still throws when there is no feasible start to fall back on", async () => {
    // At least two projects, but at most one of A, B and C: no start satisfies both.
    const noStart = { ...problem, minProjects: 2, exclusive: [["A", "B", "C"]] };
    await expect(selectPortfolio(noStart, { timeLimitSeconds: 0.1 })).rejects.toThrow(/time limit/);
  });
});
