/**
 * The sub-problem made of only the constraints a Conflict names ("limit:capex", "forceIn:P3",
 * "requires:P3>P1", ...), to check that a reported conflict is really infeasible and minimal.
 */
import type { SelectionProblem } from "../../src/engine/selection/types";

export function restrictToConstraints(problem: SelectionProblem, ids: readonly string[]): SelectionProblem {
  const has = new Set(ids);
  const limits: Record<string, number> = {};
  for (const [l, amount] of Object.entries(problem.limits)) if (has.has(`limit:${l}`)) limits[l] = amount;
  const shares = (problem.categoryShares ?? []).flatMap((s) => {
    const min = has.has(`share:${s.limit}:${s.category}:min`) ? s.min : undefined;
    const max = has.has(`share:${s.limit}:${s.category}:max`) ? s.max : undefined;
    if (min === undefined && max === undefined) return [];
    // A share needs its limit's spend even when the limit itself is not in the conflict.
    if (!(s.limit in limits)) limits[s.limit] = Infinity;
    return [{ limit: s.limit, category: s.category, ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) }];
  });
  const roleCapacity: Record<string, number> = {};
  for (const [r, c] of Object.entries(problem.roleCapacity ?? {})) if (has.has(`roleCapacity:${r}`)) roleCapacity[r] = c;
  return {
    projects: problem.projects,
    limits,
    categoryShares: shares,
    roleCapacity,
    forceIn: (problem.forceIn ?? []).filter((id) => has.has(`forceIn:${id}`)),
    forceOut: (problem.forceOut ?? []).filter((id) => has.has(`forceOut:${id}`)),
    requires: (problem.requires ?? []).filter(([a, b]) => has.has(`requires:${a}>${b}`)),
    together: (problem.together ?? []).filter((g) => has.has(`together:${g.join(",")}`)),
    exclusive: (problem.exclusive ?? []).filter((g) => has.has(`exclusive:${g.join(",")}`)),
    ...(has.has("minProjects") && problem.minProjects !== undefined ? { minProjects: problem.minProjects } : {}),
    ...(has.has("maxProjects") && problem.maxProjects !== undefined ? { maxProjects: problem.maxProjects } : {}),
  };
}
