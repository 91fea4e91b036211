export { LinearModel, sanitiseName } from "./linearModel";
export type { LinearTerm, Variable, VariableKind, ObjectiveSense, LinearConstraint, VariableOptions, ConstraintBounds } from "./linearModel";
export { toLpFormat } from "./lpFormat";
export { solveMilp, relativeGap, OPTIMALITY_GAP, DEFAULT_HEURISTIC_EFFORT } from "./solveMilp";
export type { MilpOptions, MilpSolution, MilpStatus, MilpProgress } from "./solveMilp";
export { configureHighs, getHighs } from "./highsLoader";
export type { HighsConfiguration } from "./highsLoader";
