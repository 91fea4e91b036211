/** One pool for the task pane and the PMO.* functions: the same warm workers, per-job cancel, progress. */
import { PmoCancelledError } from "../engine/errors";
import type { SelectionProblem, SolveProgress } from "../engine/selection";
import { closeSharedSolverPool, poolSolverClient, sharedSolverPool } from "./sharedSolverPool";
import { ScriptedWorker } from "./testing/scriptedWorker";

const problem: SelectionProblem = { projects: [{ id: "A", value: 1, costs: { c: 1 } }], limits: { c: 1 } };
const host = globalThis as Record<string, unknown>;
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("the page's shared solver pool", () => {
  beforeEach(() => {
    ScriptedWorker.created = [];
    host.Worker = ScriptedWorker;
    host.document = { baseURI: "https://addin.example/pmo/taskpane.html" };
  });
  afterEach(() => {
    closeSharedSolverPool();
    delete host.Worker;
    delete host.document;
  });

  it("is one pool for every caller on the page (the pane and the functions are separate bundles)", () => {
    expect(sharedSolverPool()).not.toBeNull();
    expect(sharedSolverPool()).toBe(sharedSolverPool());
  });

  it("the pane's client reuses the worker a function call left warm, relays progress, and Cancel stops only its job", async () => {
    const pool = sharedSolverPool()!;
    // A =PMO.SELECT call finishes first and leaves its worker warm.
    const call = pool.run("select", problem);
    await settle();
    const [warm] = ScriptedWorker.created;
    warm!.answer("cell");
    await expect(call).resolves.toBe("cell");

    const pane = poolSolverClient(pool);
    const progress: SolveProgress[] = [];
    const solve = pane.run("select", problem, (p) => progress.push(p));
    const other = pool.run("select", problem); // a cell recalculating at the same time
    await settle();
    expect(ScriptedWorker.created).toHaveLength(2);
    expect(warm!.received).toHaveLength(2); // the pane's job went to the warm worker
    expect(pane.running).toBe(true);
    warm!.reply({ id: warm!.received[1]!.id, type: "progress", progress: { phase: "solving", fraction: 0.5 } });
    expect(progress).toEqual([{ phase: "solving", fraction: 0.5 }]);

    pane.cancel();
    await expect(solve).rejects.toBeInstanceOf(PmoCancelledError);
    expect(warm!.terminated).toBe(true);
    expect(pane.running).toBe(false);
    const [, second] = ScriptedWorker.created;
    expect(second!.terminated).toBe(false);
    second!.answer("other cell");
    await expect(other).resolves.toBe("other cell");
  });

  it("is null where no worker can start, so callers solve in-process", () => {
    delete host.Worker;
    expect(sharedSolverPool()).toBeNull();
  });
});
