/**
 * Reduced-cost fixing from an incumbent (issue 13). With the LP relaxation solved to optimality, an integer
 * column resting at one of its bounds with reduced cost d cannot move k units off that bound in any
 * solution worth more than z_LP − k·|d| (every other reduced-cost term only lowers the Lagrangian bound).
 * So once that falls below what an improving solution must reach (the incumbent, plus 1 when every
 * objective coefficient is an integer on an integer column), the column's range shrinks, often to the
 * bound itself. What is cut off is never better than the incumbent, so the better of the incumbent and the
 * reduced model's optimum is the model's optimum: the proof is kept.
 *
 * Pure: the caller solves the relaxation (solveMilp does, with HiGHS) and passes its answer.
 */
import type { LinearModel } from "./linearModel";

/** The LP relaxation's answer: objective and, per column in model order, value and reduced cost. */
export interface RelaxationAnswer {
  readonly objective: number;
  readonly colValue: ArrayLike<number>;
  readonly colDual: ArrayLike<number>;
}

export interface ReducedBounds {
  /** Column bounds after fixing, in model order. */
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  /** Columns whose range shrank. */
  readonly tightened: number;
  /** Columns now fixed to one value (of the integer columns that had a range). */
  readonly fixed: number;
  /** The relaxation's objective: a bound on the whole model, whatever the reduced model proves. */
  readonly lpBound: number;
}

/** A column within this of a bound is taken to rest on it (HiGHS's primal feasibility tolerance). */
const AT_BOUND = 1e-7;

/** HiGHS's dual feasibility tolerance: how far a reduced cost may sit on the wrong side of zero. */
const DUAL_TOLERANCE = 1e-7;

/**
 * Bounds that keep every solution better than `incumbent` (objective value of a feasible assignment).
 * The margin is the optimality gap (1e-6 relative) plus what the relaxation's dual tolerance can hide
 * (1e-7 per unit of every column's range), so a solution cut off is never better than the incumbent. A
 * model with an unbounded column is returned unchanged: that allowance would be infinite.
 */
export function fixByReducedCosts(model: LinearModel, lp: RelaxationAnswer, incumbent: number): ReducedBounds {
  const vars = model.variables;
  const lower = Float64Array.from(vars, (v) => v.lower);
  const upper = Float64Array.from(vars, (v) => v.upper);
  const max = model.sense === "max";
  // Improving solutions are worth at least incumbent + step (integer objective) or more than incumbent.
  const integral = vars.every((v) => v.objective === 0 || (v.kind !== "continuous" && Number.isInteger(v.objective)));
  const step = integral ? 1 : 0;
  let ranges = 0;
  for (const v of vars) ranges += v.upper - v.lower;
  if (!Number.isFinite(ranges) || !Number.isFinite(lp.objective) || !Number.isFinite(incumbent)) {
    return { lower, upper, tightened: 0, fixed: 0, lpBound: lp.objective };
  }
  const margin = 1e-6 * Math.max(1, Math.abs(incumbent)) + DUAL_TOLERANCE * ranges;
  const threshold = max ? incumbent + step - margin : incumbent - step + margin;
  // How much objective the relaxation can lose before it drops below what an improving solution needs.
  const slack = max ? lp.objective - threshold : threshold - lp.objective;
  let tightened = 0;
  let fixed = 0;
  vars.forEach((v, j) => {
    if (v.kind === "continuous" || !(v.upper > v.lower)) return;
    const x = lp.colValue[j] ?? NaN;
    const d = Math.abs(lp.colDual[j] ?? 0);
    const atLower = Math.abs(x - v.lower) <= AT_BOUND;
    const atUpper = Math.abs(x - v.upper) <= AT_BOUND;
    if (!(atLower || atUpper)) return;
    // No improving solution at all: the relaxation proves the incumbent; every column stays where it is.
    let steps: number;
    if (slack < 0) steps = 0;
    else if (d > 0) steps = Math.floor(slack / d);
    else return;
    if (atLower && v.lower + steps < v.upper) {
      upper[j] = v.lower + steps;
    } else if (atUpper && !atLower && v.upper - steps > v.lower) {
      lower[j] = v.upper - steps;
    } else {
      return;
    }
    tightened++;
    if (lower[j] === upper[j]) fixed++;
  });
  return { lower, upper, tightened, fixed, lpBound: lp.objective };
}
