/**
 * Solves one model with complementary strategies in parallel workers and keeps every "optimal" a proof.
 *
 * The model is cut into parts whose feasible sets together cover the model's (a plain race has one part;
 * a split by the number of selected projects has two: Σx ≤ k and Σx ≥ k + 1). Each part is raced by one or
 * more strategies (HiGHS settings and seeds): the first task to prove its part (optimal or infeasible) wins
 * it and its rivals are cancelled. The model is proven optimal only when every part is proven (the best of
 * the parts' optima), or when the best incumbent meets the best bound any task proved. A part left
 * unproven by the time limit leaves the answer "feasible", with the gap from every part's proven bound.
 *
 * Pure: the workers are behind `ParallelMilpSolver` (worker_threads in the CLI, the page's solver pool in
 * the add-in), so this file only decides what to run and how to combine the answers.
 */
import { PmoCancelledError } from "../errors";
import type { LinearConstraint, LinearModel } from "./linearModel";
import { modelToData, type LinearModelData } from "./modelData";
import { boxBound, OPTIMALITY_GAP, relativeGap, type MilpSolution, type MilpStatus } from "./solveMilp";

export type SolverName = "highs" | "cbc";

/** Solver and HiGHS settings of one strategy (plain data: it crosses to a worker). */
export interface StrategySettings {
  /** Which solver runs it (default HiGHS); "cbc" only where the surface's solver lists it in `solvers`. */
  readonly solver?: SolverName;
  readonly randomSeed?: number;
  readonly heuristicEffort?: number;
  readonly presolve?: boolean;
  readonly allowRestart?: boolean;
}

export interface MilpStrategy {
  /** In words, for reports: "seed 1, presolve off". */
  readonly name: string;
  readonly settings: StrategySettings;
  /** A MIP start for this strategy (it must satisfy the part's rows to help). */
  readonly initialSolution?: ReadonlyMap<string, number>;
  /**
   * Start only if the part is still unproven this many seconds in (default 0: at once). A costly rival
   * (CBC's 18 MB of WebAssembly) then costs nothing on models the first strategy proves quickly.
   */
  readonly startAfterSeconds?: number;
}

export interface MilpPart {
  /** In words: "all", "at most 12 selected", "at least 13 selected". */
  readonly name: string;
  /** Rows added to the model for this part. */
  readonly extraRows: readonly LinearConstraint[];
  /** Raced against each other on this part; at least one. */
  readonly strategies: readonly MilpStrategy[];
}

/** One solve a worker runs: the model, its part's rows and one strategy. Plain data. */
export interface MilpTask {
  readonly model: LinearModelData;
  readonly extraRows: readonly LinearConstraint[];
  readonly settings: StrategySettings;
  readonly timeLimitSeconds?: number;
  readonly initialSolution?: ReadonlyMap<string, number>;
}

export interface StrategyRun {
  /** The task's answer; rejects with PmoCancelledError once cancelled. */
  readonly result: Promise<MilpSolution>;
  /** Stops this task (terminates its worker if it is still solving). */
  cancel(): void;
}

/** The workers: the CLI's worker_threads or the add-in's pool. */
export interface ParallelMilpSolver {
  /** How many tasks can run at once (the plan is sized to this). */
  readonly workers: number;
  /** Solvers its workers can run (default HiGHS only). */
  readonly solvers?: readonly SolverName[];
  start(task: MilpTask): StrategyRun;
}

export interface PartOutcome {
  readonly name: string;
  readonly status: "optimal" | "infeasible" | "feasible" | "unsolved";
  /** The strategy that proved the part, or null. */
  readonly provedBy: string | null;
  readonly objective: number;
  readonly bound: number;
}

export interface ParallelSolution extends MilpSolution {
  readonly parts: readonly PartOutcome[];
}

export interface ParallelOptions {
  readonly timeLimitSeconds?: number;
  /** Checked whenever a task ends; the surface's runner stops its workers on cancel itself. */
  readonly isCancelled?: () => boolean;
}

/**
 * Timers exist in every host the engine runs in (Node, browsers, Web Workers) but not in the ES library the
 * engine is type-checked against (no DOM, no Node types), so they are typed here.
 */
const timers = globalThis as unknown as {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};

interface TaskState {
  readonly part: number;
  readonly strategy: MilpStrategy;
  /** Null until a delayed strategy starts (and for one never started). */
  run: StrategyRun | null;
  /** Ends a delayed strategy's wait early (its part was proven, or everything is cancelled). */
  endWait: (() => void) | null;
  solution: MilpSolution | null;
  /** Cancelled (or never started) by us because a rival proved the part first. */
  superseded: boolean;
}

/**
 * Runs every part × strategy at once and combines the answers (see the file comment).
 * @throws PmoCancelledError when the surface cancelled (all tasks are then cancelled).
 */
