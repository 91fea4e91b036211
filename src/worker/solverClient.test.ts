/** The solver client over a scripted Worker: results, progress, errors in words, Cancel and a fresh worker. */
import { createSolverClient } from "./solverClient";
import { PmoCancelledError } from "../engine/errors";
import type { SolverRequestMessage, SolverResponseMessage } from "./protocol";
import type { SelectionProblem } from "../engine/selection/types";

class ScriptedWorker {
  static created: ScriptedWorker[] = [];
  onmessage: ((e: MessageEvent<SolverResponseMessage>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  received: SolverRequestMessage[] = [];
  terminated = false;
  constructor() {
    ScriptedWorker.created.push(this);
  }
  postMessage(message: SolverRequestMessage) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(message: SolverResponseMessage) {
    this.onmessage?.({ data: message } as MessageEvent<SolverResponseMessage>);
  }
}

const problem: SelectionProblem = { projects: [{ id: "A", value: 1, costs: { c: 1 } }], limits: { c: 1 } };

describe("solver client", () => {
  beforeEach(() => {
    ScriptedWorker.created = [];
  });
  const client = () => createSolverClient(() => new ScriptedWorker() as unknown as Worker, () => "http://localhost/highs.wasm");

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
