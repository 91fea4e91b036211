/**
 * Direct check of a selected set against every constraint of a SelectionProblem, independent of the
 * MILP model (used for the baselines' `feasible` flag and by the tests).
 */
import type { SelectionProblem } from "./types";

/** Relative tolerance for sums compared with limits. */
const TOLERANCE = 1e-7;

/** Spend per cost limit of a selected set. */
export function spendByLimit(problem: SelectionProblem, selected: ReadonlySet<string>): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const limit of Object.keys(problem.limits)) totals[limit] = 0;
  for (const p of problem.projects) {
    if (!selected.has(p.id)) continue;
    for (const limit of Object.keys(problem.limits)) totals[limit]! += p.costs[limit] ?? 0;
  }
  return totals;
}

/** Each constraint the selected set breaks, in words (empty when it satisfies all of them). */
export function selectionViolations(problem: SelectionProblem, selectedIds: readonly string[] | ReadonlySet<string>): string[] {
  const selected = selectedIds instanceof Set ? selectedIds : new Set(selectedIds);
  const out: string[] = [];
  const over = (total: number, bound: number) => total > bound + TOLERANCE * Math.max(1, Math.abs(bound));
  const spend = spendByLimit(problem, selected);
  for (const [limit, amount] of Object.entries(problem.limits)) {
    if (over(spend[limit]!, amount)) out.push(`${limit} spend ${spend[limit]} exceeds the limit ${amount}.`);
  }
  for (const [role, capacity] of Object.entries(problem.roleCapacity ?? {})) {
    let demand = 0;
    for (const p of problem.projects) if (selected.has(p.id)) demand += p.roleDemand?.[role] ?? 0;
    if (over(demand, capacity)) out.push(`${role} demand ${demand} exceeds capacity ${capacity}.`);
  }
  const count = problem.projects.filter((p) => selected.has(p.id)).length;
  if (problem.minProjects !== undefined && count < problem.minProjects) out.push(`${count} projects selected; at least ${problem.minProjects} required.`);
  if (problem.maxProjects !== undefined && count > problem.maxProjects) out.push(`${count} projects selected; at most ${problem.maxProjects} allowed.`);
  for (const s of problem.categoryShares ?? []) {
    let inCategory = 0;
    for (const p of problem.projects) if (selected.has(p.id) && p.category === s.category) inCategory += p.costs[s.limit] ?? 0;
    const total = spend[s.limit] ?? 0;
    if (s.min !== undefined && over(s.min * total, inCategory)) out.push(`${s.category} gets ${inCategory} of ${total} ${s.limit}, below the minimum share ${s.min}.`);
    if (s.max !== undefined && over(inCategory, s.max * total)) out.push(`${s.category} gets ${inCategory} of ${total} ${s.limit}, above the maximum share ${s.max}.`);
  }
  for (const id of problem.forceIn ?? []) if (!selected.has(id)) out.push(`${id} is forced in but not selected.`);
  for (const id of problem.forceOut ?? []) if (selected.has(id)) out.push(`${id} is forced out but selected.`);
  for (const [a, b] of problem.requires ?? []) if (selected.has(a) && !selected.has(b)) out.push(`${a} is selected without ${b}, which it requires.`);
  for (const group of problem.together ?? []) {
    const n = group.filter((id) => selected.has(id)).length;
    if (n > 0 && n < group.length) out.push(`Only part of the group ${group.join(", ")} (all or none) is selected.`);
  }
  for (const group of problem.exclusive ?? []) {
    if (new Set(group.filter((id) => selected.has(id))).size > 1) out.push(`More than one of ${group.join(", ")} is selected.`);
  }
  return out;
}

/** Total value of a selected set. */
export function totalValue(problem: SelectionProblem, selected: ReadonlySet<string>): number {
  let v = 0;
  for (const p of problem.projects) if (selected.has(p.id)) v += p.value;
  return v;
}
