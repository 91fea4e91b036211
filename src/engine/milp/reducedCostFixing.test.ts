/**
 * Reduced-cost fixing keeps the proof: with any feasible start (the optimum itself included, where fixing
 * cuts deepest) the answer equals exhaustive search, for integer and fractional values.
 */
import fc from "fast-check";
import { bruteForceOptimum } from "../../../test/support/bruteForceSelection";
import { randomSelectionProblem } from "../../../test/support/randomSelection";
import { selectionShapeFields } from "../../../test/support/selectionArbitrary";
import { selectionViolations } from "../selection/feasibility";
import { buildSelectionModel } from "../selection/selectionModel";
import type { SelectionProblem } from "../selection/types";
import { LinearModel } from "./linearModel";
import { fixByReducedCosts } from "./reducedCostFixing";
import { solveMilp } from "./solveMilp";

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

describe("fixByReducedCosts", () => {
  // max 10a + 6b + 4c, a + b + c ≤ 2: LP optimum a = b = 1 (16), c at 0 with reduced cost −4.
  const model = new LinearModel("max");
  for (const [name, value] of [["a", 10], ["b", 6], ["c", 4]] as const) model.addVariable(name, "binary", { objective: value });
  model.addConstraint("count", ["a", "b", "c"].map((variable) => ({ variable, coefficient: 1 })), { upper: 2 });
  const lp = { objective: 16, colValue: [1, 1, 0], colDual: [6, 2, -4] };

  it("fixes a column whose move would fall below an improving value", () => {
    // Improving needs ≥ 15 (incumbent 14, integer objective). Dropping a: ≤ 16 − 6; dropping b: ≤ 14;
    // adding c: ≤ 12. All three fall short, so each stays where the relaxation put it.
    const r = fixByReducedCosts(model, lp, 14);
    expect([...r.lower]).toEqual([1, 1, 0]);
    expect([...r.upper]).toEqual([1, 1, 0]);
    expect(r.fixed).toBe(3);
    expect(r.lpBound).toBe(16);
  });

  it("fixes only what cannot reach an improving value", () => {
    // Improving needs ≥ 13: dropping a (≤ 10) and adding c (≤ 12) fall short; dropping b (≤ 14) does not.
    const r = fixByReducedCosts(model, lp, 12);
    expect([...r.lower]).toEqual([1, 0, 0]);
    expect([...r.upper]).toEqual([1, 1, 0]);
    expect(r.fixed).toBe(2);
  });

  it("keeps every column free when the relaxation leaves room", () => {
    expect(fixByReducedCosts(model, lp, 5).tightened).toBe(0);
  });

  it("leaves a model with an unbounded column unchanged", () => {
    const m = new LinearModel("max");
    m.addVariable("x", "integer", { objective: 1, upper: Infinity });
    expect(fixByReducedCosts(m, { objective: 3, colValue: [0], colDual: [-5] }, 2).tightened).toBe(0);
  });
});

/** Every selection that satisfies the problem (n ≤ 10 here). */
function feasibleSelections(problem: SelectionProblem): string[][] {
  const out: string[][] = [];
  const n = problem.projects.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const chosen = problem.projects.filter((_, i) => (mask >> i) & 1).map((p) => p.id);
    if (selectionViolations(problem, chosen).length === 0) out.push(chosen);
  }
  return out;
}

describe("solveMilp with fixByReducedCosts against brute force (fast-check)", () => {
  it("proves the exhaustive optimum from any feasible start", async () => {
    const arb = fc
      .record({ ...selectionShapeFields, pick: fc.nat(), fractional: fc.boolean() })
      .map(({ seed, pick, fractional, ...o }) => {
        const base = randomSelectionProblem(seed, o);
        const problem = fractional ? { ...base, projects: base.projects.map((p) => ({ ...p, value: p.value * 1.37 })) } : base;
        return { problem, pick };
      });
    await fc.assert(
      fc.asyncProperty(arb, async ({ problem, pick }) => {
        const exact = bruteForceOptimum(problem);
        const feasible = feasibleSelections(problem);
        if (exact === null || feasible.length === 0) return;
        // Half the runs start from the optimum itself: the deepest fixing.
        const start = pick % 2 === 0 ? exact.selected : feasible[pick % feasible.length]!;
        const { model, variableOf } = buildSelectionModel(problem);
        const r = await solveMilp(model, { initialSolution: new Map(start.map((id) => [variableOf.get(id)!, 1])), fixByReducedCosts: true });
        expect(r.status).toBe("optimal");
        expect(close(r.objective, exact.objective)).toBe(true);
        const chosen = problem.projects.filter((p) => (r.values.get(variableOf.get(p.id)!) ?? 0) > 0.5).map((p) => p.id);
        expect(selectionViolations(problem, chosen)).toEqual([]);
        expect(close(model.evaluate(r.values), r.objective)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
