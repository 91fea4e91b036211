/**
 * "Peak load", defined once for every surface (Dashboard, Resources step, PMO Resources, scenarios): a role's
 * highest monthly load in a plan, in the earliest month it occurs, with the capacity and utilisation of that
 * month. It is the load, not the utilisation, that peaks: a month of lower capacity with a smaller load is not
 * the peak, even if it is fuller (a deficit shows that instead).
 */
import type { AllocationProblem } from "./types";

export interface RolePeak {
  readonly role: string;
  /** Month offset of the peak. */
  readonly month: number;
  /** Its label, e.g. "2027-05". */
  readonly monthLabel: string;
  readonly load: number;
  readonly capacity: number;
  /** load ÷ capacity; null when capacity is 0. */
  readonly utilisation: number | null;
}

/** Every role's peak in Capacity order, for a plan's load per role per month. */
export function rolePeaks(problem: Pick<AllocationProblem, "months" | "capacity">, load: Readonly<Record<string, readonly number[]>>): RolePeak[] {
  return Object.keys(problem.capacity).map((role) => {
    const l = load[role] ?? [];
    let month = 0;
    for (let t = 1; t < problem.months.length; t++) if ((l[t] ?? 0) > (l[month] ?? 0)) month = t;
    const peak = l[month] ?? 0;
    const capacity = problem.capacity[role]?.[month] ?? 0;
    return { role, month, monthLabel: problem.months[month] ?? "", load: peak, capacity, utilisation: capacity > 0 ? peak / capacity : null };
  });
}
