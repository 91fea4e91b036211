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
import type { SolveProgress } from "../engine/selection";
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

/** highs.wasm compiled for this page, once; null where it cannot be (the worker then loads it by URL). */
let compiled: Promise<WebAssembly.Module | null> | null = null;

/**
 * Compiles highs.wasm once per page (streaming where the server sends application/wasm). Workers receive
 * the compiled module, so each new worker skips the 3.5 MB compile.
 */
export function compiledHighsWasm(url: string = defaultWasmUrl()): Promise<WebAssembly.Module | null> {
  if (compiled === null) {
    const bytes = () => fetch(url).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${r.status}`))));
    const streaming = typeof WebAssembly.compileStreaming === "function" ? WebAssembly.compileStreaming(fetch(url)) : Promise.reject(new Error("no streaming"));
    compiled = streaming
      .catch(() => bytes().then((b) => WebAssembly.compile(b)))
      .catch(() => null);
  }
  return compiled;
}

/**
 * @param wasmModule the compiled highs.wasm to send with a new worker's first job (see compiledHighsWasm);
 *   without it the worker fetches and compiles highs.wasm itself.
 */
export function createSolverClient(
  factory: WorkerFactory = defaultWorkerFactory,
  wasmUrl: () => string = defaultWasmUrl,
  wasmModule?: () => Promise<WebAssembly.Module | null>,
): SolverClient {
  let worker: Worker | null = null;
  /** The worker that has been sent the compiled module (its first job carried it). */
  let moduleSentTo: Worker | null = null;
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
        if (!wasmModule || moduleSentTo === w) {
          w.postMessage(message);
          return;
        }
        moduleSentTo = w;
        void wasmModule().then((module) => {
          // Cancelled while the module was compiling: the job is gone and the worker terminated.
          if (!pending.has(id) || worker !== w) return;
          w.postMessage(module ? { ...message, wasmModule: module } : message);
        });
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
