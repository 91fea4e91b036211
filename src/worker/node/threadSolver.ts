/**
 * The CLI's workers for parallel selection (engine/milp/parallelSolve.ts): Node worker_threads, one task per
 * thread at a time. highs.wasm is compiled once here and handed to each new thread; a thread that finished
 * is kept for the next task. Cancelling a task terminates its thread; aborting the signal (or close())
 * terminates all of them.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Worker } from "worker_threads";
import { PmoCancelledError, PmoSolverError } from "../../engine/errors";
import { configureHighs, type HighsConfiguration, type MilpSolution, type ParallelMilpSolver, type SolverName } from "../../engine/milp";
import { MAX_SELECTION_WORKERS } from "../../engine/selection";
import type { ThreadRequest, ThreadResponse } from "./milpThread";

export interface ThreadSolver extends ParallelMilpSolver {
  /** Tasks solving now. */
  readonly running: number;
  /** Terminates every thread (the command is done). */
  close(): void;
}

export interface ThreadSolverOptions {
  /** Default: the machine's parallelism, at most MAX_SELECTION_WORKERS. */
  readonly workers?: number;
  /** Aborting it stops every running task. */
  readonly signal?: AbortSignal;
  /** Solvers to offer (default: HiGHS, and CBC when the `minizinc` package is installed). */
  readonly solvers?: readonly SolverName[];
}

/** CBC (WebAssembly, from the `minizinc` package) can run here. */
export function cbcAvailable(): boolean {
  try {
    require.resolve("minizinc/minizinc-worker.js");
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads HiGHS for this thread from the same compiled module the threads get, so a command that may solve
 * here (small problems, explanations) or in threads compiles highs.wasm once. Starts at once; awaits nothing.
 */
export function prepareHighs(): Promise<void> {
  return highsModule().then((module) => {
    if (module) configureHighs({ wasmModule: module });
  });
}

/** Workers this machine gives a selection solve: 1 on one core (then the CLI solves in-process). */
export function machineWorkers(): number {
  const cores = typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(MAX_SELECTION_WORKERS, cores));
}

/** Under jest/tsx the thread is TypeScript source, loaded through tsx; built, it is plain JS. */
function threadScript(solver: SolverName): { file: string; execArgv: string[] } {
  const ts = __filename.endsWith(".ts");
  const name = solver === "cbc" ? "cbcThread" : "milpThread";
  return { file: path.join(__dirname, `${name}${ts ? ".ts" : ".js"}`), execArgv: ts ? ["--require", "tsx/cjs"] : [] };
}

type WasmModule = NonNullable<HighsConfiguration["wasmModule"]>;
/** The CLI compiles with the ES library only, which does not declare Node's WebAssembly global. */
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<WasmModule> } }).WebAssembly;

let compiled: Promise<WasmModule | null> | null = null;
/** highs.wasm compiled once per process (null when it cannot be read); the threads and this thread share it. */
export function highsModule(): Promise<WasmModule | null> {
  compiled ??= fs.promises
    .readFile(require.resolve("highs/runtime"))
    .then((bytes) => wasm.compile(bytes))
    .catch(() => null);
  return compiled;
}

interface Thread {
  readonly worker: Worker;
  readonly solver: SolverName;
  moduleSent: boolean;
  tasks: number;
}

/**
 * A CBC thread is replaced after this many tasks, or after an answer without a solution: the MiniZinc
 * runtime keeps state between runs (the package itself retires its workers after 10 runs), and in a long
 * benchmark a thread that had solved a dozen models failed on the next one.
 */
const CBC_TASKS_PER_THREAD = 4;

export function threadSolver(options: ThreadSolverOptions = {}): ThreadSolver {
  const workers = Math.max(1, Math.min(MAX_SELECTION_WORKERS, options.workers ?? machineWorkers()));
  const solvers = options.solvers ?? (cbcAvailable() ? ["highs", "cbc"] : ["highs"]);
  const idle: Thread[] = [];
  const running = new Set<() => void>();
  let nextId = 1;
  const cancelled = () => new PmoCancelledError("The optimisation");

  const newThread = (solver: SolverName): Thread => {
    const { file, execArgv } = threadScript(solver);
    // CBC's thread is sent no HiGHS module: mark it sent.
    return { worker: new Worker(file, { execArgv }), solver, moduleSent: solver !== "highs", tasks: 0 };
  };
  const takeIdle = (solver: SolverName): Thread | undefined => {
    const i = idle.findIndex((t) => t.solver === solver);
    return i < 0 ? undefined : idle.splice(i, 1)[0];
  };

  options.signal?.addEventListener("abort", () => [...running].forEach((stop) => stop()), { once: true });

  return {
    workers,
    solvers,
    get running() {
      return running.size;
    },
    start(task) {
      let stop: () => void = () => undefined;
      const result = new Promise<MilpSolution>((resolve, reject) => {
        if (options.signal?.aborted) return reject(cancelled());
        const solver = task.settings.solver ?? "highs";
        if (!solvers.includes(solver)) return reject(new PmoSolverError(`No worker here runs ${solver}.`));
        const thread = takeIdle(solver) ?? newThread(solver);
        thread.worker.ref();
        const id = nextId++;
        let done = false;
        const finish = () => {
          done = true;
          running.delete(stop);
          thread.worker.off("message", onMessage);
          thread.worker.off("error", onError);
        };
        const onMessage = (message: ThreadResponse) => {
          if (message.id !== id) return;
          finish();
          thread.tasks++;
          const worn = thread.solver === "cbc" && (thread.tasks >= CBC_TASKS_PER_THREAD || !("result" in message) || message.result.status === "error");
          if (worn) void thread.worker.terminate();
          else {
            thread.worker.unref();
            idle.push(thread);
          }
          if ("result" in message) resolve(message.result);
          else reject(Object.assign(new PmoSolverError(message.error.message), { name: message.error.name }));
        };
        const onError = (error: Error) => {
          finish();
          void thread.worker.terminate();
          reject(new PmoSolverError(`The solver thread stopped unexpectedly: ${error.message}`));
        };
        stop = () => {
          if (done) return;
          finish();
          void thread.worker.terminate();
          reject(cancelled());
        };
        running.add(stop);
        thread.worker.on("message", onMessage);
        thread.worker.on("error", onError);
        const send = (wasmModule: WasmModule | null) => {
          if (done) return;
          const request: ThreadRequest = { id, task, ...(wasmModule ? { wasmModule } : {}) };
          thread.worker.postMessage(request);
        };
        if (thread.moduleSent) send(null);
        else {
          thread.moduleSent = true;
          void highsModule().then(send);
        }
      });
      return { result, cancel: () => stop() };
    },
    close() {
      [...running].forEach((stop) => stop());
      for (const thread of idle.splice(0)) void thread.worker.terminate();
    },
  };
}
