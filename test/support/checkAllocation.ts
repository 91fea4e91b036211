/**
 * Independent checks of an allocation plan for tests: every role-month within capacity, every start an
 * allowed start under the shift mode (window, horizon, ±k), every finish-to-start link held.
 * Returns the list of violations in words (empty when the plan is valid).
 */
import type { AllocationProblem } from "../../src/engine/resources/types";

export function allocationViolations(problem: AllocationProblem, schedule: readonly { id: string; start: number }[], maxShift: number | null): string[] {
  const horizon = problem.months.length;
  const out: string[] = [];
  const byId = new Map(problem.projects.map((p) => [p.id, p]));
  const load: Record<string, number[]> = {};
  for (const role of Object.keys(problem.capacity)) load[role] = new Array<number>(horizon).fill(0);
  const startOf = new Map<string, number>();
  for (const { id, start } of schedule) {
    const p = byId.get(id);
    if (!p) {
      out.push(`unknown project ${id}`);
      continue;
    }
    if (startOf.has(id)) out.push(`${id} scheduled twice`);
    startOf.set(id, start);
    const earliest = p.earliestStart ?? 0;
    const latest = p.latestStart ?? horizon - p.duration;
    if (!Number.isInteger(start) || start < earliest || start > latest) out.push(`${id} starts at ${start}, outside its window ${earliest}..${latest}`);
    if (start < 0 || start + p.duration > horizon) out.push(`${id} leaves the horizon`);
    if (maxShift !== null && Math.abs(start - p.start) > maxShift) out.push(`${id} moved ${start - p.start} months, more than ${maxShift}`);
    for (const [role, row] of Object.entries(p.demand)) row.forEach((d, k) => (load[role][start + k] += d));
  }
  for (const [role, row] of Object.entries(load)) {
    row.forEach((l, t) => {
      if (l > problem.capacity[role][t] + 1e-7) out.push(`${role} in month ${t}: load ${l} over capacity ${problem.capacity[role][t]}`);
    });
  }
  for (const [a, b] of problem.finishToStart ?? []) {
    const sa = startOf.get(a);
    const sb = startOf.get(b);
    if (sa !== undefined && sb !== undefined && sb < sa + (byId.get(a)?.duration ?? 0)) out.push(`${b} starts at ${sb} before ${a} ends`);
  }
  return out;
}
