/**
 * Where the PMO.* optimisation functions solve. In the shared runtime page the functions run on the task
 * pane's thread, so a long HiGHS solve would freeze the pane: there each call solves in a solver Web Worker
 * of its own from the page's one pool, shared with the task pane (src/worker/sharedSolverPool.ts; at most a
 * few at once, the rest wait; finished workers stay warm for the next call), and Excel cancelling the call
 * terminates that worker. Where no worker can be started (Node, jest, a runtime without a document or whose
 * Worker constructor fails) the call solves in-process as before, checking the cancellation between
 * solver calls.
 */
import { closeSharedSolverPool, markSolverPoolUnavailable, sharedSolverPool } from "../worker/sharedSolverPool";
import { WorkerUnavailableError } from "../worker/solverPool";
import type { SolverJobKind, SolverJobs } from "../worker/protocol";
import type { Cancellation } from "./cancellation";

/** Starts a solver worker and loads HiGHS in it while the workbook is still opening, so the first call is warm. */
export function prewarmSolver(): void {
  sharedSolverPool()?.prewarm();
}

/** Solves `request` in a worker when the runtime has them, else with `inProcess` (the same engine call). */
export async function solveOffThread<K extends SolverJobKind>(
  kind: K,
  request: SolverJobs[K]["request"],
  cancellation: Cancellation,
  inProcess: () => Promise<SolverJobs[K]["result"]>,
): Promise<SolverJobs[K]["result"]> {
  const workers = sharedSolverPool();
  if (workers) {
    try {
      return await workers.run(kind, request, cancellation.signal);
    } catch (error) {
      if (!(error instanceof WorkerUnavailableError)) throw error;
      markSolverPoolUnavailable(); // it will not start next time either
    }
  }
  return inProcess();
}

/** Terminates the functions' idle solver workers now (tests; a host about to unload the page). */
export function closeIdleSolverWorkers(): void {
  closeSharedSolverPool();
}
