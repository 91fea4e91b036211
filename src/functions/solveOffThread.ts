/**
 * Where the PMO.* optimisation functions solve. In the shared runtime page the functions run on the task
 * pane's thread, so a long HiGHS solve would freeze the pane: there each call solves in a solver Web Worker
 * of its own (src/worker/solverPool.ts; at most a few at once, the rest wait), and Excel cancelling the call
 * terminates that worker. Where no worker can be started (Node, jest, a runtime without a document or whose
 * Worker constructor fails) the call solves in-process as before, checking the cancellation between
 * solver calls.
 */
import { defaultWasmUrl, defaultWorkerFactory } from "../worker/solverClient";
import { createSolverPool, WorkerUnavailableError, type SolverPool } from "../worker/solverPool";
import type { SolverJobKind, SolverJobs } from "../worker/protocol";
import type { Cancellation } from "./cancellation";

/** Workers at most: enough for a few cells recalculating together without loading HiGHS a dozen times. */
const MAX_WORKERS = 4;

/** undefined = not decided yet; null = this runtime cannot start workers. */
let pool: SolverPool | null | undefined;

function workerPool(): SolverPool | null {
  if (pool === undefined) {
    const canStart = typeof Worker === "function" && typeof document !== "undefined";
    const cores = typeof navigator !== "undefined" && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
    pool = canStart
      ? createSolverPool({ size: Math.min(MAX_WORKERS, Math.max(2, cores)), factory: defaultWorkerFactory, wasmUrl: defaultWasmUrl })
      : null;
  }
  return pool;
}

/** Solves `request` in a worker when the runtime has them, else with `inProcess` (the same engine call). */
export async function solveOffThread<K extends SolverJobKind>(
  kind: K,
  request: SolverJobs[K]["request"],
  cancellation: Cancellation,
  inProcess: () => Promise<SolverJobs[K]["result"]>,
): Promise<SolverJobs[K]["result"]> {
  const workers = workerPool();
  if (workers) {
    try {
      return await workers.run(kind, request, cancellation.signal);
    } catch (error) {
      if (!(error instanceof WorkerUnavailableError)) throw error;
      workers.closeIdle();
      pool = null; // it will not start next time either
    }
  }
  return inProcess();
}

/** Terminates the functions' idle solver workers now (tests; a host about to unload the page). */
export function closeIdleSolverWorkers(): void {
  pool?.closeIdle();
}
