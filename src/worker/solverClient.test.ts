/** The solver client over a scripted Worker: results, progress, errors in words, Cancel and a fresh worker. */
import { createSolverClient } from "./solverClient";
import { PmoCancelledError, PmoError, PmoInputError, PmoSolverError } from "../engine/errors";
import { ScriptedWorker, scriptedWorkerFactory } from "./testing/scriptedWorker";
import type { SelectionProblem } from "../engine/selection";

const problem: SelectionProblem = { projects: [{ id: "A", value: 1, costs: { c: 1 } }], limits: { c: 1 } };

describe("solver client", () => {
  beforeEach(() => {
    ScriptedWorker.created = [];
  });
  const client = () => createSolverClient(scriptedWorkerFactory, () => "http://localhost/highs.wasm");

  it("posts the job with the wasm URL, relays progress and resolves with the result", async () => {
    const solver = client();
    const progress: string[] = [];
    const pending = solver.run("select", problem, (p) => progress.push(p.phase));
    const worker = ScriptedWorker.created[0];
    expect(worker.received[0]).toEqual({ id: 1, kind: "select", request: problem, wasmUrl: "http://localhost/highs.wasm" });
    expect(solver.running).toBe(true);
    worker.reply({ id: 1, type: "progress", progress: { phase: "solving", fraction: 0.5 } });
    worker.reply({ id: 1, type: "result", result: { status: "optimal" } });
    await expect(pending).resolves.toEqual({ status: "optimal" });
    expect(progress).toEqual(["solving"]);
    expect(solver.running).toBe(false);
  });

  it("rejects with the engine's message when the job fails", async () => {
    const solver = client();
    const pending = solver.run("select", problem);
    ScriptedWorker.created[0].reply({ id: 1, type: "error", error: { name: "PmoInputError", message: "table Limits, row 2: expected an amount" } });
    await expect(pending).rejects.toThrow("table Limits, row 2: expected an amount");
  });

  it("rebuilds the engine's error class, so callers can tell a bad input from a solver failure", async () => {
    const solver = client();
    const input = solver.run("select", problem);
    const failed = solver.run("select", problem);
    const bug = solver.run("select", problem);
    const worker = ScriptedWorker.created[0];
    worker.reply({ id: 1, type: "error", error: { name: "PmoInputError", message: "table Limits, row 2: expected an amount" } });
    worker.reply({ id: 2, type: "error", error: { name: "PmoSolverError", message: "HiGHS could not be loaded." } });
    worker.reply({ id: 3, type: "error", error: { name: "TypeError", message: "x is undefined" } });
    const [a, b, c] = await Promise.all([input, failed, bug].map((p) => p.catch((e: unknown) => e as Error)));
    expect(a).toBeInstanceOf(PmoInputError);
    expect(a).toMatchObject({ name: "PmoInputError", message: "table Limits, row 2: expected an amount" });
    expect(b).toBeInstanceOf(PmoSolverError);
    expect(b).not.toBeInstanceOf(PmoInputError);
    expect(c).toBeInstanceOf(Error);
    expect(c).not.toBeInstanceOf(PmoError);
    expect(c).toMatchObject({ name: "TypeError", message: "x is undefined" });
  });

  it("Cancel terminates the worker, rejects with PmoCancelledError, and the next job gets a fresh worker", async () => {
    const solver = client();
    const pending = solver.run("frontier", { problem, limit: "c" });
    solver.cancel();
    await expect(pending).rejects.toBeInstanceOf(PmoCancelledError);
    expect(ScriptedWorker.created[0].terminated).toBe(true);
    const next = solver.run("select", problem);
    expect(ScriptedWorker.created).toHaveLength(2);
    ScriptedWorker.created[1].reply({ id: 2, type: "result", result: 42 });
    await expect(next).resolves.toBe(42);
  });

  it("a crashed worker fails the pending job in words and is replaced next time", async () => {
    const solver = client();
    const pending = solver.run("select", problem);
    ScriptedWorker.created[0].onerror?.({ message: "out of memory", preventDefault() {} } as ErrorEvent);
    await expect(pending).rejects.toThrow("The solver stopped unexpectedly: out of memory.");
    void solver.run("select", problem);
    expect(ScriptedWorker.created).toHaveLength(2);
  });
});
