/**
 * The two answers a spreadsheet gives, to show what optimisation adds.
 *
 * Both honour forced decisions (forced-in projects are taken first, forced-out ones never) and the
 * "budget-like" constraints a person checks while walking down a list: every cost limit, role capacity
 * and maxProjects. They ignore dependencies, exclusive groups, category shares and minProjects by design;
 * `feasible` says whether the set happens to satisfy every constraint anyway.
 * - rank-and-cut: walk down the projects by value (highest first) and stop at the first one that no
 *   longer fits: the waterline.
 * - value-per-cost greedy: walk down by value per unit of normalised cost (Σ_L cost_L / limit_L) and skip
 *   what does not fit, continuing to the end.
 */
import { selectionViolations, totalValue } from "./feasibility";
import type { BaselineResult, SelectionProblem, SelectionProject } from "./types";

type BaselineName = BaselineResult["name"];

/** A baseline's selection and objective (valueLeftOnTable is filled in once the optimum is known). */
export interface BaselineAnswer {
  readonly name: BaselineName;
  readonly selected: readonly string[];
  readonly objective: number;
  readonly feasible: boolean;
}

export function rankAndCut(problem: SelectionProblem): BaselineAnswer {
  const order = [...problem.projects].sort((a, b) => b.value - a.value);
  return walk(problem, "rank-and-cut", order, true);
}

export function valuePerCostGreedy(problem: SelectionProblem): BaselineAnswer {
  const weight = (p: SelectionProject) => {
    let w = 0;
    for (const [limit, amount] of Object.entries(problem.limits)) w += (p.costs[limit] ?? 0) / Math.max(Math.abs(amount), 1e-12);
    return w;
  };
  const ratio = (p: SelectionProject) => {
    const w = weight(p);
    return w <= 0 ? (p.value >= 0 ? Infinity : -Infinity) : p.value / w;
  };
  const order = [...problem.projects].sort((a, b) => ratio(b) - ratio(a) || b.value - a.value);
  return walk(problem, "value-per-cost greedy", order, false);
}

/** The baseline result against an optimum (value left on the table = optimum − baseline objective). */
export function compareWithOptimum(answer: BaselineAnswer, optimum: number): BaselineResult {
  return { ...answer, valueLeftOnTable: optimum - answer.objective };
}

function walk(problem: SelectionProblem, name: BaselineName, order: readonly SelectionProject[], stopAtFirstMiss: boolean): BaselineAnswer {
  const forcedIn = new Set(problem.forceIn ?? []);
  const forcedOut = new Set(problem.forceOut ?? []);
  const limits = Object.entries(problem.limits);
  const roles = Object.entries(problem.roleCapacity ?? {});
  const spent = new Map<string, number>(limits.map(([l]) => [l, 0]));
  const used = new Map<string, number>(roles.map(([r]) => [r, 0]));
  const selected = new Set<string>();
  const take = (p: SelectionProject) => {
    selected.add(p.id);
    for (const [l] of limits) spent.set(l, spent.get(l)! + (p.costs[l] ?? 0));
    for (const [r] of roles) used.set(r, used.get(r)! + (p.roleDemand?.[r] ?? 0));
  };
  const fits = (p: SelectionProject) =>
    (problem.maxProjects === undefined || selected.size < problem.maxProjects) &&
    limits.every(([l, amount]) => spent.get(l)! + (p.costs[l] ?? 0) <= amount + 1e-9 * Math.max(1, Math.abs(amount))) &&
    roles.every(([r, cap]) => used.get(r)! + (p.roleDemand?.[r] ?? 0) <= cap + 1e-9 * Math.max(1, Math.abs(cap)));
  for (const p of problem.projects) if (forcedIn.has(p.id)) take(p);
  for (const p of order) {
    if (selected.has(p.id) || forcedOut.has(p.id)) continue;
    if (p.value <= 0) continue;
    if (fits(p)) take(p);
    else if (stopAtFirstMiss) break;
  }
  const ids = problem.projects.filter((p) => selected.has(p.id)).map((p) => p.id);
  return { name, selected: ids, objective: totalValue(problem, selected), feasible: selectionViolations(problem, selected).length === 0 };
}
