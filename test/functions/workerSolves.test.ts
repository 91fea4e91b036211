/**
 * =PMO.SELECT / FRONTIER / ALLOCATE where the runtime has Web Workers (the shared runtime page): each call is
 * sent to a solver worker of its own, Excel's cancellation terminates that worker only, and a Worker that
 * cannot be constructed falls back to solving in-process. The scripted worker answers by running the same
 * engine call the real worker makes (src/worker/solver.worker.ts) on the request it was sent.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { excelErrorOfAsync } from "./customFunctionsStub";
import { efficientFrontier, selectPortfolio } from "../../src/engine/selection";
import { allocateResources } from "../../src/engine/resources";
import type { AllocationProblem } from "../../src/engine/resources/types";
import type { FrontierRequest } from "../../src/worker/protocol";
import type { SelectionProblem } from "../../src/engine/selection/types";
import { ScriptedWorker } from "../../src/worker/testing/scriptedWorker";
import type * as Selection from "../../src/functions/selection";
import type * as Resources from "../../src/functions/resources";
import type * as SolveOffThread from "../../src/functions/solveOffThread";

const reference = path.resolve(__dirname, "..", "fixtures", "reference");
const column = (xs: readonly number[]): number[][] => xs.map((x) => [x]);
// test/fixtures/reference/cases/winston-stockco.json: NPVs 16, 22, 12, 8, outflows 5, 7, 4, 3, budget 14 → 42 with [0,1,1,1]
const stockco = JSON.parse(readFileSync(path.join(reference, "cases", "winston-stockco.json"), "utf8")) as {
  values: number[];
  weights: number[][];
  capacities: number[];
  optimum: number;
  solution: number[];
};

const host = globalThis as Record<string, unknown>;
const settle = () => new Promise((resolve) => setImmediate(resolve));

let offThread: typeof SolveOffThread | undefined;

/** The function modules loaded fresh (their worker pool is decided on first use) with `Worker` as given. */
function loadFunctions(worker: unknown): { selection: typeof Selection; resources: typeof Resources } {
  host.Worker = worker;
  host.document = { baseURI: "https://addin.example/pmo/taskpane.html" };
  let modules!: { selection: typeof Selection; resources: typeof Resources };
  jest.isolateModules(() => {
    offThread = jest.requireActual<typeof SolveOffThread>("../../src/functions/solveOffThread");
    modules = {
      selection: jest.requireActual<typeof Selection>("../../src/functions/selection"),
      resources: jest.requireActual<typeof Resources>("../../src/functions/resources"),
    };
  });
  return modules;
}

/** The worker's answer to its last job, computed as solver.worker.ts computes it. */
async function answerAsTheWorkerWould(worker: ScriptedWorker): Promise<void> {
  const job = worker.received[worker.received.length - 1]!;
  if (job.kind === "select") return worker.answer(await selectPortfolio(job.request as SelectionProblem));
  if (job.kind === "frontier") {
    const req = job.request as FrontierRequest;
    return worker.answer(await efficientFrontier(req.problem, { limit: req.limit, levels: req.points, budgets: req.budgets }));
  }
  if (job.kind === "allocate") return worker.answer(await allocateResources(job.request as AllocationProblem));
  throw new Error(`unexpected job ${job.kind}`);
}

