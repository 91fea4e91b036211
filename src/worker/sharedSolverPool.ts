/**
 * The one solver pool of the page. The task pane and the PMO.* functions run in the same shared-runtime
 * page but are separate bundles, so the pool lives on globalThis: both find the same warm workers, and
 * highs.wasm is compiled once for all of them.
 */
import { compiledHighsWasm, defaultWasmUrl, defaultWorkerFactory, type SolverClient } from "./solverClient";
import { createSolverPool, type SolverPool } from "./solverPool";
import { pageWorkers, withParallelSelect } from "./parallelSelect";

/** Workers at most: a few cells recalculating together plus the pane, without loading HiGHS a dozen times. */
const MAX_WORKERS = 4;

const KEY = Symbol.for("pmo-align.solverPool");

type Registry = { [KEY]?: SolverPool | null };

/** The page's pool, created on first use; null where no worker can start (Node, jest without a Worker). */
export function sharedSolverPool(): SolverPool | null {
  const registry = globalThis as Registry;
  if (registry[KEY] === undefined) {
    const canStart = typeof Worker === "function" && typeof document !== "undefined";
    const cores = typeof navigator !== "undefined" && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
    // Compile in the page only in a real browser page (a test double of `document` has no server to fetch from).
    const compile = typeof window !== "undefined" && typeof WebAssembly === "object";
    const size = Math.min(MAX_WORKERS, Math.max(2, cores));
    // A large selection runs its parallel strategies on this pool's workers (one core: one job, as before).
    registry[KEY] = canStart
      ? withParallelSelect(
          createSolverPool({
            size,
            factory: defaultWorkerFactory,
            wasmUrl: defaultWasmUrl,
            ...(compile ? { wasmModule: () => compiledHighsWasm() } : {}),
          }),
          pageWorkers(size),
        )
      : null;
  }
  return registry[KEY] ?? null;
}

/** This page cannot start workers after all: later calls solve in-process without trying again. */
export function markSolverPoolUnavailable(): void {
  const registry = globalThis as Registry;
  registry[KEY]?.closeIdle();
  registry[KEY] = null;
}

/** Closes the idle workers and forgets the pool (a page about to unload; tests). */
export function closeSharedSolverPool(): void {
  const registry = globalThis as Registry;
  registry[KEY]?.closeIdle();
  delete registry[KEY];
}

/**
 * The task pane's SolverClient on the shared pool: each run takes a pool worker (a warm one when free) and
 * Cancel aborts this client's running jobs, terminating their workers only.
 */
export function poolSolverClient(pool: SolverPool): SolverClient {
  const running = new Set<AbortController>();
  return {
    get running() {
      return running.size > 0;
    },
    run(kind, request, onProgress) {
      const controller = new AbortController();
      running.add(controller);
      return pool.run(kind, request, controller.signal, onProgress).finally(() => running.delete(controller));
    },
    cancel() {
      for (const controller of running) controller.abort();
      running.clear();
    },
  };
}
