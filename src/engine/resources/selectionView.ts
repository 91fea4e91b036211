/** The allocation problem's selection constraints in the selection model's terms (shared model code). */
import type { SelectionProblem } from "../selection/types";
import type { AllocationProblem } from "./types";

/** The allocation problem as the selection model sees it: one yes/no per project. */
export function selectionView(problem: AllocationProblem): SelectionProblem {
  return {
    projects: problem.projects.map((p) => ({ id: p.id, value: p.value, costs: p.costs ?? {}, ...(p.category !== undefined ? { category: p.category } : {}) })),
    limits: problem.limits ?? {},
    ...(problem.forceIn ? { forceIn: problem.forceIn } : {}),
    ...(problem.forceOut ? { forceOut: problem.forceOut } : {}),
    ...(problem.requires ? { requires: problem.requires } : {}),
    ...(problem.together ? { together: problem.together } : {}),
    ...(problem.exclusive ? { exclusive: problem.exclusive } : {}),
    ...(problem.minProjects !== undefined ? { minProjects: problem.minProjects } : {}),
    ...(problem.maxProjects !== undefined ? { maxProjects: problem.maxProjects } : {}),
    ...(problem.categoryShares ? { categoryShares: problem.categoryShares } : {}),
  };
}
