/**
 * The staffing MILP (docs/resources.md): x[p,s] = 1 when project p is staffed starting in month s.
 *
 *   max Σ value_p · x[p,s]
 *   Σ_s x[p,s] ≤ 1                                        each project at most once
 *   Σ_{p,s: s ≤ t < s+d_p} demand_p[r][t−s] · x[p,s] ≤ capacity[r][t]   every role-month
 *   Σ_{s ≤ t} x[B,s] + Σ_{s > t − d_A} x[A,s] ≤ 1           finish-to-start A → B, every t (both staffed)
 *   selection constraints on y_p = Σ_s x[p,s]              limits, forced, requires, together, exclusive
 *
 * Only starts allowed by the shift mode get a variable, so windows and the horizon hold by construction.
 */
import { LinearModel, type LinearTerm } from "../milp";
import { addSelectionConstraints } from "../selection/constraints";
import { CAPACITY_TOLERANCE } from "./load";
import type { AllocationProblem, AllocationProject } from "./types";
import { selectionView } from "./selectionView";
import { allowedStarts, rolesOf } from "./validate";

export interface StartVariable {
  readonly start: number;
  /** Name in the LinearModel. */
  readonly variable: string;
}

export interface AllocationModel {
  readonly model: LinearModel;
  /** Per project id, one binary per allowed start. */
  readonly starts: ReadonlyMap<string, readonly StartVariable[]>;
}

/** Builds the model for a validated problem under the given shift mode (0 fixed, k, or null = window). */
export function buildAllocationModel(problem: AllocationProblem, maxShift: number | null): AllocationModel {
  const horizon = problem.months.length;
  const model = new LinearModel("max");
  const starts = new Map<string, StartVariable[]>();
  for (const p of problem.projects) {
    const vars = allowedStarts(p, horizon, maxShift).map((s) => {
      // A start whose own demand exceeds some role-month's capacity can never be staffed: fix it at 0.
      const upper = fitsAlone(problem, p, s) ? 1 : 0;
      return { start: s, variable: model.addVariable(`x_${p.id}_${s}`, "binary", { objective: p.value, upper }) };
    });
    starts.set(p.id, vars);
    if (vars.length > 1) model.addConstraint(`once_${p.id}`, vars.map(one), { upper: 1 });
  }
  addCapacityRows(model, problem, starts);
  addFinishToStartRows(model, problem, starts);
  addSelectionConstraints(model, selectionView(problem), (id) => (starts.get(id) ?? []).map(one));
  return { model, starts };
}

const one = (v: StartVariable): LinearTerm => ({ variable: v.variable, coefficient: 1 });

function fitsAlone(problem: AllocationProblem, p: AllocationProject, s: number): boolean {
  return Object.entries(p.demand).every(([role, row]) => row.every((d, k) => d <= problem.capacity[role][s + k] + CAPACITY_TOLERANCE));
}

function addCapacityRows(model: LinearModel, problem: AllocationProblem, starts: ReadonlyMap<string, readonly StartVariable[]>): void {
  const horizon = problem.months.length;
  for (const role of rolesOf(problem)) {
    const terms: LinearTerm[][] = Array.from({ length: horizon }, () => []);
    // Most a role-month can receive: each project contributes at most its largest coefficient there.
    const worst = new Array<number>(horizon).fill(0);
    for (const p of problem.projects) {
      const row = p.demand[role];
      if (!row) continue;
      const peak = new Array<number>(horizon).fill(0);
      for (const v of starts.get(p.id) ?? []) {
        row.forEach((d, k) => {
          if (d <= 0) return;
          terms[v.start + k].push({ variable: v.variable, coefficient: d });
          peak[v.start + k] = Math.max(peak[v.start + k], d);
        });
      }
      peak.forEach((d, t) => (worst[t] += d));
    }
    terms.forEach((ts, t) => {
      const cap = problem.capacity[role][t];
      if (ts.length > 0 && worst[t] > cap + CAPACITY_TOLERANCE) model.addConstraint(`cap_${role}_${t}`, ts, { upper: cap });
    });
  }
}

/**
 * B may not start before A ends when both are staffed: for each month t, "B starts by t" and "A still
 * runs after t" (A starts after t − d_A) exclude each other. Neither project requires the other.
 */
function addFinishToStartRows(model: LinearModel, problem: AllocationProblem, starts: ReadonlyMap<string, readonly StartVariable[]>): void {
  const durationOf = new Map(problem.projects.map((p) => [p.id, p.duration]));
  for (const [a, b] of problem.finishToStart ?? []) {
    const xa = starts.get(a) ?? [];
    const xb = starts.get(b) ?? [];
    const dA = durationOf.get(a) as number;
    for (const t of new Set(xb.map((v) => v.start))) {
      const early = xb.filter((v) => v.start <= t);
      const running = xa.filter((v) => v.start > t - dA);
      if (early.length > 0 && running.length > 0) model.addConstraint(`fs_${a}_${b}_${t}`, [...early, ...running].map(one), { upper: 1 });
    }
  }
}

/** Variable values that put each listed project at its start (everything else 0), for a warm start. */
export function startValues(allocation: AllocationModel, schedule: readonly { readonly id: string; readonly start: number }[]): Map<string, number> {
  const values = new Map<string, number>();
  for (const vars of allocation.starts.values()) for (const v of vars) values.set(v.variable, 0);
  for (const { id, start } of schedule) {
    const v = allocation.starts.get(id)?.find((x) => x.start === start);
    if (v) values.set(v.variable, 1);
  }
  return values;
}
