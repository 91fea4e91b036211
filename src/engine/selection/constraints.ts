/**
 * The selection constraints for any expression of "project p is selected": Σ terms, 0/1-valued.
 * Portfolio selection uses one binary per project; resource allocation uses Σ_s x[p,s] over start
 * months. Each constraint carries the machine-readable id used in Conflicts.
 */
import type { LinearModel, LinearTerm } from "../milp/linearModel";
import type { SelectionProblem } from "./types";

/** Machine-readable constraint ids, e.g. "limit:capex", "forceIn:P3", "requires:P3>P1". */
export type SelectionConstraintId = string;

export interface SelectionConstraintOptions {
  /** Adds only the constraints whose id passes (the infeasibility filter drops some). Default: all. */
  readonly include?: (id: SelectionConstraintId) => boolean;
}

/**
 * Adds the selection problem's constraints to `model`:
 * - cost limits: Σ cost[p,L]·selected(p) ≤ limits[L] ("limit:L");
 * - role capacity: Σ roleDemand[p,r]·selected(p) ≤ roleCapacity[r] ("roleCapacity:r");
 * - project count: minProjects ≤ Σ selected(p) ≤ maxProjects ("minProjects", "maxProjects");
 * - category shares of the amount spent on a limit: Σ_{p∈C} cost ≥ min·Σ_p cost and ≤ max·Σ_p cost
 *   ("share:L:C:min", "share:L:C:max");
 * - forced in/out: selected(p) = 1 / 0 ("forceIn:P", "forceOut:P");
 * - requires [A, B]: selected(A) ≤ selected(B) ("requires:A>B");
 * - together [A, B, ...]: selected(A) = selected(B) = ... ("together:A,B,...");
 * - exclusive [A, B, ...]: Σ selected ≤ 1 ("exclusive:A,B,...").
 * Ids in the problem must be valid (see checkSelectionProblem). Returns the ids added, in order.
 *
 * @example
 * // one binary per project
 * addSelectionConstraints(model, problem, (id) => [{ variable: varOf.get(id)!, coefficient: 1 }]);
 */
export function addSelectionConstraints(
  model: LinearModel,
  problem: SelectionProblem,
  selectTerms: (projectId: string) => readonly LinearTerm[],
  options: SelectionConstraintOptions = {},
): SelectionConstraintId[] {
  const include = options.include ?? (() => true);
  const added: SelectionConstraintId[] = [];
  const add = (id: string, terms: readonly LinearTerm[], bounds: { lower?: number; upper?: number }) => {
    if (!include(id)) return;
    model.addConstraint(id.replace(/[^A-Za-z0-9]+/g, "_"), terms, bounds);
    if (added[added.length - 1] !== id) added.push(id);
  };
  const scaled = (id: string, k: number): LinearTerm[] =>
    k === 0 ? [] : selectTerms(id).map((t) => ({ variable: t.variable, coefficient: t.coefficient * k }));
  const sum = (weight: (p: SelectionProblem["projects"][number]) => number): LinearTerm[] =>
    problem.projects.flatMap((p) => scaled(p.id, weight(p)));

  for (const [limit, amount] of Object.entries(problem.limits)) {
    add(`limit:${limit}`, sum((p) => p.costs[limit] ?? 0), { upper: amount });
  }
  for (const [role, capacity] of Object.entries(problem.roleCapacity ?? {})) {
    add(`roleCapacity:${role}`, sum((p) => p.roleDemand?.[role] ?? 0), { upper: capacity });
  }
  if (problem.minProjects !== undefined) add("minProjects", sum(() => 1), { lower: problem.minProjects });
  if (problem.maxProjects !== undefined) add("maxProjects", sum(() => 1), { upper: problem.maxProjects });
  for (const s of problem.categoryShares ?? []) {
    const inCategory = (p: SelectionProblem["projects"][number]) => (p.category === s.category ? 1 : 0);
    const cost = (p: SelectionProblem["projects"][number]) => p.costs[s.limit] ?? 0;
    if (s.min !== undefined && s.min > 0) {
      add(`share:${s.limit}:${s.category}:min`, sum((p) => (inCategory(p) - s.min!) * cost(p)), { lower: 0 });
    }
    if (s.max !== undefined && s.max < 1) {
      add(`share:${s.limit}:${s.category}:max`, sum((p) => (inCategory(p) - s.max!) * cost(p)), { upper: 0 });
    }
  }
  for (const id of new Set(problem.forceIn ?? [])) add(`forceIn:${id}`, scaled(id, 1), { lower: 1, upper: 1 });
  for (const id of new Set(problem.forceOut ?? [])) add(`forceOut:${id}`, scaled(id, 1), { lower: 0, upper: 0 });
  for (const [a, b] of problem.requires ?? []) {
    if (a === b) continue;
    add(`requires:${a}>${b}`, [...scaled(a, 1), ...scaled(b, -1)], { upper: 0 });
  }
  for (const group of problem.together ?? []) {
    const id = `together:${group.join(",")}`;
    for (const other of group.slice(1)) {
      if (other !== group[0]) add(id, [...scaled(group[0]!, 1), ...scaled(other, -1)], { lower: 0, upper: 0 });
    }
  }
  for (const group of problem.exclusive ?? []) {
    add(`exclusive:${group.join(",")}`, [...new Set(group)].flatMap((id) => scaled(id, 1)), { upper: 1 });
  }
  return added;
}
