/** Resource capacity by role and month: load, priority allocation, optimal staffing with start shifting, hiring. */
export type * from "./types";
export { allocateResources, DEFAULT_TIME_LIMIT_SECONDS } from "./allocate";
export { buildAllocationModel, startValues } from "./allocationModel";
export type { AllocationModel, StartVariable } from "./allocationModel";
export { hiringNeeds, plannedSchedule, withUnstaffedAtPlannedStart } from "./hiring";
export type { HiringNeeds } from "./hiring";
export { roleLoad, planLoad, CAPACITY_TOLERANCE } from "./load";
export type { RoleLoad, NoCapacityMonth, PlanStarts } from "./load";
export { loadMatrix } from "./loadMatrix";
export type { LoadMatrix } from "./loadMatrix";
export { priorityAllocation, defaultRank } from "./priorityAllocation";
export type { PriorityAllocation } from "./priorityAllocation";
export { polishTowardPlannedStarts, roundFractionalPlan, shiftingGreedy } from "./startShifting";
export { selectionView } from "./selectionView";
export { allowedStarts, shiftMode, startWindow, validateAllocationProblem } from "./validate";
export type { StartWindow } from "./validate";
export { unstaffedReasons } from "./unstaffedReasons";
export type { UnstaffedReason, UnstaffedRule } from "./unstaffedReasons";
