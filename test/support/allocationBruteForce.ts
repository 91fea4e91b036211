/**
 * Exhaustive search over allocation plans (each project unstaffed or at one allowed start) for tests:
 * the optimum value, every optimal selection and how many schedules reach it. Small problems only.
 */
import type { AllocationProblem } from "../../src/engine/resources/types";
import { allowedStarts, rolesOf, shiftMode } from "../../src/engine/resources/validate";

export interface BruteForceAnswer {
  /** null when no plan satisfies the constraints (e.g. a forced-in project cannot be staffed). */
  readonly value: number | null;
  /** Each optimal set of staffed ids, sorted, deduplicated. */
  readonly selections: readonly (readonly string[])[];
  readonly optimalSchedules: number;
}

const EPS = 1e-9;

export function bruteForceAllocation(problem: AllocationProblem, maxShift: number | null = shiftMode(problem)): BruteForceAnswer {
  const horizon = problem.months.length;
  const roles = rolesOf(problem);
  const projects = problem.projects;
  const options = projects.map((p) => allowedStarts(p, horizon, maxShift));
  const used: Record<string, number[]> = {};
  for (const r of roles) used[r] = new Array<number>(horizon).fill(0);
  const starts: (number | null)[] = projects.map(() => null);
  const index = new Map(projects.map((p, i) => [p.id, i]));
  let best: number | null = null;
  let bestSelections = new Set<string>();
  let count = 0;

  const fits = (i: number, s: number): boolean =>
    Object.entries(projects[i].demand).every(([r, row]) => row.every((d, k) => used[r][s + k] + d <= problem.capacity[r][s + k] + EPS));
  const apply = (i: number, s: number, sign: 1 | -1) => {
    for (const [r, row] of Object.entries(projects[i].demand)) row.forEach((d, k) => (used[r][s + k] += sign * d));
  };
  const feasibleSelection = (): boolean => {
    const on = (id: string) => starts[index.get(id) as number] !== null;
    for (const [a, b] of problem.finishToStart ?? []) {
      const sa = starts[index.get(a) as number];
      const sb = starts[index.get(b) as number];
      if (sa !== null && sb !== null && sb < sa + projects[index.get(a) as number].duration) return false;
    }
    for (const [limit, amount] of Object.entries(problem.limits ?? {})) {
      const spent = projects.reduce((acc, p, i) => acc + (starts[i] !== null ? p.costs?.[limit] ?? 0 : 0), 0);
      if (spent > amount + EPS) return false;
    }
    if ((problem.forceIn ?? []).some((id) => !on(id))) return false;
    if ((problem.forceOut ?? []).some((id) => on(id))) return false;
    if ((problem.requires ?? []).some(([a, b]) => on(a) && !on(b))) return false;
    if ((problem.together ?? []).some((g) => g.some(on) && !g.every(on))) return false;
    if ((problem.exclusive ?? []).some((g) => g.filter(on).length > 1)) return false;
    const count = starts.filter((s) => s !== null).length;
    if (problem.minProjects !== undefined && count < problem.minProjects) return false;
    if (problem.maxProjects !== undefined && count > problem.maxProjects) return false;
    // Shares are of the amount spent on the limit, as in the selection model (constraints.ts).
    for (const share of problem.categoryShares ?? []) {
      const amount = projects.reduce((acc, p, i) => acc + (starts[i] !== null ? p.costs?.[share.limit] ?? 0 : 0), 0);
      const spent = projects.reduce((acc, p, i) => acc + (starts[i] !== null && p.category === share.category ? p.costs?.[share.limit] ?? 0 : 0), 0);
      if (share.min !== undefined && spent < share.min * amount - EPS) return false;
      if (share.max !== undefined && spent > share.max * amount + EPS) return false;
    }
    return true;
  };
  const visit = (i: number, value: number): void => {
    if (i === projects.length) {
      if (!feasibleSelection()) return;
      const key = projects.filter((_, j) => starts[j] !== null).map((p) => p.id).sort().join(",");
      if (best === null || value > best + EPS) {
        best = value;
        bestSelections = new Set([key]);
        count = 1;
      } else if (Math.abs(value - best) <= EPS) {
        bestSelections.add(key);
        count++;
      }
      return;
    }
    visit(i + 1, value);
    for (const s of options[i]) {
      if (!fits(i, s)) continue;
      apply(i, s, 1);
      starts[i] = s;
      visit(i + 1, value + projects[i].value);
      starts[i] = null;
      apply(i, s, -1);
    }
  };
  visit(0, 0);
  return {
    value: best,
    selections: [...bestSelections].map((k) => (k === "" ? [] : k.split(","))),
    optimalSchedules: count,
  };
}
