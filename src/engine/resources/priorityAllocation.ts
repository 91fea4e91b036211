/**
 * Priority allocation: the baseline a PMO does by hand. In rank order, each project at its planned start
 * is staffed if every role-month it needs still fits (and no finish-to-start link with an already staffed
 * project is broken at the planned dates); the others are listed with what blocks them.
 * Like a careful manual pass it also keeps the simple selection decisions: forced-in projects go first,
 * forced-out ones are skipped, a project is skipped when it would break a cost limit, when an exclusive
 * partner is already staffed, or when a project it requires is not staffed (yet). Whole-portfolio rules
 * (together groups, counts, funding-pool shares) are not attempted; allocate.ts reports whether the
 * baseline breaks any of them (`feasible`).
 */
import { PmoInputError } from "../errors";
import { CAPACITY_TOLERANCE } from "./load";
import type { AllocationBaseline, AllocationProblem, AllocationProject, BlockedProject, ScheduledProject } from "./types";
import { rolesOf, validateAllocationProblem } from "./validate";

export type PriorityAllocation = Omit<AllocationBaseline, "valueLeftOnTable">;

/** Default rank: value descending, ties by id. */
export function defaultRank(projects: readonly AllocationProject[]): AllocationProject[] {
  return [...projects].sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * @param order Optional rank by project id: listed projects come first in that order, the rest follow by
 *   value descending (ties by id).
 * @throws PmoInputError for an invalid problem or an unknown / repeated id in `order`.
 * @example priorityAllocation(problem).unstaffed[0] // { id: "P2", blockers: [{ role: "Dev", month: 3, short: 1 }] }
 */
export function priorityAllocation(problem: AllocationProblem, order?: readonly string[]): PriorityAllocation {
  validateAllocationProblem(problem);
  const ranked = rankProjects(problem, order);
  const used: Record<string, number[]> = {};
  for (const role of rolesOf(problem)) used[role] = new Array<number>(problem.months.length).fill(0);
  const links = problem.finishToStart ?? [];
  const staffedAt = new Map<string, number>();
  const durationOf = new Map(problem.projects.map((p) => [p.id, p.duration]));
  const schedule: ScheduledProject[] = [];
  const unstaffed: BlockedProject[] = [];
  let objective = 0;
  const forcedOut = new Set(problem.forceOut ?? []);
  const limits = Object.entries(problem.limits ?? {});
  const spent = new Map(limits.map(([name]) => [name, 0]));
  const exclusiveGroups = problem.exclusive ?? [];
  const requires = problem.requires ?? [];

  for (const p of ranked) {
    if (forcedOut.has(p.id)) {
      unstaffed.push({ id: p.id, blockers: [], reasons: ["forced out"] });
      continue;
    }
    const reasons = [
      ...limits.filter(([name, amount]) => (spent.get(name) as number) + (p.costs?.[name] ?? 0) > amount + CAPACITY_TOLERANCE).map(([name]) => `over ${name} limit`),
      ...exclusiveGroups.filter((g) => g.includes(p.id)).flatMap((g) => g.filter((q) => q !== p.id && staffedAt.has(q)).map((q) => `excluded by ${q}`)),
      ...requires.filter(([a, b]) => a === p.id && !staffedAt.has(b)).map(([, b]) => `requires ${b}`),
    ];
    if (reasons.length > 0) {
      unstaffed.push({ id: p.id, blockers: [], reasons });
      continue;
    }
    const blockers: { role: string; month: number; short: number }[] = [];
    for (const [role, row] of Object.entries(p.demand)) {
      row.forEach((d, k) => {
        const t = p.start + k;
        const over = used[role][t] + d - problem.capacity[role][t];
        if (d > 0 && over > CAPACITY_TOLERANCE) blockers.push({ role, month: t, short: over });
      });
    }
    blockers.sort((a, b) => a.month - b.month || (a.role < b.role ? -1 : a.role > b.role ? 1 : 0));
    const conflictsWith = links
      .filter(([a, b]) => {
        if (b === p.id && staffedAt.has(a)) return p.start < (staffedAt.get(a) as number) + (durationOf.get(a) as number);
        if (a === p.id && staffedAt.has(b)) return (staffedAt.get(b) as number) < p.start + p.duration;
        return false;
      })
      .map(([a, b]) => (a === p.id ? b : a));
    if (blockers.length > 0 || conflictsWith.length > 0) {
      unstaffed.push(conflictsWith.length > 0 ? { id: p.id, blockers, conflictsWith } : { id: p.id, blockers });
      continue;
    }
    for (const [role, row] of Object.entries(p.demand)) row.forEach((d, k) => (used[role][p.start + k] += d));
    staffedAt.set(p.id, p.start);
    for (const [name] of limits) spent.set(name, (spent.get(name) as number) + (p.costs?.[name] ?? 0));
    schedule.push({ id: p.id, start: p.start, plannedStart: p.start });
    objective += p.value;
  }
  return { objective, schedule, unstaffed };
}

function rankProjects(problem: AllocationProblem, order: readonly string[] | undefined): AllocationProject[] {
  const forcedIn = new Set(problem.forceIn ?? []);
  const ranked = rankWithOrder(problem, order);
  return [...ranked.filter((p) => forcedIn.has(p.id)), ...ranked.filter((p) => !forcedIn.has(p.id))];
}

function rankWithOrder(problem: AllocationProblem, order: readonly string[] | undefined): AllocationProject[] {
  const rest = defaultRank(problem.projects);
  if (!order) return rest;
  const byId = new Map(problem.projects.map((p) => [p.id, p]));
  const first: AllocationProject[] = [];
  const listed = new Set<string>();
  order.forEach((id, i) => {
    const p = byId.get(id);
    if (!p) throw new PmoInputError({ table: "rank", row: i + 1 }, "a project id from the Projects table", id);
    if (listed.has(id)) throw new PmoInputError({ table: "rank", row: i + 1 }, "each project once", id);
    listed.add(id);
    first.push(p);
  });
  return [...first, ...rest.filter((p) => !listed.has(p.id))];
}
