/** The 0/1 selection model: one binary per project, objective Σ value·x, and the selection constraints. */
import { LinearModel } from "../milp/linearModel";
import { addSelectionConstraints, type SelectionConstraintId } from "./constraints";
import type { SelectionProblem } from "./types";

/**
 * HiGHS settings for selection models when the size is not known. Presolve is off: with thousands of
 * projects and dependencies it took 10× the rest of the solve (5,000 projects: 6.3 s of CPU with it,
 * 0.5 s without).
 */
export const SELECTION_SOLVER_OPTIONS = { presolve: false } as const;

/** Presolve runs from this many projects (see selectionSolverOptions). */
export const PRESOLVE_MIN_PROJECTS = 100;

/** Presolve always runs up to this many projects (see selectionSolverOptions). */
export const PRESOLVE_MAX_PROJECTS = 300;

/** With two or more cost limits presolve runs up to this many projects. */
export const PRESOLVE_MAX_PROJECTS_MULTI_LIMIT = 1000;

/**
 * HiGHS settings for one selection model, chosen by size (measured, see docs/optimisation.md). Presolve's
 * cost grows quickly with the projects on dense cost rows (0.35 s of 0.45 s on a 2,000-item knapsack, 6 s on
 * 5,000 projects; 1.5× on 500 × 1 and 3× on 1,000 × 1 in an earlier run), while on models with several cost
 * limits its reductions pay (100–200 × 5: 20–25% less CPU; 500 × 3 with dependencies: proven in 8.9 s of
 * CPU with it, still unproven after 10.4 s without). On small models it is pure overhead (the sample
 * workbook's 48 × 2: 9.3 ms of CPU with it, 4.3 ms without; 50 × 5: 0.09 s against 0.08 s). So it runs from
 * PRESOLVE_MIN_PROJECTS up to PRESOLVE_MAX_PROJECTS, and up to PRESOLVE_MAX_PROJECTS_MULTI_LIMIT with two or
 * more dense rows. HiGHS's restart from the root stays on
 * (its default): turning it off cost 1.3–3.4× on knapPI 2,000 and the 500 × 3 portfolio.
 */
export function selectionSolverOptions(model: LinearModel): { readonly presolve: boolean; readonly allowRestart: boolean } {
  const n = model.variables.length;
  const denseRows = denseRowCount(model);
  const presolve = n >= PRESOLVE_MIN_PROJECTS && (n <= PRESOLVE_MAX_PROJECTS || (n <= PRESOLVE_MAX_PROJECTS_MULTI_LIMIT && denseRows >= 2));
  return { presolve, allowRestart: true };
}

/** Rows over more than half the columns (cost limits, role capacity): the shape presolve and the CBC race go by. */
export function denseRowCount(model: LinearModel): number {
  const half = model.variables.length / 2;
  return model.constraints.filter((r) => r.terms.length > half).length;
}

export interface SelectionModel {
  readonly model: LinearModel;
  /** LP variable name per project id. */
  readonly variableOf: ReadonlyMap<string, string>;
  readonly constraintIds: readonly SelectionConstraintId[];
}

export interface SelectionModelOptions {
  /** Keep only these constraints (default all). */
  readonly include?: (id: SelectionConstraintId) => boolean;
  /**
   * "value" (default): maximise Σ value·x. "feasibility": no objective. "minCost:L": minimise spend on
   * limit L. "minDemand:R": minimise demand on role R.
   */
  readonly objective?: "value" | "feasibility" | `minCost:${string}` | `minDemand:${string}`;
  /** Replace the amount of one limit (the efficient frontier varies it). */
  readonly limitOverride?: { readonly limit: string; readonly amount: number };
}

export function buildSelectionModel(problem: SelectionProblem, options: SelectionModelOptions = {}): SelectionModel {
  const objective = options.objective ?? "value";
  const minCost = objective.startsWith("minCost:") ? objective.slice("minCost:".length) : null;
  const minDemand = objective.startsWith("minDemand:") ? objective.slice("minDemand:".length) : null;
  const model = new LinearModel(minCost === null && minDemand === null ? "max" : "min");
  const variableOf = new Map<string, string>();
  for (const p of problem.projects) {
    const coefficient =
      objective === "value" ? p.value : minCost !== null ? p.costs[minCost] ?? 0 : minDemand !== null ? p.roleDemand?.[minDemand] ?? 0 : 0;
    variableOf.set(p.id, model.addVariable(`x_${p.id}`, "binary", { objective: coefficient }));
  }
  const effective: SelectionProblem = options.limitOverride
    ? { ...problem, limits: { ...problem.limits, [options.limitOverride.limit]: options.limitOverride.amount } }
    : problem;
  const constraintIds = addSelectionConstraints(model, effective, (id) => [{ variable: variableOf.get(id)!, coefficient: 1 }], {
    ...(options.include ? { include: options.include } : {}),
  });
  return { model, variableOf, constraintIds };
}

/** Project ids whose binary is 1 in a solution, in project order. */
export function selectedIds(problem: SelectionProblem, variableOf: ReadonlyMap<string, string>, values: ReadonlyMap<string, number>): string[] {
  return problem.projects.filter((p) => (values.get(variableOf.get(p.id)!) ?? 0) > 0.5).map((p) => p.id);
}
