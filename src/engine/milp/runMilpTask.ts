/** What a worker does with a MilpTask: rebuild the model with its part's rows and solve it with HiGHS. */
import { PmoSolverError } from "../errors";
import { modelFromData } from "./modelData";
import type { MilpTask, ParallelMilpSolver } from "./parallelSolve";
import { solveMilp, type MilpSolution } from "./solveMilp";

export function runMilpTask(task: MilpTask, isCancelled?: () => boolean): Promise<MilpSolution> {
  if ((task.settings.solver ?? "highs") !== "highs") return Promise.reject(new PmoSolverError(`This worker runs HiGHS, not ${task.settings.solver}.`));
  const { solver: _solver, ...settings } = task.settings;
  const model = modelFromData(task.model, task.extraRows);
  return solveMilp(model, {
    ...settings,
    ...(task.timeLimitSeconds !== undefined ? { timeLimitSeconds: task.timeLimitSeconds } : {}),
    ...(task.initialSolution ? { initialSolution: task.initialSolution } : {}),
    ...(isCancelled ? { isCancelled } : {}),
  });
}

/** Runs tasks one after another in this thread: the solver a machine with one core (or a test) gets. */
export function inThreadSolver(): ParallelMilpSolver {
  return {
    workers: 1,
    start(task) {
      let cancelled = false;
      return { result: runMilpTask(task, () => cancelled), cancel: () => void (cancelled = true) };
    },
  };
}
