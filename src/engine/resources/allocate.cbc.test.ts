import fc from "fast-check";
import { allocationProblemArb } from "../../../test/support/allocationArbitrary";
import { bruteForceAllocation } from "../../../test/support/allocationBruteForce";
import { generateAllocationProblem } from "../../../test/support/allocationGenerator";
import { allocationViolations } from "../../../test/support/checkAllocation";
import { independentAllocationLp } from "../../../test/support/independentLp";
import { cbcAvailable, solveWithCbc } from "../../../test/support/solveWithCbc";
import { allocateResources } from "./allocate";

// Medium random problems (too large for brute force): HiGHS through allocateResources and the native CBC on
// a formulation written independently from the problem JSON (test/support/independentLp.ts) must prove the
// same optimum.
const cases = [
  { seed: 1, projects: 12, months: 12, roles: 3, maxShift: 0 },
  { seed: 2, projects: 12, months: 12, roles: 3, maxShift: 1 },
  { seed: 3, projects: 10, months: 12, roles: 4, maxShift: 2 },
  { seed: 4, projects: 10, months: 10, roles: 2, maxShift: null },
  { seed: 5, projects: 15, months: 18, roles: 8, maxShift: 2 },
] as const;

(cbcAvailable() ? describe : describe.skip)("allocateResources against native CBC", () => {
  it.each(cases)("seed $seed: $projects projects, $roles roles, $months months, maxShift $maxShift", async (c) => {
    const problem = generateAllocationProblem({ ...c, durations: [2, 6] });
    const ours = await allocateResources(problem, { timeLimitSeconds: 20 });
    const cbc = solveWithCbc(independentAllocationLp(problem, c.maxShift), 20);
    expect(ours.status).toBe("optimal");
    expect(cbc.status).toBe("optimal");
    expect(ours.objective).toBeCloseTo(cbc.objective, 6);
    expect(ours.objective).toBeGreaterThan(0);
    expect(allocationViolations(problem, ours.schedule, c.maxShift)).toEqual([]);
  });

  it("the independent formulation agrees with brute force on random small problems with selection constraints", () => {
    for (const problem of fc.sample(allocationProblemArb({ withSelection: true }), { numRuns: 12, seed: 5 })) {
      const bf = bruteForceAllocation(problem);
      const cbc = solveWithCbc(independentAllocationLp(problem), 10);
      expect(cbc.status).toBe("optimal");
      expect(cbc.objective).toBeCloseTo(bf.value ?? 0, 6);
    }
  });

  it("agrees with finish-to-start links and selection constraints in the model", async () => {
    const generated = generateAllocationProblem({ seed: 6, projects: 12, months: 12, roles: 3, maxShift: 2, durations: [2, 5] });
    const ids = generated.projects.map((p) => p.id);
    const problem = {
      ...generated,
      projects: generated.projects.map((p, i) => ({ ...p, costs: { capex: 1 + (i % 4) } })),
      finishToStart: [[ids[0], ids[1]], [ids[2], ids[3]], [ids[1], ids[4]]] as [string, string][],
      limits: { capex: 14 },
      exclusive: [[ids[5], ids[6]]],
      requires: [[ids[7], ids[8]]] as [string, string][],
    };
    const ours = await allocateResources(problem, { timeLimitSeconds: 20 });
    const cbc = solveWithCbc(independentAllocationLp(problem, 2), 20);
    expect(ours.status).toBe("optimal");
    expect(cbc.status).toBe("optimal");
    expect(ours.objective).toBeCloseTo(cbc.objective, 6);
    expect(allocationViolations(problem, ours.schedule, 2)).toEqual([]);
    const staffed = new Set(ours.schedule.map((s) => s.id));
    const capex = problem.projects.filter((p) => staffed.has(p.id)).reduce((a, p) => a + p.costs.capex, 0);
    expect(capex).toBeLessThanOrEqual(14);
    expect(staffed.has(ids[5]) && staffed.has(ids[6])).toBe(false);
    if (staffed.has(ids[7])) expect(staffed.has(ids[8])).toBe(true);
  });
});
