/**
 * Parallel strategies keep "optimal" a proof: the same optimum as one solve on published instances and on
 * brute force, a cancelled race stops every task, and an unproven half leaves the answer "feasible".
 * The workers here run in this thread (inThreadSolver) or are scripted; the worker_threads and pool
 * runners have their own tests in src/worker.
 */
import fc from "fast-check";
import { bruteForceOptimum } from "../../../test/support/bruteForceSelection";
import { randomSelectionProblem } from "../../../test/support/randomSelection";
import { selectionShapeFields } from "../../../test/support/selectionArbitrary";
import { knapsackFiles, knapsackProblem, readKnapsack } from "../../../test/support/referenceKnapsack";
import { PmoCancelledError } from "../errors";
import { selectPortfolio } from "../selection/selectPortfolio";
import { selectionViolations } from "../selection/feasibility";
import { LinearModel } from "./linearModel";
import { solveInParallel, type MilpPart, type MilpTask, type ParallelMilpSolver } from "./parallelSolve";
import { inThreadSolver } from "./runMilpTask";
import type { MilpSolution } from "./solveMilp";

const withWorkers = (workers: number): ParallelMilpSolver => ({ ...inThreadSolver(), workers });
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

describe("parallel selection on published instances (test/fixtures/reference/knapsack)", () => {
  const files = knapsackFiles().filter((f) => !/^mknapcb1-/.test(f) && !/^knapPI_\d_1000_/.test(f));
  it.each(files)("%s: split and race give the published optimum, proven", async (file) => {
    const instance = readKnapsack(file);
    const problem = knapsackProblem(instance);
    for (const [workers, mode] of [[2, "split"], [2, "race"], [4, "split"]] as const) {
      const r = await selectPortfolio(problem, { timeLimitSeconds: 20, parallel: withWorkers(workers), parallelMode: mode, parallelMinProjects: 0 });
      expect(r.status).toBe("optimal");
      expect(r.gap).toBe(0);
      expect(close(r.objective, instance.optimum)).toBe(true);
      expect(selectionViolations(problem, r.selected)).toEqual([]);
    }
  });
});

