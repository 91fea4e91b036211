/**
 * Hiring: the extra capacity per role and month that would staff a plan in full, and what it costs.
 */
import { roleLoad, type PlanStarts } from "./load";
import type { AllocationProblem } from "./types";
import { rolesOf, validateAllocationProblem } from "./validate";

export interface HiringNeeds {
  /** The problem's unit of capacity ("FTE" when not stated). */
  readonly unit: string;
  /** Extra capacity needed per role per month (the plan's load over capacity; 0 where it fits). */
  readonly perMonth: Readonly<Record<string, readonly number[]>>;
  /** Largest monthly need per role: the headcount to add if hires stay for the whole horizon. */
  readonly peak: Readonly<Record<string, number>>;
  /** Need summed over the months per role (unit-months, e.g. FTE-months). */
  readonly total: Readonly<Record<string, number>>;
  /** total × rate per role (rates are per unit per month); null when the problem gives no rates. */
  readonly cost: Readonly<Record<string, number>> | null;
  /** Sum of `cost`; null without rates or when a role that needs hires has no rate (see missingRates). */
  readonly totalCost: number | null;
  /** Roles that need hires but have no rate. */
  readonly missingRates: readonly string[];
}

/**
 * Capacity to add so that `schedule` is fully staffed.
 * @throws PmoInputError for an invalid problem, an unknown project or a start outside the horizon.
 * @example hiringNeeds(problem, plannedSchedule(problem)).peak // { Dev: 1.5, Analyst: 0 }
 */
export function hiringNeeds(problem: AllocationProblem, schedule: PlanStarts): HiringNeeds {
  validateAllocationProblem(problem);
  const { deficit } = roleLoad(problem, schedule);
  const peak: Record<string, number> = {};
  const total: Record<string, number> = {};
  const cost: Record<string, number> = {};
  const missingRates: string[] = [];
  for (const role of rolesOf(problem)) {
    peak[role] = Math.max(0, ...deficit[role]);
    total[role] = deficit[role].reduce((a, b) => a + b, 0);
    const rate = problem.rates?.[role];
    if (rate !== undefined) cost[role] = total[role] * rate;
    else if (problem.rates && total[role] > 0) missingRates.push(role);
  }
  const rated = problem.rates !== undefined;
  return {
    unit: problem.unit ?? "FTE",
    perMonth: deficit,
    peak,
    total,
    cost: rated ? cost : null,
    totalCost: rated && missingRates.length === 0 ? Object.values(cost).reduce((a, b) => a + b, 0) : null,
    missingRates,
  };
}

/** Every project at its planned start: the plan as submitted. */
export function plannedSchedule(problem: AllocationProblem): { id: string; start: number }[] {
  return problem.projects.map((p) => ({ id: p.id, start: p.start }));
}

/** A plan plus every project it leaves out, at its planned start: "staff all of it" from a partial plan. */
export function withUnstaffedAtPlannedStart(problem: AllocationProblem, schedule: PlanStarts): { id: string; start: number }[] {
  const staffed = new Set(schedule.map((s) => s.id));
  return [...schedule.map((s) => ({ id: s.id, start: s.start })), ...problem.projects.filter((p) => !staffed.has(p.id)).map((p) => ({ id: p.id, start: p.start }))];
}
