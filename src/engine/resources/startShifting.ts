/**
 * Two cheap schedule moves around the MILP: a rank-order pass that may shift starts (a better first
 * incumbent than the fixed-start baseline on large models), and a polish that moves each staffed project
 * as close to its planned start as capacity and finish-to-start allow (same value, fewer moved dates).
 */
import { CAPACITY_TOLERANCE } from "./load";
import { defaultRank } from "./priorityAllocation";
import type { AllocationProblem, AllocationProject } from "./types";
import { allowedStarts, rolesOf } from "./validate";

type Plan = Map<string, number>;

class Usage {
  private readonly used: Record<string, number[]> = {};
  constructor(private readonly problem: AllocationProblem) {
    for (const role of rolesOf(problem)) this.used[role] = new Array<number>(problem.months.length).fill(0);
  }
  fits(p: AllocationProject, s: number): boolean {
    return Object.entries(p.demand).every(([r, row]) => row.every((d, k) => d <= 0 || this.used[r][s + k] + d <= this.problem.capacity[r][s + k] + CAPACITY_TOLERANCE));
  }
  add(p: AllocationProject, s: number, sign: 1 | -1 = 1): void {
    for (const [r, row] of Object.entries(p.demand)) row.forEach((d, k) => (this.used[r][s + k] += sign * d));
  }
}

/** Whether p at s keeps every finish-to-start link with the other staffed projects. */
function linksHold(problem: AllocationProblem, plan: Plan, durations: ReadonlyMap<string, number>, p: AllocationProject, s: number): boolean {
  for (const [a, b] of problem.finishToStart ?? []) {
    if (b === p.id && a !== p.id && plan.has(a) && s < (plan.get(a) as number) + (durations.get(a) as number)) return false;
    if (a === p.id && b !== p.id && plan.has(b) && (plan.get(b) as number) < s + p.duration) return false;
  }
  return true;
}

/** Allowed starts ordered by distance from the planned start (earlier first on ties). */
function byDistance(p: AllocationProject, horizon: number, maxShift: number | null): number[] {
  return [...allowedStarts(p, horizon, maxShift)].sort((x, y) => Math.abs(x - p.start) - Math.abs(y - p.start) || x - y);
}

/**
 * In rank order (value descending, ties by id), staff each project at the allowed start nearest its
 * planned start where it fits. A heuristic: capacity, windows and finish-to-start hold; selection
 * constraints are not considered.
 */
export function shiftingGreedy(problem: AllocationProblem, maxShift: number | null): { id: string; start: number }[] {
  const usage = new Usage(problem);
  const plan: Plan = new Map();
  const durations = new Map(problem.projects.map((p) => [p.id, p.duration]));
  for (const p of defaultRank(problem.projects)) {
    if (p.value <= 0) continue;
    const s = byDistance(p, problem.months.length, maxShift).find((x) => usage.fits(p, x) && linksHold(problem, plan, durations, p, x));
    if (s === undefined) continue;
    usage.add(p, s);
    plan.set(p.id, s);
  }
  return problem.projects.filter((p) => plan.has(p.id)).map((p) => ({ id: p.id, start: plan.get(p.id) as number }));
}

/**
 * Moves staffed projects toward their planned starts while capacity, windows and finish-to-start still
 * hold, until nothing moves. The set of staffed projects (hence the value) is unchanged.
 */
export function polishTowardPlannedStarts(problem: AllocationProblem, schedule: readonly { readonly id: string; readonly start: number }[], maxShift: number | null): { id: string; start: number }[] {
  const byId = new Map(problem.projects.map((p) => [p.id, p]));
  const durations = new Map(problem.projects.map((p) => [p.id, p.duration]));
  const usage = new Usage(problem);
  const plan: Plan = new Map();
  for (const { id, start } of schedule) {
    usage.add(byId.get(id) as AllocationProject, start);
    plan.set(id, start);
  }
  for (let moved = true, rounds = 0; moved && rounds < 50; rounds++) {
    moved = false;
    for (const { id } of schedule) {
      const p = byId.get(id) as AllocationProject;
      const current = plan.get(id) as number;
      usage.add(p, current, -1);
      plan.delete(id);
      const closer = byDistance(p, problem.months.length, maxShift).find(
        (s) => Math.abs(s - p.start) < Math.abs(current - p.start) && usage.fits(p, s) && linksHold(problem, plan, durations, p, s),
      );
      const next = closer ?? current;
      usage.add(p, next);
      plan.set(id, next);
      if (next !== current) moved = true;
    }
  }
  return schedule.map(({ id }) => ({ id, start: plan.get(id) as number }));
}
