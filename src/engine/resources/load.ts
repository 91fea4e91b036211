/**
 * Role load of a plan, month by month, against capacity: what the PMO Resources sheet and =PMO.LOAD show.
 */
import { PmoInputError } from "../errors";
import type { AllocationProblem } from "./types";
import { rolesOf } from "./validate";

/** A start month per staffed project (projects not listed are not staffed). */
export type PlanStarts = readonly { readonly id: string; readonly start: number }[];

/** A role-month with load but no capacity at all: its utilisation is undefined, so it is listed here. */
export interface NoCapacityMonth {
  readonly role: string;
  readonly month: number;
  readonly load: number;
}

export interface RoleLoad {
  /** Demand of the plan per role per month. */
  readonly load: Readonly<Record<string, readonly number[]>>;
  /** Capacity minus load where positive, else 0. */
  readonly surplus: Readonly<Record<string, readonly number[]>>;
  /** Load minus capacity where positive (the shortfall), else 0. */
  readonly deficit: Readonly<Record<string, readonly number[]>>;
  /**
   * Load ÷ capacity (1 = 100 %). 0 when both are 0; null when capacity is 0 but load is not
   * (such role-months are also listed in `noCapacity`).
   */
  readonly utilisation: Readonly<Record<string, readonly (number | null)[]>>;
  readonly noCapacity: readonly NoCapacityMonth[];
}

/** Differences below this are rounding noise from fractional FTE sums, not shortfalls. */
export const CAPACITY_TOLERANCE = 1e-9;

/**
 * Load per role per month of `schedule` (every listed project staffed at the given start).
 * Expects a validated problem; throws PmoInputError for an unknown project or a start that does not
 * fit the horizon.
 *
 * @example roleLoad(problem, [{ id: "P1", start: 0 }]).deficit.Dev // [0, 0.5, 0, ...]
 */
export function roleLoad(problem: AllocationProblem, schedule: PlanStarts): RoleLoad {
  const horizon = problem.months.length;
  const load = planLoad(problem, schedule);
  const surplus: Record<string, number[]> = {};
  const deficit: Record<string, number[]> = {};
  const utilisation: Record<string, (number | null)[]> = {};
  const noCapacity: NoCapacityMonth[] = [];
  for (const role of rolesOf(problem)) {
    const cap = problem.capacity[role];
    const l = load[role];
    surplus[role] = [];
    deficit[role] = [];
    utilisation[role] = [];
    for (let t = 0; t < horizon; t++) {
      const over = l[t] - cap[t];
      surplus[role].push(over < -CAPACITY_TOLERANCE ? -over : 0);
      deficit[role].push(over > CAPACITY_TOLERANCE ? over : 0);
      if (cap[t] > 0) utilisation[role].push(l[t] / cap[t]);
      else if (l[t] > CAPACITY_TOLERANCE) {
        utilisation[role].push(null);
        noCapacity.push({ role, month: t, load: l[t] });
      } else utilisation[role].push(0);
    }
  }
  return { load, surplus, deficit, utilisation, noCapacity };
}

/** Load per role per month only (every capacity role present, zeros where idle). */
export function planLoad(problem: AllocationProblem, schedule: PlanStarts): Record<string, number[]> {
  const horizon = problem.months.length;
  const byId = new Map(problem.projects.map((p) => [p.id, p]));
  const load: Record<string, number[]> = {};
  for (const role of rolesOf(problem)) load[role] = new Array<number>(horizon).fill(0);
  const seen = new Set<string>();
  schedule.forEach(({ id, start }, i) => {
    const p = byId.get(id);
    const where = { table: "schedule", row: i + 1 };
    if (!p) throw new PmoInputError({ ...where, column: "id" }, "a project id from the Projects table", id);
    if (seen.has(id)) throw new PmoInputError({ ...where, column: "id" }, "each project at most once", id);
    seen.add(id);
    if (!Number.isInteger(start) || start < 0 || start + p.duration > horizon) {
      throw new PmoInputError({ ...where, column: "start" }, `a start in 0..${horizon - p.duration} so ${id} finishes inside the horizon`, start);
    }
    for (const [role, row] of Object.entries(p.demand)) {
      row.forEach((d, k) => (load[role][start + k] += d));
    }
  });
  return load;
}
