/**
 * Exhaustive search over all 2^n selections (n ≤ 20), checking each with selectionViolations: an
 * answer independent of the MILP formulation. Returns the best value, or null when nothing is feasible.
 */
import { selectionViolations, totalValue } from "../../src/engine/selection/feasibility";
import type { SelectionProblem } from "../../src/engine/selection/types";

export function bruteForceOptimum(problem: SelectionProblem): { objective: number; selected: string[] } | null {
  const n = problem.projects.length;
  if (n > 20) throw new RangeError(`Brute force is for n ≤ 20 projects, not ${n}.`);
  let best: { objective: number; selected: string[] } | null = null;
  for (let mask = 0; mask < 1 << n; mask++) {
    const selected = problem.projects.filter((_, i) => (mask >> i) & 1).map((p) => p.id);
    const set = new Set(selected);
    const value = totalValue(problem, set);
    if (best !== null && value <= best.objective) continue;
    if (selectionViolations(problem, set).length === 0) best = { objective: value, selected };
  }
  return best;
}
