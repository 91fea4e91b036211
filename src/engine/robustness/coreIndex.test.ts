import { selectPortfolio } from "../selection/selectPortfolio";
import type { SelectionProblem } from "../selection/types";
import { coreIndex } from "./coreIndex";

const impacts = [
  [9, 3, 1],
  [6, 6, 3],
  [1, 9, 6],
  [3, 1, 9],
  [6, 3, 3],
  [1, 1, 1],
];
const weights = [0.5, 0.3, 0.2];
const problem: SelectionProblem = {
  projects: [
    { id: "P1", value: 0, costs: { capex: 5 } },
    { id: "P2", value: 0, costs: { capex: 4 } },
    { id: "P3", value: 0, costs: { capex: 3 } },
    { id: "P4", value: 0, costs: { capex: 3 } },
    { id: "P5", value: 0, costs: { capex: 2 } },
    { id: "P6", value: 0, costs: { capex: 1 } },
  ],
  limits: { capex: 10 },
  exclusive: [["P1", "P2"]],
};

describe("core index (probability of being in the optimal portfolio)", () => {
  it("without uncertainty equals the optimal selection for the alignment scores", async () => {
    const fixed = await coreIndex(problem, impacts, weights, 9, { draws: 3, concentration: Infinity, impactSteps: false });
    const scores = impacts.map((row) => (100 * row.reduce((s, a, j) => s + a * weights[j], 0)) / 9);
    const optimum = await selectPortfolio({ ...problem, projects: problem.projects.map((p, i) => ({ ...p, value: scores[i] })) });
    expect(fixed.probability).toEqual(problem.projects.map((p) => (optimum.selected.includes(p.id) ? 1 : 0)));
    expect(fixed.optimalDraws).toBe(3);
  });

  it("is reproducible with a seed, respects the constraints in every draw and reports standard errors", async () => {
    const seen: string[][] = [];
    const recordingSolve: typeof selectPortfolio = async (p, o) => {
      const r = await selectPortfolio(p, o);
      seen.push([...r.selected]);
      return r;
    };
    const a = await coreIndex(problem, impacts, weights, 9, { draws: 30, seed: 4, concentration: 20, solve: recordingSolve });
    const b = await coreIndex(problem, impacts, weights, 9, { draws: 30, seed: 4, concentration: 20 });
    expect(a.probability).toEqual(b.probability);
    expect(a.optimalDraws).toBe(30);
    // P1 and P2 exclude each other, so their core indices add up to at most 1.
    expect(a.probability[0] + a.probability[1]).toBeLessThanOrEqual(1);
    const cost: Record<string, number> = { P1: 5, P2: 4, P3: 3, P4: 3, P5: 2, P6: 1 };
    expect(seen.every((s) => s.reduce((t, id) => t + cost[id], 0) <= 10)).toBe(true);
    // Uncertainty makes at least one project's membership uncertain.
    expect(a.probability.some((p) => p > 0 && p < 1)).toBe(true);
    a.probability.forEach((p, i) => expect(a.standardError[i]).toBeCloseTo(Math.sqrt((p * (1 - p)) / 30), 12));
  });

  it("rejects impacts that do not match the projects", async () => {
    await expect(coreIndex(problem, impacts.slice(1), weights, 9)).rejects.toThrow(/one row per project/);
  });
});
