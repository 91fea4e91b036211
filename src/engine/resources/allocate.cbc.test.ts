import { generateAllocationProblem } from "../../../test/support/allocationGenerator";
import { allocationViolations } from "../../../test/support/checkAllocation";
import { cbcAvailable, solveWithCbc } from "../../../test/support/solveWithCbc";
import { toLpFormat } from "../milp";
import { allocateResources } from "./allocate";
import { buildAllocationModel } from "./allocationModel";

// Medium random problems (too large for brute force): HiGHS through allocateResources and the native CBC
// on the same LP text must prove the same optimum.
const cases = [
  { seed: 1, projects: 12, months: 12, roles: 3, maxShift: 0 },
  { seed: 2, projects: 12, months: 12, roles: 3, maxShift: 1 },
  { seed: 3, projects: 15, months: 12, roles: 4, maxShift: 2 },
  { seed: 4, projects: 10, months: 10, roles: 2, maxShift: null },
  { seed: 5, projects: 15, months: 18, roles: 8, maxShift: 2 },
] as const;

(cbcAvailable() ? describe : describe.skip)("allocateResources against native CBC", () => {
  it.each(cases)("seed $seed: $projects projects, $roles roles, $months months, maxShift $maxShift", async (c) => {
    const problem = generateAllocationProblem({ ...c, durations: [2, 6] });
    const ours = await allocateResources(problem, { timeLimitSeconds: 20 });
    const cbc = solveWithCbc(toLpFormat(buildAllocationModel(problem, c.maxShift).model), 20);
    expect(ours.status).toBe("optimal");
    expect(cbc.status).toBe("optimal");
    expect(ours.objective).toBeCloseTo(cbc.objective, 6);
    expect(ours.objective).toBeGreaterThan(0);
    expect(allocationViolations(problem, ours.schedule, c.maxShift)).toEqual([]);
  });
});
