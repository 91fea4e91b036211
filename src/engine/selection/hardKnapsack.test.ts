/**
 * The OR-Library mknapcb1 instances (test/fixtures/reference/knapsack/mknapcb1-1..3.json, Chu & Beasley
 * 1998: 100 items × 5 limits) take HiGHS (WebAssembly, one thread) 5–15 s of CPU each to prove. To keep
 * the suite fast each gets a short time limit: a proven answer must equal the published optimum; a
 * time-limited answer must be labelled "feasible" and bracket the published optimum:
 * objective ≤ optimum ≤ bound. PMO_SLOW_TESTS=1 gives each 120 s and requires the proven optimum.
 */
import { knapsackFiles, knapsackProblem, readKnapsack } from "../../../test/support/referenceKnapsack";
import { selectionViolations } from "./feasibility";
import { selectPortfolio } from "./selectPortfolio";

const SLOW = process.env.PMO_SLOW_TESTS === "1";
const LIMIT_SECONDS = SLOW ? 120 : 3;

describe("hard published instances (test/fixtures/reference/knapsack/mknapcb1-*)", () => {
  it.each(knapsackFiles().filter((f) => f.startsWith("mknapcb1-")))(
    "%s",
    async (file) => {
      const instance = readKnapsack(file);
      const problem = knapsackProblem(instance);
      const result = await selectPortfolio(problem, { timeLimitSeconds: LIMIT_SECONDS });
      expect(selectionViolations(problem, result.selected)).toEqual([]);
      const tol = 1e-6 * instance.optimum;
      if (SLOW) expect(result.status).toBe("optimal");
      if (result.status === "optimal") {
        expect(Math.abs(result.objective - instance.optimum)).toBeLessThanOrEqual(tol);
      } else {
        expect(result.status).toBe("feasible");
        expect(result.objective).toBeLessThanOrEqual(instance.optimum + tol);
        expect(result.bound!).toBeGreaterThanOrEqual(instance.optimum - tol);
        expect(result.gap!).toBeGreaterThan(0);
        expect(result.gap!).toBeCloseTo((result.bound! - result.objective) / result.objective, 9);
        // Within 1% of the published optimum after 3 s.
        expect(result.objective).toBeGreaterThanOrEqual(0.99 * instance.optimum);
      }
    },
    (LIMIT_SECONDS + 60) * 1000,
  );
});
