/**
 * The exact 0/1 efficient frontier: the optimal value at each amount of one cost limit, other
 * constraints unchanged. Each point is warm-started with the previous (cheaper) point's selection,
 * which stays feasible as the budget grows, so values never decrease.
 */
import { PmoCancelledError, PmoConstraintError, PmoInputError, PmoSolverError } from "../errors";
import { relativeGap, solveMilp } from "../milp/solveMilp";
import { buildSelectionModel, selectedIds, selectionSolverOptions, SELECTION_SOLVER_OPTIONS } from "./selectionModel";
import { DEFAULT_TIME_LIMIT_SECONDS } from "./selectPortfolio";
import type { FrontierPoint, FrontierResult, SelectionProblem, SolveOptions } from "./types";
import { checkSelectionProblem } from "./validation";
import { totalValue } from "./feasibility";
import { formatAmount } from "./words";

export interface FrontierOptions extends SolveOptions {
  /** The limit to vary (default: the first in `problem.limits`). */
  readonly limit?: string;
  /** Number of evenly spaced budgets when `budgets` is not given (default 20, at least 2). */
  readonly levels?: number;
  /** Budgets to evaluate (sorted ascending; duplicates dropped). */
  readonly budgets?: readonly number[];
}

/**
 * Best value per budget of one limit. Default budgets: `levels` evenly spaced amounts from the cheapest
 * spend the other constraints allow (e.g. the forced-in projects) to the total cost of all projects
 * not forced out. The time limit applies to each point.
 *
 * @throws PmoInputError when the limit is unknown or a budget is not a finite number.
 * @throws PmoConstraintError for input errors and for contradictions among forced decisions and
 *   dependencies (no budget can satisfy them).
 * @throws PmoSolverError when a point finds no solution within its time limit (not proven infeasible).
 * @example
 * const f = await efficientFrontier(problem, { limit: "capex", levels: 10 });
 * f.points.map((p) => [p.budget, p.objective]);
 */
export async function efficientFrontier(problem: SelectionProblem, options: FrontierOptions = {}): Promise<FrontierResult> {
  const check = checkSelectionProblem(problem);
  if (check.contradictions.length > 0) throw new PmoConstraintError(check.contradictions.map((c) => c.message));
  const names = Object.keys(problem.limits);
  const limit = options.limit ?? names[0];
  if (limit === undefined || !names.includes(limit)) {
    throw new PmoInputError({ table: "limits" }, names.length ? `one of the limits ${names.join(", ")}` : "at least one cost limit", options.limit);
  }
  const timeLimit = options.timeLimitSeconds ?? problem.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  const cancelled = () => {
    if (options.isCancelled?.()) throw new PmoCancelledError("The efficient frontier");
  };
  cancelled();
  const budgets = options.budgets ? userBudgets(options.budgets) : await evenBudgets(problem, limit, options.levels ?? 20, timeLimit);

  const points: FrontierPoint[] = [];
  let previous: { selected: string[]; objective: number } | null = null;
  for (const [k, budget] of budgets.entries()) {
    cancelled();
    options.onProgress?.({
      phase: "frontier",
      fraction: k / budgets.length,
      message: `Best portfolio for a ${limit} budget of ${formatAmount(budget)} (${k + 1} of ${budgets.length})`,
      budget,
      limit,
      step: k + 1,
      steps: budgets.length,
    });
    const { model, variableOf } = buildSelectionModel(problem, { limitOverride: { limit, amount: budget } });
    const s = await solveMilp(model, {
      ...selectionSolverOptions(model),
      timeLimitSeconds: timeLimit,
      ...(previous ? { initialSolution: new Map(previous.selected.map((id) => [variableOf.get(id)!, 1])) } : {}),
      ...(options.isCancelled ? { isCancelled: options.isCancelled } : {}),
    });
    if (s.status === "error" || s.status === "unbounded") {
      throw new PmoSolverError(`Budget ${budget} of ${limit}: ${s.message ?? `the solver ended with status ${s.status}`}`);
    }
    if (s.status === "infeasible") {
      points.push({ budget, status: "infeasible", objective: 0, gap: null, count: 0, selected: [], changed: previous !== null && previous.selected.length > 0 });
      previous = null;
      continue;
    }
    let selected = selectedIds(problem, variableOf, s.values);
    let objective = totalValue(problem, new Set(selected));
    let status = s.status;
    let gap = s.status === "optimal" ? 0 : s.gap;
    if (previous && objective < previous.objective) {
      // Only possible when the warm start was not used and the time limit hit: keep the cheaper point's set.
      selected = previous.selected;
      objective = previous.objective;
      status = "feasible";
      gap = s.bound === null ? null : relativeGap(objective, s.bound);
    }
    const changed = previous !== null && !sameSet(previous.selected, selected);
    points.push({ budget, status, objective, gap, count: selected.length, selected, changed });
    previous = { selected, objective };
  }
  options.onProgress?.({ phase: "frontier", fraction: 1 });
  return { limit, points };
}

function userBudgets(budgets: readonly number[]): number[] {
  budgets.forEach((b, i) => {
    if (!Number.isFinite(b)) throw new PmoInputError({ table: "budgets", row: i + 1 }, "a finite budget amount", b);
  });
  return [...new Set(budgets)].sort((a, b) => a - b);
}

/** `levels` budgets from the least spend the other constraints allow to the total cost. */
async function evenBudgets(problem: SelectionProblem, limit: string, levels: number, timeLimit: number): Promise<number[]> {
  if (!(Number.isInteger(levels) && levels >= 2)) throw new PmoInputError({ table: "frontier" }, "a whole number of levels ≥ 2", levels);
  const forcedOut = new Set(problem.forceOut ?? []);
  let top = 0;
  for (const p of problem.projects) if (!forcedOut.has(p.id)) top += Math.max(0, p.costs[limit] ?? 0);
  const { model } = buildSelectionModel(problem, { objective: `minCost:${limit}`, include: (id) => id !== `limit:${limit}` });
  const cheapest = await solveMilp(model, { ...SELECTION_SOLVER_OPTIONS, timeLimitSeconds: timeLimit });
  // Without a proven minimum spend, start from the incumbent's bound (a budget below it is infeasible).
  let low = cheapest.status === "optimal" ? cheapest.objective : cheapest.status === "feasible" ? cheapest.bound ?? 0 : 0;
  if (low > top) top = low;
  low = Math.min(low, top);
  return Array.from({ length: levels }, (_, i) => (i === levels - 1 ? top : low + ((top - low) * i) / (levels - 1)));
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return b.every((x) => s.has(x));
}
