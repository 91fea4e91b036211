import fc from "fast-check";
import { allocationProblemArb } from "../../../test/support/allocationArbitrary";
import { bruteForceAllocation } from "../../../test/support/allocationBruteForce";
import { allocationViolations } from "../../../test/support/checkAllocation";
import { allocateResources } from "./allocate";
import { shiftMode } from "./validate";

const runs = { numRuns: 40, seed: 20270101 };

describe("allocateResources: properties on random small problems", () => {
  it("returns a proven optimum equal to brute force, within capacity, windows and finish-to-start, never below the baseline", async () => {
    await fc.assert(
      fc.asyncProperty(allocationProblemArb(), async (problem) => {
        const r = await allocateResources(problem);
        const bf = bruteForceAllocation(problem);
        expect(r.status).toBe("optimal");
        expect(r.objective).toBe(bf.value);
        expect(bf.selections.map((s) => s.join(","))).toContain(r.schedule.map((s) => s.id).sort().join(","));
        expect(allocationViolations(problem, r.schedule, shiftMode(problem))).toEqual([]);
        expect(r.baseline.objective).toBeLessThanOrEqual(r.objective);
        expect(r.baseline.valueLeftOnTable).toBe(r.objective - r.baseline.objective);
        expect(allocationViolations(problem, r.baseline.schedule, 0)).toEqual([]);
      }),
      runs,
    );
  });

  it("more shift freedom never lowers the optimum (fixed ≤ ±1 ≤ ±2 ≤ window)", async () => {
    await fc.assert(
      fc.asyncProperty(allocationProblemArb(), async (problem) => {
        const values: number[] = [];
        for (const maxShift of [0, 1, 2, null]) values.push((await allocateResources({ ...problem, maxShift })).objective);
        for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
      }),
      { ...runs, numRuns: 25 },
    );
  });

  it("honours limits, exclusive and requires exactly as brute force does", async () => {
    await fc.assert(
      fc.asyncProperty(allocationProblemArb({ withSelection: true }), async (problem) => {
        const r = await allocateResources(problem);
        const bf = bruteForceAllocation(problem);
        expect(r.status).toBe(bf.value === null ? "infeasible" : "optimal");
        expect(r.objective).toBe(bf.value ?? 0);
        if (bf.value !== null) expect(bf.selections.map((s) => s.join(","))).toContain(r.schedule.map((s) => s.id).sort().join(","));
        expect(allocationViolations(problem, r.schedule, shiftMode(problem))).toEqual([]);
      }),
      runs,
    );
  });
});
