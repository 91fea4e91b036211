/** Working state shared by the schedule heuristics: role-month usage and finish-to-start checks. */
import { CAPACITY_TOLERANCE } from "./load";
import type { AllocationProblem, AllocationProject } from "./types";
import { allowedStarts, rolesOf } from "./validate";

/** Start month per staffed project id. */
export type Plan = Map<string, number>;

/** Load per role and month of the projects placed so far, against capacity. */
export class Usage {
  readonly used: Record<string, number[]> = {};
  constructor(private readonly problem: AllocationProblem) {
    for (const role of rolesOf(problem)) this.used[role] = new Array<number>(problem.months.length).fill(0);
  }
  fits(p: AllocationProject, s: number): boolean {
    return Object.entries(p.demand).every(([r, row]) => row.every((d, k) => d <= 0 || this.used[r][s + k] + d <= this.problem.capacity[r][s + k] + CAPACITY_TOLERANCE));
  }
  /** Highest load ÷ capacity among the role-months p would use if it started at s. */
  peakAfter(p: AllocationProject, s: number): number {
    let peak = 0;
    for (const [r, row] of Object.entries(p.demand)) {
      row.forEach((d, k) => {
        if (d > 0) peak = Math.max(peak, (this.used[r][s + k] + d) / this.problem.capacity[r][s + k]);
      });
    }
    return peak;
  }
  add(p: AllocationProject, s: number, sign: 1 | -1 = 1): void {
    for (const [r, row] of Object.entries(p.demand)) row.forEach((d, k) => (this.used[r][s + k] += sign * d));
  }
}

/** Whether p at s keeps every finish-to-start link with the other staffed projects. */
export function linksHold(problem: AllocationProblem, plan: Plan, durations: ReadonlyMap<string, number>, p: AllocationProject, s: number): boolean {
  for (const [a, b] of problem.finishToStart ?? []) {
    if (b === p.id && a !== p.id && plan.has(a) && s < (plan.get(a) as number) + (durations.get(a) as number)) return false;
    if (a === p.id && b !== p.id && plan.has(b) && (plan.get(b) as number) < s + p.duration) return false;
  }
  return true;
}

/** Allowed starts ordered by distance from the planned start (earlier first on ties). */
export function byDistance(p: AllocationProject, horizon: number, maxShift: number | null): number[] {
  return [...allowedStarts(p, horizon, maxShift)].sort((x, y) => Math.abs(x - p.start) - Math.abs(y - p.start) || x - y);
}
