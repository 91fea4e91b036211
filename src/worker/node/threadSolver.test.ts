/**
 * The CLI's worker_threads solver: real threads solving real instances. The parallel answer equals the
 * published optimum, and aborting stops every thread (the race rejects with PmoCancelledError).
 */
import { knapsackProblem, readKnapsack } from "../../../test/support/referenceKnapsack";
import { PmoCancelledError } from "../../engine/errors";
import { modelToData } from "../../engine/milp";
import { buildSelectionModel, selectPortfolio } from "../../engine/selection";
import { cbcAvailable, threadSolver } from "./threadSolver";

describe("threadSolver (worker_threads)", () => {
  it("proves the published optimum of knapPI_3_200 and mknap1-7 in two threads, split and raced", async () => {
    const solver = threadSolver({ workers: 2, solvers: ["highs"] });
    try {
      for (const file of ["knapPI_3_200_1000_1.json", "mknap1-7.json"]) {
        const instance = readKnapsack(file);
        for (const mode of ["split", "race"] as const) {
          const r = await selectPortfolio(knapsackProblem(instance), { parallel: solver, parallelMode: mode, parallelMinProjects: 0, timeLimitSeconds: 30 });
          expect(r.status).toBe("optimal");
          expect(Math.abs(r.objective - instance.optimum)).toBeLessThanOrEqual(1e-6 * instance.optimum);
        }
      }
    } finally {
      solver.close();
    }
  });

  it("aborting a race stops every thread and rejects with PmoCancelledError", async () => {
    const controller = new AbortController();
    const solver = threadSolver({ workers: 2, signal: controller.signal });
    try {
      // mknapcb1-1 takes HiGHS seconds to prove: abort while both threads are solving.
      const pending = selectPortfolio(knapsackProblem(readKnapsack("mknapcb1-1.json")), { parallel: solver, parallelMode: "race", parallelMinProjects: 0, timeLimitSeconds: 60 });
      setTimeout(() => {
        expect(solver.running).toBe(2);
        controller.abort();
      }, 1500);
      const started = Date.now();
      await expect(pending).rejects.toBeInstanceOf(PmoCancelledError);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(solver.running).toBe(0);
      // A later task on an aborted solver is refused at once.
      await expect(solver.start({ model: { sense: "max", variables: [], constraints: [] }, extraRows: [], settings: {} }).result).rejects.toBeInstanceOf(PmoCancelledError);
    } finally {
      solver.close();
    }
  });
});

describe("CBC (WebAssembly, minizinc package) in a worker thread", () => {
  const itCbc = cbcAvailable() ? it : it.skip;
  itCbc("proves published optima (OR-Library mknap1-7, Pisinger knapPI_3_200), checked by our model", async () => {
    const solver = threadSolver({ workers: 2 });
    try {
      for (const file of ["mknap1-7.json", "knapPI_3_200_1000_1.json"]) {
        const instance = readKnapsack(file);
        const { model } = buildSelectionModel(knapsackProblem(instance));
        const r = await solver.start({ model: modelToData(model), extraRows: [], settings: { solver: "cbc" }, timeLimitSeconds: 60 }).result;
        expect(r.status).toBe("optimal");
        expect(r.objective).toBe(instance.optimum);
        expect(model.maxViolation(r.values)).toBeLessThanOrEqual(1e-9);
      }
    } finally {
      solver.close();
    }
  });

  itCbc("races HiGHS on a model with several limits and keeps the proven optimum (mknap1-6, 10 limits)", async () => {
    const solver = threadSolver({ workers: 2 });
    try {
      const instance = readKnapsack("mknap1-6.json");
      const r = await selectPortfolio(knapsackProblem(instance), { parallel: solver, parallelMinProjects: 0, timeLimitSeconds: 60 });
      expect(r.status).toBe("optimal");
      expect(r.objective).toBe(instance.optimum);
    } finally {
      solver.close();
    }
  });

  itCbc("races CBC after HiGHS's head start on 50–199 projects with several limits (mknapcb1-1, 100 × 5), not below 50", async () => {
    const solver = threadSolver({ workers: 2 });
    try {
      const instance = readKnapsack("mknapcb1-1.json");
      const r = await selectPortfolio(knapsackProblem(instance), { parallel: solver, timeLimitSeconds: 120 });
      expect(r.status).toBe("optimal");
      expect(r.objective).toBe(instance.optimum);
      // HiGHS needs seconds here, so CBC starts after 1 s; either may prove first.
      expect(["CBC", "HiGHS (seed 0, presolve on)"]).toContain(r.solvedBy);
      const small = readKnapsack("mknap1-6.json");
      const s = await selectPortfolio(knapsackProblem(small), { parallel: solver, timeLimitSeconds: 60 });
      expect(s.solvedBy).toBe("HiGHS");
    } finally {
      solver.close();
    }
  }, 150_000);
});
