/**
 * Cheap schedule moves around the MILP: rank-order passes that may shift starts and a rounding of the LP
 * relaxation (better first incumbents than the fixed-start baseline on large models), and a polish that moves each staffed project
 * as close to its planned start as capacity and finish-to-start allow (same value, fewer moved dates).
 */
import { byDistance, linksHold, Usage, type Plan } from "./planState";
import { defaultRank } from "./priorityAllocation";
import type { AllocationProblem, AllocationProject } from "./types";
import { rolesOf } from "./validate";

type Placement = "nearest" | "flattest";

/**
 * Rank-order passes that may shift starts, for a first incumbent: three orders (value; value per unit of
 * capacity used, relative to each role's average capacity; value per square root of it) times two
 * placements (the allowed start nearest the plan where the project fits; the one that keeps the fullest
 * role-month it touches emptiest). Returns the most valuable plan. A heuristic: capacity, windows and
 * finish-to-start hold; selection constraints are not considered.
 */
export function shiftingGreedy(problem: AllocationProblem, maxShift: number | null): { id: string; start: number }[] {
  const horizon = problem.months.length;
  const averageCapacity = new Map(rolesOf(problem).map((r) => [r, problem.capacity[r].reduce((a, b) => a + b, 0) / horizon]));
  const size = new Map(
    problem.projects.map((p) => [p.id, Object.entries(p.demand).reduce((a, [r, row]) => a + row.reduce((x, y) => x + y, 0) / Math.max(averageCapacity.get(r) as number, 1e-9), 0)]),
  );
  const positive = problem.projects.filter((p) => p.value > 0);
  const byKey = (key: (p: AllocationProject) => number) => [...positive].sort((a, b) => key(b) - key(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const orders = [
    defaultRank(positive),
    byKey((p) => p.value / Math.max(size.get(p.id) as number, 1e-9)),
    byKey((p) => p.value / Math.sqrt(Math.max(size.get(p.id) as number, 1e-9))),
  ];
  let best: Plan = new Map();
  let bestValue = -Infinity;
  for (const order of orders) {
    for (const placement of ["nearest", "flattest"] as const) {
      const plan = rankOrderPass(problem, order, maxShift, placement);
      const value = problem.projects.reduce((a, p) => a + (plan.has(p.id) ? p.value : 0), 0);
      if (value > bestValue) {
        best = plan;
        bestValue = value;
      }
    }
  }
  return problem.projects.filter((p) => best.has(p.id)).map((p) => ({ id: p.id, start: best.get(p.id) as number }));
}

function rankOrderPass(problem: AllocationProblem, order: readonly AllocationProject[], maxShift: number | null, placement: Placement): Plan {
  const usage = new Usage(problem);
  const plan: Plan = new Map();
  const durations = new Map(problem.projects.map((p) => [p.id, p.duration]));
  for (const p of order) {
    let chosen: number | undefined;
    let lowest = Infinity;
    for (const s of byDistance(p, problem.months.length, maxShift)) {
      if (!usage.fits(p, s) || !linksHold(problem, plan, durations, p, s)) continue;
      if (placement === "nearest") {
        chosen = s;
        break;
      }
      const peak = usage.peakAfter(p, s);
      if (peak < lowest - 1e-12) {
        lowest = peak;
        chosen = s;
      }
    }
    if (chosen === undefined) continue;
    usage.add(p, chosen);
    plan.set(p.id, chosen);
  }
  return plan;
}

/**
 * Rounds a fractional plan (the LP relaxation's x[p,s]): candidates in order of their weight, then value,
 * each project placed at the first of its candidate starts that still fits. Starts with weight 0 come last,
 * so the pass also fills leftover capacity. Capacity, windows and finish-to-start hold.
 */
export function roundFractionalPlan(problem: AllocationProblem, candidates: readonly { readonly id: string; readonly start: number; readonly weight: number }[]): { id: string; start: number }[] {
  const byId = new Map(problem.projects.map((p) => [p.id, p]));
  const durations = new Map(problem.projects.map((p) => [p.id, p.duration]));
  const value = (id: string) => (byId.get(id) as AllocationProject).value;
  const ordered = [...candidates].filter((c) => value(c.id) > 0).sort((a, b) => b.weight - a.weight || value(b.id) - value(a.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : a.start - b.start));
  const usage = new Usage(problem);
  const plan: Plan = new Map();
  for (const c of ordered) {
    const p = byId.get(c.id) as AllocationProject;
    if (plan.has(p.id) || !usage.fits(p, c.start) || !linksHold(problem, plan, durations, p, c.start)) continue;
    usage.add(p, c.start);
    plan.set(p.id, c.start);
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
