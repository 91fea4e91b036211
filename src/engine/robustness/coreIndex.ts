/**
 * Core index: the probability that each project belongs to the optimal portfolio when weights and ratings
 * are uncertain. Each draw perturbs the scores exactly as topKProbability does, re-solves the selection model
 * (selectPortfolio, every constraint kept) with the perturbed values and records who is selected.
 *
 * Each draw is a full MILP solve, so the default is 100 draws (standard error at most 0.05 per project,
 * sqrt(0.25/100)); 200 halves the variance. Use the robustness view's Monte Carlo top-k for cheap,
 * many-draw answers and this for the decision that is actually taken.
 */
import { PmoInputError } from "../errors";
import { selectPortfolio } from "../selection/selectPortfolio";
import type { SelectionProblem, SelectionResult, SolveOptions } from "../selection/types";
import { createScenarioSampler, type UncertaintyOptions } from "./monteCarlo";
import { prepareScoringInputs } from "./scoringInputs";

export const DEFAULT_CORE_INDEX_DRAWS = 100;

export interface CoreIndexOptions extends UncertaintyOptions, Pick<SolveOptions, "isCancelled"> {
  /** How a draw's score becomes the project's value: the score (default) or score × benefits[i]. */
  readonly valueBasis?: "score" | "scoreTimesBenefit";
  /** Per project (problem order), needed for valueBasis "scoreTimesBenefit". */
  readonly benefits?: readonly number[];
  /** Time limit per draw's solve (default 5 s). */
  readonly timeLimitSecondsPerDraw?: number;
  /** Called after each draw with the number done. */
  readonly onDraw?: (done: number, total: number) => void;
  /** The solver (default selectPortfolio); injectable for tests. */
  readonly solve?: (problem: SelectionProblem, options: SolveOptions) => Promise<SelectionResult>;
}

export interface CoreIndexResult {
  /** Per project (problem order): share of draws whose optimal portfolio contains it. */
  readonly probability: number[];
  readonly standardError: number[];
  readonly draws: number;
  /** Draws whose solve was proven optimal; the rest stopped at the time limit (largest gap below). */
  readonly optimalDraws: number;
  /** Draws with no feasible portfolio (counted as selecting nothing). */
  readonly infeasibleDraws: number;
  /** Largest relative gap among draws that were not proven optimal (0 when all were). */
  readonly worstGap: number;
}

/**
 * @param problem the selection problem; project i's ratings are impacts[i].
 * @throws PmoInputError when impacts do not have one row per project, or for bad uncertainty options.
 * @throws PmoCancelledError when isCancelled() turns true.
 */
export async function coreIndex(
  problem: SelectionProblem,
  impacts: readonly (readonly number[])[],
  weights: readonly number[],
  maxImpact: number,
  options: CoreIndexOptions = {},
): Promise<CoreIndexResult> {
  const n = problem.projects.length;
  if (impacts.length !== n) throw new PmoInputError({ table: "impacts" }, `one row per project (${n})`, impacts.length);
  const basis = options.valueBasis ?? "score";
  const benefits = options.benefits;
  if (basis === "scoreTimesBenefit" && (!benefits || benefits.length !== n)) {
    throw new PmoInputError({ table: "benefits" }, `one benefit per project (${n})`, benefits?.length);
  }
  const inputs = prepareScoringInputs(impacts, weights, maxImpact, problem.projects.map((p) => p.id));
  const sampler = createScenarioSampler(inputs, options, DEFAULT_CORE_INDEX_DRAWS);
  const solve = options.solve ?? selectPortfolio;
  const scale = 100 / maxImpact;
  const counts = new Int32Array(n);
  let optimalDraws = 0;
  let infeasibleDraws = 0;
  let worstGap = 0;
  for (let d = 0; d < sampler.draws; d++) {
    const scores = sampler.next();
    const projects = problem.projects.map((p, i) => ({
      ...p,
      value: scores[i] * scale * (basis === "scoreTimesBenefit" ? benefits![i] : 1),
    }));
    const result = await solve(
      { ...problem, projects },
      {
        timeLimitSeconds: options.timeLimitSecondsPerDraw ?? 5,
        ...(options.isCancelled ? { isCancelled: options.isCancelled } : {}),
      },
    );
    if (result.status === "infeasible") infeasibleDraws++;
    else if (result.status === "optimal") optimalDraws++;
    else worstGap = Math.max(worstGap, result.gap ?? 0);
    const chosen = new Set(result.selected);
    problem.projects.forEach((p, i) => {
      if (chosen.has(p.id)) counts[i]++;
    });
    options.onDraw?.(d + 1, sampler.draws);
  }
  const draws = sampler.draws;
  const probability = Array.from(counts, (c) => c / draws);
  return {
    probability,
    standardError: probability.map((p) => Math.sqrt((p * (1 - p)) / draws)),
    draws,
    optimalDraws,
    infeasibleDraws,
    worstGap,
  };
}
