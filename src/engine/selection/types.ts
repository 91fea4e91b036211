/**
 * Portfolio selection problem and result. The JSON shapes are the CLI's documented format
 * (docs/cli.md); keep the field names.
 */

import type { ParallelMilpSolver } from "../milp/parallelSolve";
import type { ParallelMode } from "./parallelPlan";

export interface SelectionProject {
  readonly id: string;
  /** Value to maximise (alignment score, benefit, or score × benefit: chosen by the caller). */
  readonly value: number;
  /** Cost per limit name, e.g. { capex: 5, opex: 1 }. Missing = 0. */
  readonly costs: Readonly<Record<string, number>>;
  /** Funding pool / category for share constraints. */
  readonly category?: string;
  /** Total demand per role over the horizon (FTE-months), checked against roleCapacity. */
  readonly roleDemand?: Readonly<Record<string, number>>;
}

/** Minimum/maximum share of a limit's amount spent on one category (0..1). */
export interface CategoryShare {
  readonly limit: string;
  readonly category: string;
  readonly min?: number;
  readonly max?: number;
}

export interface SelectionProblem {
  readonly projects: readonly SelectionProject[];
  /** Amount available per cost limit name. */
  readonly limits: Readonly<Record<string, number>>;
  readonly forceIn?: readonly string[];
  readonly forceOut?: readonly string[];
  /** [A, B]: A only if B. */
  readonly requires?: readonly (readonly [string, string])[];
  /** [A, B, ...]: all or none. */
  readonly together?: readonly (readonly string[])[];
  /** [A, B, ...]: at most one. */
  readonly exclusive?: readonly (readonly string[])[];
  readonly minProjects?: number;
  readonly maxProjects?: number;
  readonly categoryShares?: readonly CategoryShare[];
  /** Role capacity over the horizon (FTE-months), compared with the sum of roleDemand. */
  readonly roleCapacity?: Readonly<Record<string, number>>;
  /** Default 30. */
  readonly timeLimitSeconds?: number;
}

export type SolveStatus = "optimal" | "feasible" | "infeasible";

/** One baseline heuristic's answer, compared with the optimum. */
export interface BaselineResult {
  readonly name: "rank-and-cut" | "value-per-cost greedy";
  readonly selected: readonly string[];
  readonly objective: number;
  /** Optimum minus this objective (≥ 0 when the optimum is proven). */
  readonly valueLeftOnTable: number;
  /** Whether the heuristic answer satisfies every constraint (it ignores some by design). */
  readonly feasible: boolean;
}

/** A small set of constraints that cannot all hold, in words. */
export interface Conflict {
  /** Machine-readable ids of the constraints, e.g. "forceIn:P3", "limit:capex", "requires:P3>P1". */
  readonly constraints: readonly string[];
  /** Plain sentence, e.g. "Forced-in projects P3 and P7 need 1.2M of capex; the capex limit is 1.0M." */
  readonly message: string;
}

export interface SelectionResult {
  readonly status: SolveStatus;
  /** Total value of `selected` (0 when infeasible). */
  readonly objective: number;
  readonly selected: readonly string[];
  /** Relative MIP gap proven by the solver: 0 when optimal; null when infeasible. */
  readonly gap: number | null;
  /** Best proven upper bound on the value (null when infeasible). */
  readonly bound: number | null;
  readonly conflicts: readonly Conflict[];
  readonly baselines: Readonly<{ rankAndCut: BaselineResult; greedy: BaselineResult }> | null;
  /** Spend per limit of the selected set. */
  readonly totals: Readonly<Record<string, number>>;
  readonly solveSeconds: number;
  /**
   * Which solver answered, in words: "HiGHS" for one solve; for a parallel solve, the strategy that proved
   * each part ("CBC", "at most 41 selected: HiGHS (seed 1, presolve off); …", "unproven" for a part stopped
   * by the time limit). Absent on infeasible results. A race's winner can change from run to run, so
   * surfaces keep it out of their text.
   */
  readonly solvedBy?: string;
  /** Legal but suspicious input, e.g. a cycle of `requires` ("P3 requires P5 requires P3"). */
  readonly warnings?: readonly string[];
}

export interface FrontierPoint {
  readonly budget: number;
  readonly status: SolveStatus;
  readonly objective: number;
  readonly gap: number | null;
  readonly count: number;
  readonly selected: readonly string[];
  /** True when the chosen set differs from the previous (cheaper) point's. */
  readonly changed: boolean;
}

export interface FrontierResult {
  /** The limit whose amount is varied. */
  readonly limit: string;
  readonly points: readonly FrontierPoint[];
}

/** Progress reports for long solves (task pane progress bar). */
export interface SolveProgress {
  readonly phase: string;
  /** 0..1 when known. */
  readonly fraction?: number;
  /** In words, numbers written for people (a surface may word the fields below itself, in its locale). */
  readonly message?: string;
  /** Frontier: the budget being solved, its limit, and which of how many. */
  readonly budget?: number;
  readonly limit?: string;
  readonly step?: number;
  readonly steps?: number;
  /** Branch and bound: best value found so far and the relative gap to the bound. */
  readonly incumbent?: number;
  readonly gap?: number;
}

export interface SolveOptions {
  readonly timeLimitSeconds?: number;
  /**
   * Workers to solve in (the CLI's worker_threads, the add-in's solver pool). With two or more and at least
   * PARALLEL_MIN_PROJECTS projects, complementary strategies run at once (docs/optimisation.md, "Parallel
   * strategies"); otherwise one solve runs in this thread.
   */
  readonly parallel?: ParallelMilpSolver;
  /** Fewest projects for a parallel solve (default PARALLEL_MIN_PROJECTS; tests and benchmarks lower it). */
  readonly parallelMinProjects?: number;
  /**
   * "split" (default): split by the number selected; "race": race HiGHS settings only. Either way, with
   * two or more cost limits and a solver that offers CBC, HiGHS and CBC race on the whole model.
   */
  readonly parallelMode?: ParallelMode;
  /**
   * Explain an infeasible answer (default true). A page that only orchestrates workers passes false and
   * asks a worker for the explanation, so the deletion filter's solves never block the page.
   */
  readonly explainInfeasibility?: boolean;
  readonly onProgress?: (progress: SolveProgress) => void;
  /** Checked between solver calls; a cancelled solve rejects with PmoCancelledError. */
  readonly isCancelled?: () => boolean;
}
