/**
 * Which strategies a parallel selection solve runs (see milp/parallelSolve.ts): a race of HiGHS settings,
 * a split by the number of selected projects, or both, sized to the workers the surface has.
 */
import type { LinearConstraint } from "../milp/linearModel";
import type { MilpPart, MilpStrategy, SolverName, StrategySettings } from "../milp/parallelSolve";

/** Most workers a selection uses: beyond 4, more HiGHS copies mostly repeat each other's work. */
export const MAX_SELECTION_WORKERS = 4;

/** Below this many projects one solve takes milliseconds and starting workers costs more than it saves. */
export const PARALLEL_MIN_PROJECTS = 200;

export type ParallelMode = "race" | "split";

export interface PlanInput {
  /** LP names of the project binaries. */
  readonly binaries: readonly string[];
  /** Settings of the single solve (selectionSolverOptions). */
  readonly base: StrategySettings;
  /** The MIP start (every variable named; 1 = selected), if any. */
  readonly start: ReadonlyMap<string, number> | null;
  readonly workers: number;
  /** "split" (default) cuts at the start's count; "race" races settings only. */
  readonly mode?: ParallelMode;
  /** Solvers the workers offer (default HiGHS only). */
  readonly solvers?: readonly SolverName[];
  /** Rows over more than half the projects (cost limits, role capacity): 2+ is where CBC wins. */
  readonly denseRows?: number;
}

/** CBC joins the race from this many dense rows (measured: it loses on one-limit knapsacks). */
export const CBC_MIN_DENSE_ROWS = 2;

/**
 * Below PARALLEL_MIN_PROJECTS, CBC still races HiGHS on models with several dense rows from this many
 * projects (OR-Library mknapcb1, 100 × 5: HiGHS 5–18 s of CPU, CBC-wasm 2.7–4 s), but only once HiGHS has
 * run CBC_DELAY_SECONDS without a proof, so models HiGHS proves at once never pay CBC's start.
 */
export const CBC_RACE_MIN_PROJECTS = 50;
export const CBC_DELAY_SECONDS = 1;

/** True when a model of this size and shape is raced against CBC (where the workers offer it). */
export function cbcRaceFits(projects: number, denseRows: number, solvers: readonly SolverName[] | undefined, workers: number): boolean {
  return workers >= 2 && (solvers ?? []).includes("cbc") && denseRows >= CBC_MIN_DENSE_ROWS && projects >= CBC_RACE_MIN_PROJECTS;
}

/**
 * The strategies, in order of preference: the tuned settings first, then the same with presolve flipped
 * and another seed (presolve is the setting whose best value changes most between families, see
 * docs/optimisation.md), then HiGHS's own heuristic effort with a third seed.
 */
export function raceSettings(base: StrategySettings, count: number): StrategySettings[] {
  const all: StrategySettings[] = [
    base,
    { ...base, presolve: !(base.presolve ?? true), randomSeed: 1 },
    { ...base, heuristicEffort: 0.05, randomSeed: 2 },
    { ...base, presolve: !(base.presolve ?? true), heuristicEffort: 0.05, randomSeed: 3 },
  ];
  return all.slice(0, Math.max(1, count));
}

function describe(s: StrategySettings): string {
  const parts = [`seed ${s.randomSeed ?? 0}`, `presolve ${s.presolve === false ? "off" : "on"}`];
  if (s.heuristicEffort !== undefined) parts.push(`heuristic effort ${s.heuristicEffort}`);
  return `HiGHS (${parts.join(", ")})`;
}

/**
 * The parts and their strategies. With a start that selects k projects the split is Σx ≤ k (where the
 * start lies, so it seeds that half) and Σx ≥ k + 1; the halves cover every selection, so the better of
 * their proven optima is the optimum.
 */
export function selectionParts(input: PlanInput): MilpPart[] {
  const workers = Math.max(1, Math.min(MAX_SELECTION_WORKERS, Math.floor(input.workers)));
  const start = input.start;
  const k = start === null ? null : input.binaries.filter((b) => (start.get(b) ?? 0) > 0.5).length;
  const strategy = (settings: StrategySettings, withStart: boolean): MilpStrategy => ({
    name: describe(settings),
    settings,
    ...(withStart && start ? { initialSolution: start } : {}),
  });
  if (cbcRaceFits(input.binaries.length, input.denseRows ?? 0, input.solvers, workers)) {
    // On several cost limits CBC proved 2–3× faster than HiGHS (docs/optimisation.md): race the two.
    const small = input.binaries.length < PARALLEL_MIN_PROJECTS;
    const cbc: MilpStrategy = { name: "CBC", settings: { solver: "cbc" }, ...(small ? { startAfterSeconds: CBC_DELAY_SECONDS } : {}) };
    // A small model gets HiGHS and CBC only: more HiGHS copies would start at once and cost on easy models.
    const highs = raceSettings(input.base, small ? 1 : workers - 1).map((s) => strategy(s, true));
    return [{ name: "all", extraRows: [], strategies: [highs[0]!, cbc, ...highs.slice(1)] }];
  }
  const split = (input.mode ?? "split") === "split" && workers >= 2 && k !== null && k < input.binaries.length;
  if (!split) {
    return [{ name: "all", extraRows: [], strategies: raceSettings(input.base, workers).map((s) => strategy(s, true)) }];
  }
  const terms = input.binaries.map((variable) => ({ variable, coefficient: 1 }));
  const row = (name: string, bounds: { lower: number; upper: number }): LinearConstraint => ({ name, terms, ...bounds });
  // Workers beyond two race settings inside each half, the half holding the start first.
  const perHalf = [Math.ceil(workers / 2), Math.floor(workers / 2)];
  return [
    {
      name: `at most ${k} selected`,
      extraRows: [row("split_count_le", { lower: -Infinity, upper: k! })],
      strategies: raceSettings(input.base, perHalf[0]!).map((s) => strategy(s, true)),
    },
    {
      name: `at least ${k! + 1} selected`,
      extraRows: [row("split_count_ge", { lower: k! + 1, upper: Infinity })],
      strategies: raceSettings(input.base, perHalf[1]!).map((s) => strategy(s, false)),
    },
  ];
}