export async function solveInParallel(
  model: LinearModel,
  parts: readonly MilpPart[],
  solver: ParallelMilpSolver,
  options: ParallelOptions = {},
): Promise<ParallelSolution> {
  if (parts.length === 0 || parts.some((p) => p.strategies.length === 0)) throw new RangeError("Every part needs at least one strategy.");
  if (options.isCancelled?.()) throw new PmoCancelledError("The optimisation");
  const started = Date.now();
  const data = modelToData(model);
  const max = model.sense === "max";
  const better = (a: number, b: number) => (max ? a > b : a < b);
  const tasks: TaskState[] = [];
  const launch = (task: TaskState, elapsed: number): Promise<MilpSolution> => {
    const limit = options.timeLimitSeconds === undefined ? undefined : Math.max(0, options.timeLimitSeconds - elapsed);
    const run = solver.start({
      model: data,
      extraRows: parts[task.part]!.extraRows,
      settings: task.strategy.settings,
      ...(limit !== undefined ? { timeLimitSeconds: limit } : {}),
      ...(task.strategy.initialSolution ? { initialSolution: task.strategy.initialSolution } : {}),
    });
    task.run = run;
    return run.result;
  };
  for (const [part, p] of parts.entries()) {
    for (const strategy of p.strategies) tasks.push({ part, strategy, run: null, endWait: null, solution: null, superseded: false });
  }
  const proved = (s: MilpSolution | null) => s !== null && (s.status === "optimal" || s.status === "infeasible");
  const partProof = (part: number) => tasks.find((t) => t.part === part && proved(t.solution)) ?? null;
  const stop = (t: TaskState) => {
    t.run?.cancel();
    t.endWait?.();
  };
  const cancelAll = () => tasks.forEach(stop);
  // Delayed strategies wait here; the wait ends early when stop() is called on them.
  const wait = (task: TaskState, seconds: number) =>
    new Promise<void>((resolve) => {
      const timer = timers.setTimeout(resolve, seconds * 1000);
      task.endWait = () => {
        timers.clearTimeout(timer);
        resolve();
      };
    });
  let failed = false;

  try {
    await Promise.all(
      tasks.map(async (task) => {
        const delay = Math.min(task.strategy.startAfterSeconds ?? 0, options.timeLimitSeconds ?? Infinity);
        if (delay > 0) {
          await wait(task, delay);
          task.endWait = null;
          const timeLeft = options.timeLimitSeconds === undefined || (Date.now() - started) / 1000 < options.timeLimitSeconds;
          if (task.superseded || failed || !timeLeft || partProof(task.part)) {
            task.superseded = true;
            return;
          }
        }
        try {
          task.solution = await launch(task, (Date.now() - started) / 1000);
        } catch (e) {
          if (task.superseded) return;
          if (e instanceof PmoCancelledError) throw e;
          // A strategy that failed (a solver that could not load, a crashed worker) proves nothing; the
          // others still can.
          task.solution = { status: "error", objective: NaN, bound: null, gap: null, values: new Map(), seconds: 0, message: e instanceof Error ? e.message : String(e) };
          return;
        }
        if (options.isCancelled?.()) throw new PmoCancelledError("The optimisation");
        if (proved(task.solution)) {
          for (const rival of tasks) {
            if (rival.part === task.part && rival !== task && rival.solution === null) {
              rival.superseded = true;
              stop(rival);
            }
          }
        }
      }),
    );
  } catch (e) {
    failed = true;
    cancelAll();
    throw e;
  }

  // Combine: the best incumbent from any task (each part only restricts the model, so it is feasible),
  // and per part its proof or the tightest bound any of its tasks proved.
  let best: MilpSolution | null = null;
  for (const t of tasks) {
    const s = t.solution;
    if (s && (s.status === "optimal" || s.status === "feasible") && (best === null || better(s.objective, best.objective))) best = s;
  }
  const worst = max ? -Infinity : Infinity;
  const outcomes: PartOutcome[] = parts.map((p, i) => {
    const proof = partProof(i);
    if (proof) {
      const s = proof.solution!;
      return s.status === "infeasible"
        ? { name: p.name, status: "infeasible", provedBy: proof.strategy.name, objective: NaN, bound: worst }
        : { name: p.name, status: "optimal", provedBy: proof.strategy.name, objective: s.objective, bound: s.objective };
    }
    let bound = boxBound(model);
    let objective = NaN;
    for (const t of tasks.filter((x) => x.part === i)) {
      const s = t.solution;
      if (!s || (s.status !== "feasible" && s.status !== "optimal")) continue;
      if (s.bound !== null && Number.isFinite(s.bound) && better(bound, s.bound)) bound = s.bound;
      if (Number.isNaN(objective) || better(s.objective, objective)) objective = s.objective;
    }
    return { name: p.name, status: Number.isNaN(objective) ? "unsolved" : "feasible", provedBy: null, objective, bound };
  });

  const seconds = (Date.now() - started) / 1000;
  if (outcomes.every((o) => o.status === "infeasible")) {
    return { status: "infeasible", objective: NaN, bound: null, gap: null, values: new Map(), seconds, parts: outcomes };
  }
  if (best === null) {
    return { status: "error", objective: NaN, bound: null, gap: null, values: new Map(), seconds, parts: outcomes, message: "No task found a feasible solution within the time limit." };
  }
  let bound = worst;
  for (const o of outcomes) if (better(o.bound, bound)) bound = o.bound;
  if (better(best.objective, bound)) bound = best.objective;
  const allProven = outcomes.every((o) => o.status === "optimal" || o.status === "infeasible");
  const gap = relativeGap(best.objective, bound);
  // Every bound above was proven by HiGHS on its part, so an incumbent that meets the best of them is optimal.
  const status: MilpStatus = allProven || gap <= OPTIMALITY_GAP ? "optimal" : "feasible";
  return {
    status,
    objective: best.objective,
    bound: status === "optimal" ? best.objective : bound,
    gap: status === "optimal" ? 0 : gap,
    values: best.values,
    seconds,
    parts: outcomes,
    ...(status === "optimal" ? {} : { message: "The time limit was reached; the answer is the best found, with its proven gap." }),
  };
}