describe("parallel selection against brute force (fast-check)", () => {
  it("equals the exhaustive optimum, and infeasible means nothing is feasible", async () => {
    const arb = fc
      .record({
        ...selectionShapeFields,
        workers: fc.integer({ min: 2, max: 4 }),
        race: fc.boolean(),
      })
      .map(({ seed, workers, race, ...o }) => ({ problem: randomSelectionProblem(seed, o), workers, race }));
    await fc.assert(
      fc.asyncProperty(arb, async ({ problem, workers, race }) => {
        const r = await selectPortfolio(problem, { parallel: withWorkers(workers), parallelMode: race ? "race" : "split", parallelMinProjects: 0 });
        const exact = bruteForceOptimum(problem);
        if (exact === null) {
          expect(r.status).toBe("infeasible");
          return;
        }
        expect(r.status).toBe("optimal");
        expect(close(r.objective, exact.objective)).toBe(true);
        expect(selectionViolations(problem, r.selected)).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

/** Tasks answered by the test: each start() is recorded with a deferred result. */
function scriptedSolver(workers: number) {
  const started: { task: MilpTask; cancelled: boolean; resolve: (s: MilpSolution) => void; reject: (e: Error) => void }[] = [];
  const solver: ParallelMilpSolver = {
    workers,
    start(task) {
      let resolve!: (s: MilpSolution) => void;
      let reject!: (e: Error) => void;
      const result = new Promise<MilpSolution>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      const entry = { task, cancelled: false, resolve, reject };
      started.push(entry);
      return {
        result,
        cancel() {
          if (entry.cancelled) return;
          entry.cancelled = true;
          reject(new PmoCancelledError("The optimisation"));
        },
      };
    },
  };
  return { solver, started };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const answer = (status: MilpSolution["status"], objective: number, bound: number | null): MilpSolution => ({
  status,
  objective,
  bound,
  gap: status === "optimal" ? 0 : bound === null ? null : Math.abs(bound - objective) / objective,
  values: new Map([["x", 1]]),
  seconds: 1,
});

describe("solveInParallel", () => {
  const model = () => {
    const m = new LinearModel("max");
    const x = m.addVariable("x", "binary", { objective: 10 });
    const y = m.addVariable("y", "binary", { objective: 10 });
    m.addConstraint("c", [{ variable: x, coefficient: 1 }, { variable: y, coefficient: 1 }], { upper: 1 });
    return m;
  };
  const race: MilpPart[] = [{ name: "all", extraRows: [], strategies: [{ name: "a", settings: {} }, { name: "b", settings: { randomSeed: 1 } }] }];
  const halves: MilpPart[] = [
    { name: "low", extraRows: [], strategies: [{ name: "a", settings: {} }] },
    { name: "high", extraRows: [], strategies: [{ name: "b", settings: {} }] },
  ];

  it("the first proof wins a race and its rival is cancelled", async () => {
    const { solver, started } = scriptedSolver(2);
    const pending = solveInParallel(model(), race, solver);
    started[1]!.resolve(answer("optimal", 10, 10));
    const r = await pending;
    expect(r.status).toBe("optimal");
    expect(r.parts[0]).toMatchObject({ status: "optimal", provedBy: "b" });
    expect(started[0]!.cancelled).toBe(true);
  });

  describe("a delayed rival (startAfterSeconds)", () => {
    const delayed: MilpPart[] = [{ name: "all", extraRows: [], strategies: [{ name: "a", settings: {} }, { name: "CBC", settings: { solver: "cbc" }, startAfterSeconds: 0.05 }] }];
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    it("never starts when the first strategy proves within the delay", async () => {
      const { solver, started } = scriptedSolver(2);
      const pending = solveInParallel(model(), delayed, solver);
      expect(started).toHaveLength(1);
      started[0]!.resolve(answer("optimal", 10, 10));
      const r = await pending;
      expect(r.parts[0]).toMatchObject({ status: "optimal", provedBy: "a" });
      await sleep(80);
      expect(started).toHaveLength(1);
    });

    it("starts after the delay with the time that is left, and can win", async () => {
      const { solver, started } = scriptedSolver(2);
      const pending = solveInParallel(model(), delayed, solver, { timeLimitSeconds: 10 });
      await sleep(80);
      expect(started).toHaveLength(2);
      expect(started[1]!.task.settings.solver).toBe("cbc");
      expect(started[1]!.task.timeLimitSeconds).toBeLessThan(10);
      started[1]!.resolve(answer("optimal", 10, 10));
      const r = await pending;
      expect(r.parts[0]).toMatchObject({ status: "optimal", provedBy: "CBC" });
      expect(started[0]!.cancelled).toBe(true);
    });

    it("is never started once the surface cancelled", async () => {
      const { solver, started } = scriptedSolver(2);
      const pending = solveInParallel(model(), delayed, solver);
      started[0]!.reject(new PmoCancelledError("The optimisation"));
      await expect(pending).rejects.toBeInstanceOf(PmoCancelledError);
      await sleep(80);
      expect(started).toHaveLength(1);
    });
  });

  it("a cancelled race stops every task and rejects with PmoCancelledError", async () => {
    const { solver, started } = scriptedSolver(2);
    const pending = solveInParallel(model(), race, solver);
    await settle();
    // The surface aborted: its runner stops the task it was asked to (here the first one).
    started[0]!.reject(new PmoCancelledError("The optimisation"));
    await expect(pending).rejects.toBeInstanceOf(PmoCancelledError);
    expect(started.every((t) => t.cancelled || t === started[0])).toBe(true);
    expect(started[1]!.cancelled).toBe(true);
  });

  it("a half that timed out leaves the answer feasible, with the gap from both halves' bounds", async () => {
    const { solver, started } = scriptedSolver(2);
    const pending = solveInParallel(model(), halves, solver);
    started[0]!.resolve(answer("optimal", 10, 10));
    started[1]!.resolve(answer("feasible", 9, 12));
    const r = await pending;
    expect(r.status).toBe("feasible");
    expect(r.objective).toBe(10);
    expect(r.bound).toBe(12);
    expect(r.gap).toBeCloseTo(0.2, 12);
    expect(r.parts.map((p) => p.status)).toEqual(["optimal", "feasible"]);
  });

  it("is optimal when both halves are proven (one infeasible), with the better half's optimum", async () => {
    const { solver, started } = scriptedSolver(2);
    const pending = solveInParallel(model(), halves, solver);
    started[0]!.resolve(answer("infeasible", NaN, null));
    started[1]!.resolve(answer("optimal", 10, 10));
    const r = await pending;
    expect(r).toMatchObject({ status: "optimal", objective: 10, bound: 10, gap: 0 });
  });

  it("is optimal when one half's incumbent meets the other half's proven bound", async () => {
    const { solver, started } = scriptedSolver(2);
    const pending = solveInParallel(model(), halves, solver);
    started[0]!.resolve(answer("optimal", 10, 10));
    started[1]!.resolve(answer("feasible", 8, 10));
    expect((await pending).status).toBe("optimal");
  });

  it("a strategy whose worker failed proves nothing, and its rival's proof still stands", async () => {
    const { solver, started } = scriptedSolver(2);
    const pending = solveInParallel(model(), race, solver);
    started[1]!.reject(new Error("The solver thread stopped unexpectedly"));
    await settle();
    started[0]!.resolve(answer("optimal", 10, 10));
    expect(await pending).toMatchObject({ status: "optimal", objective: 10 });
  });

  it("a half with no answer at all bounds by the box (never optimal)", async () => {
    const { solver, started } = scriptedSolver(2);
    const pending = solveInParallel(model(), halves, solver);
    started[0]!.resolve(answer("optimal", 10, 10));
    started[1]!.resolve(answer("error", NaN, null));
    const r = await pending;
    expect(r.status).toBe("feasible");
    expect(r.bound).toBe(20);
  });
});

describe("a real half cut short by the time limit", () => {
  it("mknapcb1-1 in two halves with 0.3 s each is feasible with a finite gap, never optimal", async () => {
    const instance = readKnapsack("mknapcb1-1.json");
    const problem = knapsackProblem(instance);
    const r = await selectPortfolio(problem, { timeLimitSeconds: 0.3, parallel: withWorkers(2), parallelMinProjects: 0 });
    expect(r.status).toBe("feasible");
    expect(r.gap).toBeGreaterThan(0);
    expect(r.bound!).toBeGreaterThanOrEqual(instance.optimum - 1e-6);
    expect(r.objective).toBeLessThanOrEqual(instance.optimum + 1e-6);
  });
});
