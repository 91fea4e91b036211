/**
 * A small pool of solver workers shared by the task pane and the PMO.* functions (each recalculating
 * =PMO.SELECT / FRONTIER / ALLOCATE cell is its own job). Every job has a worker to itself, so cancelling
 * one (terminating its worker; HiGHS cannot be interrupted otherwise) never touches another. At most
 * `size` workers run; further jobs wait their turn. A worker that finished is kept for the next job (HiGHS
 * stays loaded and tiered up); idle ones beyond the first are closed after `idleMillis`, so one warm worker
 * always waits for the next call.
 */
import { PmoCancelledError } from "../engine/errors";
import { createSolverClient, type SolverClient, type WorkerFactory } from "./solverClient";
import type { SolverJobKind, SolverJobs } from "./protocol";
import type { SolveProgress } from "../engine/selection";

/** The page cannot start a worker at all (no Worker support, a blocked script URL): solve elsewhere. */
export class WorkerUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`A solver worker could not be started: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "WorkerUnavailableError";
  }
}

export interface SolverPoolOptions {
  readonly size: number;
  readonly factory: WorkerFactory;
  readonly wasmUrl: () => string;
  /** How long a finished worker beyond the first idle one is kept for the next job (default 30 s). */
  readonly idleMillis?: number;
  /** highs.wasm compiled once by the page, handed to each new worker (see compiledHighsWasm). */
  readonly wasmModule?: () => Promise<WebAssembly.Module | null>;
}

export interface SolverPool {
  /** Runs one job in a worker of its own; aborting `signal` terminates that worker and rejects with PmoCancelledError. */
  run<K extends SolverJobKind>(
    kind: K,
    request: SolverJobs[K]["request"],
    signal?: AbortSignal,
    onProgress?: (progress: SolveProgress) => void,
  ): Promise<SolverJobs[K]["result"]>;
  /** Starts a worker and loads HiGHS in it now, if none is idle, so the first solve finds it warm. */
  prewarm(): void;
  /** Terminates the idle workers now (running jobs are left alone). */
  closeIdle(): void;
}

interface Slot {
  readonly client: SolverClient;
  idleTimer?: ReturnType<typeof setTimeout>;
}

export function createSolverPool(options: SolverPoolOptions): SolverPool {
  const idleMillis = options.idleMillis ?? 30_000;
  const factory: WorkerFactory = () => {
    try {
      return options.factory();
    } catch (error) {
      throw new WorkerUnavailableError(error);
    }
  };
  const idle: Slot[] = [];
  const waiting: Array<(slot: Slot) => void> = [];
  let created = 0;

  const cancelled = () => new PmoCancelledError("The optimisation");

  const acquire = (signal?: AbortSignal): Promise<Slot> => {
    if (signal?.aborted) return Promise.reject(cancelled());
    const ready = idle.pop();
    if (ready) {
      clearTimeout(ready.idleTimer);
      return Promise.resolve(ready);
    }
    if (created < options.size) {
      created++;
      return Promise.resolve({ client: createSolverClient(factory, options.wasmUrl, options.wasmModule) });
    }
    return new Promise<Slot>((resolve, reject) => {
      const onAbort = () => {
        waiting.splice(waiting.indexOf(take), 1);
        reject(cancelled());
      };
      const take = (slot: Slot) => {
        signal?.removeEventListener("abort", onAbort);
        resolve(slot);
      };
      waiting.push(take);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  };

  const release = (slot: Slot) => {
    const next = waiting.shift();
    if (next) return next(slot);
    // cancel() on an idle client just terminates its worker; its next job starts a fresh one. The first
    // idle worker stays: it is the warm one the next call gets.
    if (idle.length > 0) {
      slot.idleTimer = setTimeout(() => {
        slot.client.cancel();
        idle.splice(idle.indexOf(slot), 1);
        created--;
      }, idleMillis);
    }
    idle.push(slot);
  };

  return {
    async run(kind, request, signal, onProgress) {
      const slot = await acquire(signal);
      if (signal?.aborted) {
        // Cancelled while the slot was being handed over: an abort listener added now would never fire.
        release(slot);
        throw cancelled();
      }
      const onAbort = () => slot.client.cancel();
      signal?.addEventListener("abort", onAbort, { once: true });
      try {
        return await slot.client.run(kind, request, onProgress);
      } finally {
        signal?.removeEventListener("abort", onAbort);
        // Also after WorkerUnavailableError: the slot has no worker, and each waiting job learns the same.
        release(slot);
      }
    },
    prewarm() {
      if (idle.length > 0 || created > 0) return;
      this.run("warm", null).catch(() => undefined);
    },
    closeIdle() {
      for (const slot of idle.splice(0)) {
        clearTimeout(slot.idleTimer);
        slot.client.cancel();
        created--;
      }
    },
  };
}
