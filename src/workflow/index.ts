/**
 * The workflow layer: Portfolio + the user's explicit choices → engine problems → result sheet inputs.
 * The CLI, the task pane and the workbook-shaped functions all enter here (docs/workflow.md).
 */
export { defaultChoices, workbookDependencies } from "./choices";
export type { Dependency, SelectionChoices, WorkflowChoices } from "./choices";
export { demandArrays, horizonDemand, horizonWarnings, plannedDuration, totalDemand } from "./horizon";
export { dependencyLists, projectCosts, projectValues, roleCapacityNote, toAllocationProblem, toSelectionProblem, usesRoleCapacity } from "./problems";
export type { AllocationAdapterOptions, SelectionAdapterOptions } from "./problems";
export { ahpMethodOf, projectNames, rankingInput, rankPortfolio, VALUE_LABELS, weightsSource, workbookWeights } from "./ranking";
export type { GivenWeights, Ranking, RankOptions } from "./ranking";
export { allocationPlan, selectionPlan } from "./plans";
export type { AllocationPlan, SelectionPlan } from "./plans";
export { loadPlan, portfolioDashboard, portfolioStatus } from "./status";
export type { DashboardChoices } from "./status";
