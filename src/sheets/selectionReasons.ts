/**
 * Why each project is in or out of a selected portfolio, in the words the PMO Selection sheet shows:
 * "forced in", "forced out", "requires P3 (not selected)", "excluded by P7", "over capex limit".
 */
import type { SelectionProblem, SelectionResult } from "../engine/selection";

/** Room below this is rounding noise, not spare budget. */
const EPS = 1e-9;

/**
 * One reason per project id: "" for a selected project that was free to choose, otherwise the first
 * constraint (in order: forced, dependency, exclusion, limits, counts) that keeps it as it is.
 */
export function selectionReasons(problem: SelectionProblem, result: SelectionResult): Map<string, string> {
  const reasons = new Map<string, string>();
  const selected = new Set(result.selected);
  const forceIn = new Set(problem.forceIn ?? []);
  const forceOut = new Set(problem.forceOut ?? []);
  const byId = new Map(problem.projects.map((p) => [p.id, p]));
  const spent = spendOf(problem, selected);

  for (const p of problem.projects) {
    if (selected.has(p.id)) {
      reasons.set(p.id, forceIn.has(p.id) ? "forced in" : "");
      continue;
    }
    if (result.status === "infeasible") {
      reasons.set(p.id, "no feasible portfolio");
      continue;
    }
    reasons.set(p.id, outReason(p.id));
  }
  return reasons;

  function outReason(id: string): string {
    if (forceOut.has(id)) return "forced out";
    const missing = (problem.requires ?? []).filter(([a, b]) => a === id && !selected.has(b)).map(([, b]) => b);
    if (missing.length) return `requires ${missing.join(", ")} (not selected)`;
    for (const group of problem.exclusive ?? []) {
      if (!group.includes(id)) continue;
      const winner = group.find((other) => other !== id && selected.has(other));
      if (winner) return `excluded by ${winner}`;
    }
    for (const group of problem.together ?? []) {
      if (!group.includes(id)) continue;
      const partners = group.filter((other) => other !== id);
      const blocked = partners.filter((o) => forceOut.has(o));
      if (blocked.length) return `together with ${blocked.join(", ")} (forced out)`;
    }
    const p = byId.get(id);
    if (!p) return "";
    const groupIds = togetherGroup(id);
    const over = Object.keys(problem.limits).filter((limit) => {
      const extra = groupIds.reduce((s, g) => s + (byId.get(g)?.costs[limit] ?? 0), 0);
      return spent.limits[limit] + extra > problem.limits[limit] + EPS;
    });
    if (over.length) return `over ${over.join(" and ")} limit`;
    const roles = Object.keys(problem.roleCapacity ?? {}).filter((role) => {
      const extra = groupIds.reduce((s, g) => s + (byId.get(g)?.roleDemand?.[role] ?? 0), 0);
      return extra > 0 && spent.roles[role] + extra > (problem.roleCapacity?.[role] ?? 0) + EPS;
    });
    if (roles.length) return `over ${roles.join(" and ")} capacity`;
    if (problem.maxProjects !== undefined && selected.size + groupIds.length > problem.maxProjects) {
      return `at most ${problem.maxProjects} projects`;
    }
    for (const share of problem.categoryShares ?? []) {
      if (share.max === undefined || p.category !== share.category) continue;
      const inCategory = problem.projects
        .filter((q) => selected.has(q.id) && q.category === share.category)
        .reduce((s, q) => s + (q.costs[share.limit] ?? 0), 0);
      if (inCategory + (p.costs[share.limit] ?? 0) > share.max * (problem.limits[share.limit] ?? 0) + EPS) {
        return `over ${share.category} share of ${share.limit}`;
      }
    }
    if (p.value <= 0) return "no value";
    return result.status === "optimal" ? "less value than the chosen set" : "not chosen before the time limit";
  }

  /** The project plus every project it must be selected together with (one level is enough for reasons). */
  function togetherGroup(id: string): string[] {
    const ids = new Set([id]);
    for (const group of problem.together ?? []) if (group.includes(id)) group.forEach((g) => ids.add(g));
    for (const [a, b] of problem.requires ?? []) if (a === id && !selected.has(b)) ids.add(b);
    return [...ids].filter((g) => !selected.has(g));
  }
}

/** Spend per limit and role demand of a set of projects. */
export function spendOf(
  problem: SelectionProblem,
  selected: ReadonlySet<string>,
): { limits: Record<string, number>; roles: Record<string, number> } {
  const limits: Record<string, number> = {};
  const roles: Record<string, number> = {};
  for (const l of Object.keys(problem.limits)) limits[l] = 0;
  for (const r of Object.keys(problem.roleCapacity ?? {})) roles[r] = 0;
  for (const p of problem.projects) {
    if (!selected.has(p.id)) continue;
    for (const l of Object.keys(limits)) limits[l] += p.costs[l] ?? 0;
    for (const r of Object.keys(roles)) roles[r] += p.roleDemand?.[r] ?? 0;
  }
  return { limits, roles };
}
