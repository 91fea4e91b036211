/**
 * Parallel selection in the add-in: the page orchestrates (engine/milp/parallelSolve.ts) and the shared
 * pool's warm workers each solve one strategy as a "milp" job. The page only builds the model, baselines
 * and starts (milliseconds); every solve runs in a worker, and an infeasible answer is explained by a
 * worker too. Aborting the signal cancels every strategy's job, terminating those workers.
 */
import { PmoCancelledError } from "../engine/errors";
import type { MilpSolution, ParallelMilpSolver } from "../engine/milp";
import { MAX_SELECTION_WORKERS, PARALLEL_MIN_PROJECTS, selectPortfolio, type SelectionProblem, type SelectionResult, type SolveProgress } from "../engine/selection";
import type { SolverPool } from "./solverPool";

/** The pool's workers as a ParallelMilpSolver: one "milp" job per strategy, each with its own abort. */
export function poolParallelSolver(pool: SolverPool, workers: number, signal?: AbortSignal): ParallelMilpSolver {
  return {
    workers,
    start(task) {
      const controller = new AbortController();
      const onAbort = () => controller.abort();
      signal?.addEventListener("abort", onAbort, { once: true });
      if (signal?.aborted) controller.abort();
      const result: Promise<MilpSolution> = pool.run("milp", task, controller.signal).finally(() => signal?.removeEventListener("abort", onAbort));
      return { result, cancel: () => controller.abort() };
    },
  };
}

/** Workers this page gives one selection: the browser's cores, at most MAX_SELECTION_WORKERS and the pool's size. */
export function pageWorkers(poolSize: number): number {
  const cores = typeof navigator !== "undefined" && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 1;
  return Math.max(1, Math.min(MAX_SELECTION_WORKERS, poolSize, cores));
}

/**
 * Runs a "select" job: in parallel strategies when there are two or more workers and enough projects to pay
 * for them, else as one job in one worker (today's path).
 */
export async function selectOnPool(
  pool: SolverPool,
  workers: number,
  problem: SelectionProblem,
  signal?: AbortSignal,
  onProgress?: (progress: SolveProgress) => void,
): Promise<SelectionResult> {
  if (workers < 2 || problem.projects.length < PARALLEL_MIN_PROJECTS) return pool.run("select", problem, signal, onProgress);
  if (signal?.aborted) throw new PmoCancelledError("The optimisation");
  const result = await selectPortfolio(problem, {
    parallel: poolParallelSolver(pool, workers, signal),
    explainInfeasibility: false,
    isCancelled: () => signal?.aborted === true,
    ...(onProgress ? { onProgress } : {}),
  });
  // The deletion filter behind the explanation is many solves: a worker runs it (the whole select job).
  if (result.status === "infeasible" && result.conflicts.length === 0) return pool.run("select", problem, signal, onProgress);
  return result;
}

/** The pool, with "select" jobs going through selectOnPool (the task pane and the functions share it). */
export function withParallelSelect(pool: SolverPool, workers: number): SolverPool {
  if (workers < 2) return pool;
  return {
    run(kind, request, signal, onProgress) {
      if (kind !== "select") return pool.run(kind, request, signal, onProgress);
      return selectOnPool(pool, workers, request as SelectionProblem, signal, onProgress) as ReturnType<typeof pool.run<typeof kind>>;
    },
    prewarm: () => pool.prewarm(),
    closeIdle: () => pool.closeIdle(),
  };
}
