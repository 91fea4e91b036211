/** The solver pool over scripted Workers: a worker per job, per-job cancellation, the cap, idle workers, no Worker. */
import { PmoCancelledError } from "../engine/errors";
import type { SelectionProblem } from "../engine/selection";
import { createSolverPool, WorkerUnavailableError } from "./solverPool";
import { ScriptedWorker, scriptedWorkerFactory } from "./testing/scriptedWorker";

const problem: SelectionProblem = { projects: [{ id: "A", value: 1, costs: { c: 1 } }], limits: { c: 1 } };
const wasmUrl = () => "http://localhost/highs.wasm";
/** Lets the pool's awaits settle (a queued job starts a microtask after the job before it ends). */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("solver pool", () => {
  beforeEach(() => {
    ScriptedWorker.created = [];
  });

  it("runs concurrent jobs in workers of their own; cancelling one leaves the other running", async () => {
    const pool = createSolverPool({ size: 4, factory: scriptedWorkerFactory, wasmUrl, idleMillis: 0 });
    const first = new AbortController();
    const a = pool.run("select", problem, first.signal);
    const b = pool.run("select", problem, new AbortController().signal);
    await settle();
    expect(ScriptedWorker.created).toHaveLength(2);
    const [workerA, workerB] = ScriptedWorker.created;
    expect(workerA!.received).toHaveLength(1);
    expect(workerB!.received).toHaveLength(1);

    first.abort();
    await expect(a).rejects.toBeInstanceOf(PmoCancelledError);
    expect(workerA!.terminated).toBe(true);
    expect(workerB!.terminated).toBe(false);
    workerB!.answer({ status: "optimal", selected: ["A"] });
    await expect(b).resolves.toEqual({ status: "optimal", selected: ["A"] });
  });

  it("a job cancelled right after it was asked for is never sent, even when a worker is free", async () => {
    const pool = createSolverPool({ size: 1, factory: scriptedWorkerFactory, wasmUrl, idleMillis: 0 });
    const warm = pool.run("select", problem);
    await settle();
    ScriptedWorker.created[0]!.answer("warm");
    await warm;
    const controller = new AbortController();
    const job = pool.run("select", problem, controller.signal);
    controller.abort();
    await expect(job).rejects.toBeInstanceOf(PmoCancelledError);
    expect(ScriptedWorker.created[0]!.received).toHaveLength(1);
    const next = pool.run("select", problem);
    await settle();
    ScriptedWorker.created[0]!.answer("next");
    await expect(next).resolves.toBe("next");
  });

  it("starts at most `size` workers; a queued job takes the first free worker, and one aborted while queued is never sent", async () => {
    const pool = createSolverPool({ size: 1, factory: scriptedWorkerFactory, wasmUrl, idleMillis: 0 });
    const a = pool.run("select", problem);
    const queued = new AbortController();
    const b = pool.run("frontier", { problem, limit: "c", budgets: [1] }, queued.signal);
    const c = pool.run("allocate", { months: ["m"], capacity: {}, projects: [] });
    await settle();
    expect(ScriptedWorker.created).toHaveLength(1);
    const worker = ScriptedWorker.created[0]!;
    expect(worker.received.map((m) => m.kind)).toEqual(["select"]);

    queued.abort();
    await expect(b).rejects.toBeInstanceOf(PmoCancelledError);
    worker.answer("a");
    await expect(a).resolves.toBe("a");
    await settle();
    expect(worker.received.map((m) => m.kind)).toEqual(["select", "allocate"]);
    worker.answer("c");
    await expect(c).resolves.toBe("c");
    expect(ScriptedWorker.created).toHaveLength(1);
    expect(worker.terminated).toBe(false); // handed from job to job, never idle
  });

  it("keeps one finished worker warm for the next call; idle workers beyond it close after idleMillis", async () => {
    jest.useFakeTimers();
    try {
      const pool = createSolverPool({ size: 2, factory: scriptedWorkerFactory, wasmUrl, idleMillis: 1000 });
      const a = pool.run("select", problem);
      const b = pool.run("select", problem);
      await Promise.resolve();
      const [first, second] = ScriptedWorker.created;
      first!.answer(1);
      second!.answer(2);
      await expect(Promise.all([a, b])).resolves.toEqual([1, 2]);
      jest.advanceTimersByTime(1000);
      expect([first!.terminated, second!.terminated]).toEqual([false, true]);
      jest.advanceTimersByTime(60_000);
      expect(first!.terminated).toBe(false);

      // The next calls reuse the warm worker: no new worker, no reload of HiGHS.
      for (const answer of [3, 4]) {
        const next = pool.run("select", problem);
        await Promise.resolve();
        first!.answer(answer);
        await expect(next).resolves.toBe(answer);
      }
      expect(ScriptedWorker.created).toHaveLength(2);
      expect(first!.received.map((m) => m.id)).toEqual([1, 2, 3]);
      pool.closeIdle();
      expect(first!.terminated).toBe(true);
      expect(jest.getTimerCount()).toBe(0);
    } finally {
      jest.useRealTimers();
    }
  });

  it("hands highs.wasm compiled once to each new worker with its first job only, and prewarms one worker", async () => {
    const module = { compiled: "highs.wasm" } as unknown as WebAssembly.Module;
    const compile = jest.fn(async () => module);
    const pool = createSolverPool({ size: 2, factory: scriptedWorkerFactory, wasmUrl, idleMillis: 0, wasmModule: compile });
    pool.prewarm();
    pool.prewarm(); // one warm worker is enough
    await settle();
    const [warm] = ScriptedWorker.created;
    expect(ScriptedWorker.created).toHaveLength(1);
    expect(warm!.received).toEqual([expect.objectContaining({ kind: "warm", wasmModule: module })]);
    warm!.answer(null);
    await settle();

    const a = pool.run("select", problem);
    const b = pool.run("select", problem);
    await settle();
    const fresh = ScriptedWorker.created[1]!;
    expect(warm!.received[1]).not.toHaveProperty("wasmModule"); // already has HiGHS
    expect(fresh.received[0]).toMatchObject({ kind: "select", wasmModule: module });
    warm!.answer("a");
    fresh.answer("b");
    await expect(Promise.all([a, b])).resolves.toEqual(["a", "b"]);
    pool.closeIdle();
  });

  it("a job cancelled while the module compiles is never sent, and its worker is terminated", async () => {
    let compiled!: (m: WebAssembly.Module) => void;
    const pool = createSolverPool({
      size: 1,
      factory: scriptedWorkerFactory,
      wasmUrl,
      idleMillis: 0,
      wasmModule: () => new Promise<WebAssembly.Module>((resolve) => (compiled = resolve)),
    });
    const abort = new AbortController();
    const job = pool.run("select", problem, abort.signal);
    await settle();
    abort.abort();
    await expect(job).rejects.toBeInstanceOf(PmoCancelledError);
    compiled({} as WebAssembly.Module);
    await settle();
    expect(ScriptedWorker.created[0]!.received).toEqual([]);
    expect(ScriptedWorker.created[0]!.terminated).toBe(true);
  });

  it("reports a Worker that cannot be constructed as WorkerUnavailableError, for every job", async () => {
    const pool = createSolverPool({
      size: 1,
      factory: () => {
        throw new Error("Worker is not defined");
      },
      wasmUrl,
      idleMillis: 0,
    });
    const jobs = [pool.run("select", problem), pool.run("select", problem)];
    for (const job of jobs) await expect(job).rejects.toThrow(WorkerUnavailableError);
    await expect(jobs[0]).rejects.toThrow("A solver worker could not be started: Worker is not defined");
  });
});
