/**
 * Parallel selection on the add-in's pool (scripted Web Workers whose "milp" jobs the test solves with the
 * real engine): the page orchestrates, each strategy is a job on its own warm worker, the answer is the
 * published optimum, and aborting terminates every strategy's worker.
 */
import { knapsackProblem, readKnapsack } from "../../test/support/referenceKnapsack";
import { PmoCancelledError } from "../engine/errors";
import { runMilpTask, type MilpTask } from "../engine/milp";
import { selectOnPool, withParallelSelect } from "./parallelSelect";
import { createSolverPool } from "./solverPool";
import { ScriptedWorker, scriptedWorkerFactory } from "./testing/scriptedWorker";

const wasmUrl = () => "http://localhost/highs.wasm";
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** Solves every "milp" job the scripted workers were sent and not yet answered, as solver.worker.ts would. */
async function answerMilpJobs(answered: Set<object>): Promise<number> {
  let count = 0;
  for (const worker of ScriptedWorker.created) {
    for (const message of worker.received) {
      if (message.kind !== "milp" || answered.has(message) || worker.terminated) continue;
      answered.add(message);
      count++;
      const result = await runMilpTask(message.request as MilpTask);
      worker.reply({ id: message.id, type: "result", result });
    }
  }
  return count;
}

describe("parallel selection on the page's solver pool", () => {
  beforeEach(() => {
    ScriptedWorker.created = [];
  });

  it("knapPI_1_200: two strategies as milp jobs on two workers, the published optimum, proven", async () => {
    const instance = readKnapsack("knapPI_1_200_1000_1.json");
    const pool = createSolverPool({ size: 2, factory: scriptedWorkerFactory, wasmUrl, idleMillis: 0 });
    const pending = selectOnPool(pool, 2, knapsackProblem(instance));
    const answered = new Set<object>();
    for (let i = 0; i < 50 && answered.size < 2; i++) {
      await settle();
      await answerMilpJobs(answered);
    }
    const result = await pending;
    expect(ScriptedWorker.created).toHaveLength(2);
    expect(ScriptedWorker.created.map((w) => w.received[0]!.kind)).toEqual(["milp", "milp"]);
    expect(result.status).toBe("optimal");
    expect(result.objective).toBe(instance.optimum);
  });

  it("aborting terminates every strategy's worker and rejects with PmoCancelledError", async () => {
    const pool = createSolverPool({ size: 2, factory: scriptedWorkerFactory, wasmUrl, idleMillis: 0 });
    const controller = new AbortController();
    const pending = selectOnPool(pool, 2, knapsackProblem(readKnapsack("knapPI_1_200_1000_1.json")), controller.signal);
    for (let i = 0; i < 10 && ScriptedWorker.created.length < 2; i++) await settle();
    expect(ScriptedWorker.created).toHaveLength(2);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(PmoCancelledError);
    expect(ScriptedWorker.created.every((w) => w.terminated)).toBe(true);
  });

  it("small problems and one-worker pools keep today's single select job", async () => {
    const pool = withParallelSelect(createSolverPool({ size: 2, factory: scriptedWorkerFactory, wasmUrl, idleMillis: 0 }), 2);
    const small = pool.run("select", knapsackProblem(readKnapsack("mknap1-1.json")));
    await settle();
    expect(ScriptedWorker.created).toHaveLength(1);
    expect(ScriptedWorker.created[0]!.received[0]!.kind).toBe("select");
    ScriptedWorker.created[0]!.answer("single");
    await expect(small).resolves.toBe("single");
    const one = createSolverPool({ size: 2, factory: scriptedWorkerFactory, wasmUrl, idleMillis: 0 });
    expect(withParallelSelect(one, 1)).toBe(one);
  });
});