describe("optimisation functions in a runtime with Web Workers", () => {
  beforeEach(() => {
    ScriptedWorker.created = [];
  });
  afterEach(() => {
    offThread?.closeIdleSolverWorkers(); // no idle timers left behind
    delete host.Worker;
    delete host.document;
  });

  it("=PMO.SELECT solves in a solver worker beside the page and returns its optimum", async () => {
    const { selection } = loadFunctions(ScriptedWorker);
    const costs = stockco.values.map((_, i) => stockco.weights.map((row) => row[i]!));
    const pending = selection.select(column(stockco.values), costs, [stockco.capacities]);
    await settle();
    const [worker] = ScriptedWorker.created;
    expect(worker!.url).toBe("https://addin.example/pmo/solver.worker.js");
    expect(worker!.received).toHaveLength(1);
    expect(worker!.received[0]).toMatchObject({ kind: "select", wasmUrl: "https://addin.example/pmo/highs.wasm" });
    await answerAsTheWorkerWould(worker!);
    const picked = (await pending).map((r) => r[0]!);
    expect(picked).toEqual(stockco.solution);
    expect(picked.reduce((s, x, i) => s + x * stockco.values[i]!, 0)).toBe(stockco.optimum);
  });

  it("Excel cancelling one call terminates its worker only; a concurrent call still answers", async () => {
    const { selection } = loadFunctions(ScriptedWorker);
    const invocation: { onCanceled?: () => void } = {};
    const cancelled = selection.select(column([1, 2]), column([1, 1]), [[1]], undefined, undefined, invocation as CustomFunctions.CancelableInvocation);
    const other = selection.select(column([9, 5, 6, 4]), column([6, 3, 5, 2]), [[10]]);
    await settle();
    expect(ScriptedWorker.created).toHaveLength(2);
    const [first, second] = ScriptedWorker.created;

    invocation.onCanceled!();
    expect(await excelErrorOfAsync(cancelled)).toEqual({ code: "#N/A", message: "The optimisation was cancelled." });
    expect(first!.terminated).toBe(true);
    expect(second!.terminated).toBe(false);
    await answerAsTheWorkerWould(second!);
    // test/fixtures/reference/cases/hillier-california-manufacturing.json, budget only: 15 with [0,1,1,1]
    expect(await other).toEqual([[0], [1], [1], [1]]);
  });

  it("=PMO.FRONTIER sends its own budgets to the worker and lays the answer out per budget", async () => {
    const { selection } = loadFunctions(ScriptedWorker);
    const pending = selection.frontier(column([9, 5, 6, 4]), column([6, 3, 5, 2]), [[16], [5], [10]]);
    await settle();
    const [worker] = ScriptedWorker.created;
    expect((worker!.received[0]!.request as FrontierRequest).budgets).toEqual([16, 5, 10]);
    await answerAsTheWorkerWould(worker!);
    expect(await pending).toEqual([
      [16, 24, 4],
      [5, 9, 2],
      [10, 15, 3],
    ]);
  });

  it("=PMO.ALLOCATE solves in a worker: the published start-shift optimum with ±1 month", async () => {
    // test/fixtures/reference/cases/start-shift-6x6x2.json: 305 with starts moved by up to one month
    const shift = JSON.parse(readFileSync(path.join(reference, "cases", "start-shift-6x6x2.json"), "utf8")) as {
      problem: AllocationProblem;
      answers: { shift1: { value: number; selected: string[] } };
    };
    const { problem } = shift;
    const { resources } = loadFunctions(ScriptedWorker);
    const pending = resources.allocate(
      problem.projects.map((p) => [p.id, p.value, p.start, p.duration]),
      problem.projects.flatMap((p) => Object.entries(p.demand).flatMap(([role, series]) => series.map((amount, k) => [p.id, role, k, amount]))),
      Object.entries(problem.capacity).map(([role, series]) => [role, ...series]),
      1,
    );
    await settle();
    const [worker] = ScriptedWorker.created;
    expect(worker!.received[0]).toMatchObject({ kind: "allocate", request: { maxShift: 1 } });
    await answerAsTheWorkerWould(worker!);
    const starts = await pending;
    const staffed = problem.projects.filter((_, i) => starts[i]![0] !== "");
    expect(staffed.map((p) => p.id)).toEqual(shift.answers.shift1.selected);
    expect(staffed.reduce((s, p) => s + p.value, 0)).toBe(shift.answers.shift1.value);
  });

  it("keeps the engine's error classes across the worker: a solver failure is #N/A, a bad input #VALUE!", async () => {
    const { selection } = loadFunctions(ScriptedWorker);
    const failed = selection.select(column([1]), column([1]), [[1]]);
    const rejected = selection.select(column([1]), column([1]), [[1]]);
    await settle();
    const [a, b] = ScriptedWorker.created;
    a!.reply({ id: 1, type: "error", error: { name: "PmoSolverError", message: "HiGHS could not be loaded." } });
    b!.reply({ id: 1, type: "error", error: { name: "PmoInputError", message: "limits: expected a number" } });
    expect(await excelErrorOfAsync(failed)).toEqual({ code: "#N/A", message: "HiGHS could not be loaded." });
    expect(await excelErrorOfAsync(rejected)).toEqual({ code: "#VALUE!", message: "limits: expected a number" });
  });

  it("solves in-process when the Worker cannot be constructed, and does not try again", async () => {
    let attempts = 0;
    const { selection } = loadFunctions(
      class {
        constructor() {
          attempts++;
          throw new Error("Workers are blocked here");
        }
      },
    );
    // Hillier & Lieberman, budget only (test/fixtures/reference/cases/hillier-california-manufacturing.json): 15
    expect(await selection.select(column([9, 5, 6, 4]), column([6, 3, 5, 2]), [[10]])).toEqual([[0], [1], [1], [1]]);
    expect(await selection.frontier(column([9, 5, 6, 4]), column([6, 3, 5, 2]), [[10]])).toEqual([[10, 15, 3]]);
    expect(attempts).toBe(1);
  });
});
