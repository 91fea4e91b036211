/**
 * Runs the solver in a Web Worker so the page (task pane and custom functions) never freezes. Cancel terminates the worker (HiGHS cannot
 * be interrupted mid-solve otherwise) and rejects the pending job with PmoCancelledError; the next job
 * starts a fresh worker.
 */
import {
  PmoCancelledError,
  PmoComputationError,
  PmoConstraintError,
  PmoError,
  PmoInputError,
  PmoMissingDataError,
  PmoPairwiseError,
  PmoSolverError,
} from "../engine/errors";
import type { SolveProgress } from "../engine/selection/types";
import type { SolverJobKind, SolverJobs, SolverRequestMessage, SolverResponseMessage } from "./protocol";

export type WorkerFactory = () => Worker;

export interface SolverClient {
  run<K extends SolverJobKind>(
    kind: K,
    request: SolverJobs[K]["request"],
    onProgress?: (progress: SolveProgress) => void,
  ): Promise<SolverJobs[K]["result"]>;
  /** Stop the running job, if any. */
  cancel(): void;
  readonly running: boolean;
}

interface Pending {
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (progress: SolveProgress) => void;
}

/** The bundle's worker and wasm sit next to taskpane.html (see webpack.config.js). */
export function defaultWorkerFactory(): Worker {
  return new Worker(new URL("solver.worker.js", document.baseURI).href);
}

export function defaultWasmUrl(): string {
  return new URL("highs.wasm", document.baseURI).href;
}

export function createSolverClient(factory: WorkerFactory = defaultWorkerFactory, wasmUrl: () => string = defaultWasmUrl): SolverClient {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const w = factory();
    w.onmessage = (event: MessageEvent<SolverResponseMessage>) => {
      const message = event.data;
      const job = pending.get(message.id);
      if (!job) return;
      if (message.type === "progress") {
        job.onProgress?.(message.progress);
        return;
      }
      pending.delete(message.id);
      if (message.type === "result") job.resolve(message.result);
      else job.reject(reviveError(message.error));
    };
    w.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      const error = new PmoSolverError(`The solver stopped unexpectedly: ${event.message || "worker error"}.`);
      for (const job of pending.values()) job.reject(error);
      pending.clear();
      w.terminate();
      if (worker === w) worker = null;
    };
    worker = w;
    return w;
  };

  return {
    get running() {
      return pending.size > 0;
    },
    run(kind, request, onProgress) {
      const id = nextId++;
      const w = ensureWorker();
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
        const message: SolverRequestMessage = { id, kind, request, wasmUrl: wasmUrl() };
        w.postMessage(message);
      });
    },
    cancel() {
      if (worker) worker.terminate();
      worker = null;
      const jobs = [...pending.values()];
      pending.clear();
      for (const job of jobs) job.reject(new PmoCancelledError("The optimisation"));
    },
  };
}

/** The engine's error classes by name: callers (e.g. the functions' Excel error values) branch on the class. */
const ENGINE_ERRORS: Readonly<Record<string, { prototype: Error }>> = {
  PmoError,
  PmoInputError,
  PmoMissingDataError,
  PmoPairwiseError,
  PmoComputationError,
  PmoConstraintError,
  PmoSolverError,
  PmoCancelledError,
};

/**
 * Errors cross the worker boundary as {name, message}: rebuild the engine's class with the message the
 * engine wrote (structured fields such as a PmoInputError's location stay behind). Anything else (a bug)
 * stays a plain Error with its name, as it would be in-process.
 */
function reviveError(error: { name: string; message: string }): Error {
  const revived = new Error(error.message);
  const engineClass = Object.prototype.hasOwnProperty.call(ENGINE_ERRORS, error.name) ? ENGINE_ERRORS[error.name] : undefined;
  if (engineClass) Object.setPrototypeOf(revived, engineClass.prototype);
  revived.name = error.name;
  return revived;
}
