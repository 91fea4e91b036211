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

/** Largest number of projects for which presolve runs (see selectionSolverOptions). */
export const PRESOLVE_MAX_PROJECTS = 1000;

/**
 * HiGHS settings for one selection model, chosen by size (measured on the issue-13 families, see
 * docs/optimisation.md). Presolve's cost grows with the square of the projects on the dense cost rows
 * (about 0.02 s at 500 projects, 0.35 s at 2,000, 6 s at 5,000) while its reductions halve the search on
 * portfolio-shaped models with dependencies (500 × 3: 8.9 s of CPU with it, 19.9 s and still unproven
 * without), so it runs up to PRESOLVE_MAX_PROJECTS. HiGHS's restart from the root stays on (its default):
 * turning it off cost 1.3–3.4× on knapPI 2,000 and the 500 × 3 portfolio.
 */
export function selectionSolverOptions(model: LinearModel): { readonly presolve: boolean; readonly allowRestart: boolean } {
  return { presolve: model.variables.length <= PRESOLVE_MAX_PROJECTS, allowRestart: true };
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
