/**
 * Properties of optimal selection on random problems (fast-check): answers satisfy every constraint,
 * forced decisions hold, relaxing (more budget, a dropped constraint) never lowers the optimum, scaling
 * values scales the optimum, and the efficient frontier is monotone.
 */
import fc from "fast-check";
import { bruteForceOptimum } from "../../../test/support/bruteForceSelection";
import { randomSelectionProblem } from "../../../test/support/randomSelection";
import { selectionShapeFields } from "../../../test/support/selectionArbitrary";
import { efficientFrontier } from "./efficientFrontier";
import { selectionViolations, spendByLimit } from "./feasibility";
import { selectPortfolio } from "./selectPortfolio";
import type { FrontierResult, SelectionProblem } from "./types";
import { PmoConstraintError } from "../errors";

const problemArb = fc
  .record(selectionShapeFields)
  .map(({ seed, ...o }) => randomSelectionProblem(seed, o));

const RUNS = { numRuns: 25 };
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(b));

describe("selection properties", () => {
  it("every answer satisfies every constraint, and infeasible means nothing is feasible", async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, async (problem) => {
        const r = await selectPortfolio(problem);
        if (r.status === "infeasible") expect(bruteForceOptimum(problem)).toBeNull();
        else {
          expect(r.status).toBe("optimal");
          expect(selectionViolations(problem, r.selected)).toEqual([]);
          expect(r.totals).toEqual(spendByLimit(problem, new Set(r.selected)));
        }
      }),
      RUNS,
    );
  });

  it("forced decisions hold", async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, fc.integer({ min: 0, max: 100 }), async (problem, k) => {
        const ids = problem.projects.map((p) => p.id);
        const forced = { ...problem, forceIn: [ids[k % ids.length]!], forceOut: [ids[(k + 1) % ids.length]!] };
        const r = await selectPortfolio(forced);
        if (r.status !== "infeasible") {
          expect(r.selected).toContain(forced.forceIn[0]);
          expect(r.selected).not.toContain(forced.forceOut[0]);
        }
      }),
      RUNS,
    );
  });

  it("more budget never lowers the optimum", async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, fc.double({ min: 0, max: 200, noNaN: true }), async (problem, extra) => {
        const more: SelectionProblem = { ...problem, limits: { ...problem.limits, capex: problem.limits.capex! + extra } };
        const [a, b] = [await selectPortfolio(problem), await selectPortfolio(more)];
        if (a.status === "optimal") {
          expect(b.status).toBe("optimal");
          expect(b.objective).toBeGreaterThanOrEqual(a.objective - 1e-9);
        }
      }),
      RUNS,
    );
  });

  it("dropping a constraint never lowers the optimum", async () => {
    const drops: ((p: SelectionProblem) => SelectionProblem)[] = [
      (p) => ({ ...p, requires: (p.requires ?? []).slice(1) }),
      (p) => ({ ...p, exclusive: (p.exclusive ?? []).slice(1) }),
      (p) => ({ ...p, together: [] }),
      (p) => ({ ...p, forceIn: [] }),
      (p) => {
        const { minProjects: _min, maxProjects: _max, ...rest } = p;
        return rest;
      },
      (p) => ({ ...p, categoryShares: [] }),
      (p) => ({ ...p, roleCapacity: {} }),
      (p) => {
        // A limit goes with its costs (a cost on a name that is not a limit is an input error).
        const [dropped] = Object.keys(p.limits);
        const projects = p.projects.map((q) => ({ ...q, costs: Object.fromEntries(Object.entries(q.costs).filter(([name]) => name !== dropped)) }));
        return { ...p, projects, limits: Object.fromEntries(Object.entries(p.limits).slice(1)), categoryShares: [] };
      },
    ];
    await fc.assert(
      fc.asyncProperty(problemArb, fc.integer({ min: 0, max: drops.length - 1 }), async (problem, d) => {
        const a = await selectPortfolio(problem);
        const b = await selectPortfolio(drops[d]!(problem));
        if (a.status === "optimal") {
          expect(b.status).toBe("optimal");
          expect(b.objective).toBeGreaterThanOrEqual(a.objective - 1e-9);
        }
      }),
      RUNS,
    );
  });

  it("scaling every value by k > 0 scales the optimum by k", async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, fc.constantFrom(0.001, 0.5, 3, 1000), async (problem, k) => {
        const scaled = { ...problem, projects: problem.projects.map((p) => ({ ...p, value: p.value * k })) };
        const [a, b] = [await selectPortfolio(problem), await selectPortfolio(scaled)];
        expect(b.status).toBe(a.status);
        if (a.status === "optimal") expect(close(b.objective, a.objective * k)).toBe(true);
      }),
      RUNS,
    );
  });

  it("the efficient frontier is monotone and each point respects its budget and every other constraint", async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, async (problem) => {
        let f: FrontierResult;
        try {
          f = await efficientFrontier(problem, { levels: 5 });
        } catch (e) {
          // Contradictory forced decisions: no budget helps.
          expect(e).toBeInstanceOf(PmoConstraintError);
          return;
        }
        const points = f.points;
        expect(points).toHaveLength(5);
        let previous: (typeof points)[number] | undefined;
        for (const p of points) {
          if (previous) expect(p.budget).toBeGreaterThanOrEqual(previous.budget);
          if (p.status !== "infeasible") {
            expect(p.status).toBe("optimal");
            const atBudget = { ...problem, limits: { ...problem.limits, [f.limit]: p.budget } };
            expect(selectionViolations(atBudget, p.selected)).toEqual([]);
            if (previous && previous.status !== "infeasible") expect(p.objective).toBeGreaterThanOrEqual(previous.objective - 1e-9);
            expect(p.changed).toBe(previous !== undefined && previous.status !== "infeasible" && [...p.selected].sort().join() !== [...previous.selected].sort().join());
          }
          previous = p;
        }
        // The top budget is the total cost: the last point is the optimum without that limit.
        const last = points[points.length - 1]!;
        const unlimited = await selectPortfolio({ ...problem, limits: { ...problem.limits, [f.limit]: last.budget } });
        expect(last.objective).toBeCloseTo(unlimited.objective, 9);
      }),
      { numRuns: 12 },
    );
  });
});
