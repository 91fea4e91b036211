/**
 * Random instances with every kind of constraint, cross-checked against exhaustive search (n ≤ 13)
 * and against the native CBC solver (/usr/bin/cbc) on a formulation written independently from the problem
 * JSON (test/support/independentLp.ts), so a modelling mistake cannot pass on both sides.
 */
import { bruteForceOptimum } from "../../../test/support/bruteForceSelection";
import { restrictToConstraints } from "../../../test/support/conflictProblem";
import { randomSelectionProblem, type RandomSelectionOptions } from "../../../test/support/randomSelection";
import { independentSelectionLp } from "../../../test/support/independentLp";
import { cbcAvailable, solveWithCbc } from "../../../test/support/solveWithCbc";
import { selectionViolations } from "./feasibility";
import { selectPortfolio } from "./selectPortfolio";
import { checkSelectionProblem } from "./validation";

const everything = (projects: number): RandomSelectionOptions => ({
  projects,
  limits: 2,
  tightness: 0.45,
  requires: Math.ceil(projects / 4),
  together: 1,
  exclusive: 2,
  forceIn: 1,
  forceOut: 1,
  countLimits: true,
  categoryShares: true,
  roles: 1,
});

describe("random instances against brute force", () => {
  const seeds = Array.from({ length: 24 }, (_, k) => 101 + k);
  it.each(seeds)("seed %i", async (seed) => {
    const n = 6 + (seed % 8); // 6..13 projects
    const problem = randomSelectionProblem(seed, seed % 3 === 0 ? { projects: n, limits: 3 } : everything(n));
    const brute = bruteForceOptimum(problem);
    const contradictions = checkSelectionProblem(problem).contradictions;
    const result = await selectPortfolio(problem);
    if (brute === null) {
      expect(result.status).toBe("infeasible");
      expect(result.conflicts.length).toBeGreaterThan(0);
      // Contradictions among forced decisions and dependencies are reported without a solve.
      if (contradictions.length > 0) expect(result.conflicts).toEqual(contradictions);
      for (const conflict of result.conflicts) {
        // The conflict alone is infeasible, and each of its constraints is needed for that.
        expect(bruteForceOptimum(restrictToConstraints(problem, conflict.constraints))).toBeNull();
        for (const id of conflict.constraints) {
          expect(bruteForceOptimum(restrictToConstraints(problem, conflict.constraints.filter((c) => c !== id)))).not.toBeNull();
        }
      }
    } else {
      expect(result.status).toBe("optimal");
      expect(result.objective).toBeCloseTo(brute.objective, 9);
      expect(selectionViolations(problem, result.selected)).toEqual([]);
    }
  });
});

describe("random instances against native CBC", () => {
  const cases: [number, RandomSelectionOptions][] = [
    [1, everything(40)],
    [2, everything(60)],
    [3, { projects: 60, limits: 3, requires: 15 }],
    [4, { projects: 120, limits: 1, correlated: true }],
    [5, { ...everything(80), forceIn: 0, forceOut: 3 }],
    [6, { projects: 40, limits: 5, exclusive: 5, together: 3, countLimits: true }],
  ];
  const itCbc = cbcAvailable() ? it : it.skip;
  itCbc.each(cases)("seed %i", async (seed, options) => {
    const problem = randomSelectionProblem(seed, options);
    const result = await selectPortfolio(problem, { timeLimitSeconds: 20 });
    const cbc = solveWithCbc(independentSelectionLp(problem), 20);
    if (cbc.status === "infeasible") {
      expect(result.status).toBe("infeasible");
      return;
    }
    expect(cbc.status).toBe("optimal");
    expect(result.status).toBe("optimal");
    expect(result.objective).toBeCloseTo(cbc.objective, 6);
    expect(selectionViolations(problem, result.selected)).toEqual([]);
  });
});
