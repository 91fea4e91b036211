/**
 * A LinearModel as plain data, so a model built on one thread can be solved in a worker (structured clone
 * carries it; names are already sanitised and unique, so the copy has the same columns and rows).
 */
import { LinearModel, type LinearConstraint, type ObjectiveSense, type Variable } from "./linearModel";

export interface LinearModelData {
  readonly sense: ObjectiveSense;
  readonly variables: readonly Variable[];
  readonly constraints: readonly LinearConstraint[];
}

export function modelToData(model: LinearModel): LinearModelData {
  return { sense: model.sense, variables: [...model.variables], constraints: [...model.constraints] };
}

/** Rebuilds the model; `extraRows` are added after its own rows (e.g. one half of a split). */
export function modelFromData(data: LinearModelData, extraRows: readonly LinearConstraint[] = []): LinearModel {
  const model = new LinearModel(data.sense);
  for (const v of data.variables) {
    const name = model.addVariable(v.name, v.kind, { lower: v.lower, upper: v.upper, objective: v.objective });
    if (name !== v.name) throw new RangeError(`Variable '${v.name}' is not a sanitised, unique name.`);
  }
  for (const r of [...data.constraints, ...extraRows]) model.addConstraint(r.name, r.terms, { lower: r.lower, upper: r.upper });
  return model;
}
