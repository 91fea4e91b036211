/**
 * A starting selection for the solver that satisfies every constraint. The baselines ignore dependencies
 * by design, so with `requires` or `exclusive` groups they rarely give a feasible start; this walk takes
 * each project together with everything it requires (and its all-or-none groups) and skips it when that
 * bundle does not fit, clashes with an exclusive group or reaches a forced-out project. It is only a
 * head start: it is checked against every constraint and dropped when it breaks one.
 */
import { selectionViolations, totalValue } from "./feasibility";
import type { SelectionProblem, SelectionProject } from "./types";

export interface FeasibleStart {
  readonly selected: readonly string[];
  readonly objective: number;
}

/**
 * Walks the projects by value per unit of normalised cost and adds each with its requirement closure
 * when the bundle fits. Returns null when the result breaks a constraint the walk does not track
 * (minProjects, category shares) or the forced-in projects alone do not fit.
 */
export function dependencyAwareStart(problem: SelectionProblem): FeasibleStart | null {
  const byId = new Map(problem.projects.map((p) => [p.id, p]));
  const forcedOut = new Set(problem.forceOut ?? []);
  const linked = neighbours(problem);
  const exclusiveOf = new Map<string, number[]>();
  (problem.exclusive ?? []).forEach((group, g) => {
    for (const id of new Set(group)) exclusiveOf.set(id, [...(exclusiveOf.get(id) ?? []), g]);
  });
  const limits = Object.entries(problem.limits);
  const roles = Object.entries(problem.roleCapacity ?? {});
  const spent = limits.map(() => 0);
  const used = roles.map(() => 0);
  const selected = new Set<string>();
  const takenInGroup = new Set<number>();
  const within = (x: number, cap: number) => x <= cap + 1e-9 * Math.max(1, Math.abs(cap));

  /** The project plus everything it requires or must go with, not yet selected; null if impossible. */
  const bundle = (id: string): string[] | null => {
    const out: string[] = [];
    const seen = new Set([id]);
    const queue = [id];
    while (queue.length > 0) {
      const q = queue.pop()!;
      if (selected.has(q)) continue;
      if (forcedOut.has(q)) return null;
      out.push(q);
      for (const r of linked.get(q) ?? []) {
        if (seen.has(r)) continue;
        seen.add(r);
        queue.push(r);
      }
    }
    return out;
  };
  const tryAdd = (ids: readonly string[]): boolean => {
    const groups = new Set<number>();
    for (const id of ids) {
      for (const g of exclusiveOf.get(id) ?? []) {
        if (takenInGroup.has(g) || groups.has(g)) return false;
        groups.add(g);
      }
    }
    if (problem.maxProjects !== undefined && selected.size + ids.length > problem.maxProjects) return false;
    const projects = ids.map((id) => byId.get(id)!);
    const addSpend = limits.map(([l]) => projects.reduce((s, p) => s + (p.costs[l] ?? 0), 0));
    const addUse = roles.map(([r]) => projects.reduce((s, p) => s + (p.roleDemand?.[r] ?? 0), 0));
    if (!limits.every(([, cap], j) => within(spent[j]! + addSpend[j]!, cap))) return false;
    if (!roles.every(([, cap], j) => within(used[j]! + addUse[j]!, cap))) return false;
    for (const id of ids) selected.add(id);
    for (const g of groups) takenInGroup.add(g);
    addSpend.forEach((x, j) => (spent[j]! += x));
    addUse.forEach((x, j) => (used[j]! += x));
    return true;
  };

  for (const id of problem.forceIn ?? []) {
    const b = bundle(id);
    if (b === null || !tryAdd(b)) return null;
  }
  for (const p of byRatio(problem)) {
    if (selected.has(p.id) || p.value <= 0) continue;
    const b = bundle(p.id);
    // A bundle is worth taking only if it adds value overall.
    if (b !== null && b.reduce((s, id) => s + byId.get(id)!.value, 0) > 0) tryAdd(b);
  }
  if (selectionViolations(problem, selected).length > 0) return null;
  return { selected: problem.projects.filter((p) => selected.has(p.id)).map((p) => p.id), objective: totalValue(problem, selected) };
}

/** Projects that must be selected along with each project: what it requires, and its all-or-none partners. */
function neighbours(problem: SelectionProblem): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const link = (a: string, b: string) => out.set(a, [...(out.get(a) ?? []), b]);
  for (const [a, b] of problem.requires ?? []) link(a, b);
  for (const group of problem.together ?? []) for (const a of group) for (const b of group) if (a !== b) link(a, b);
  return out;
}

function byRatio(problem: SelectionProblem): SelectionProject[] {
  const limits = Object.entries(problem.limits);
  const ratio = (p: SelectionProject) => {
    let w = 0;
    for (const [l, amount] of limits) w += (p.costs[l] ?? 0) / Math.max(Math.abs(amount), 1e-12);
    return w <= 0 ? Infinity : p.value / w;
  };
  return [...problem.projects].sort((a, b) => ratio(b) - ratio(a) || b.value - a.value);
}
