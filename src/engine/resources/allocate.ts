/**
 * Optimal staffing: which projects to staff and when, so that every role-month fits its capacity and
 * the staffed value is largest. Compared with the priority allocation a PMO would do by hand.
 */
import { PmoSolverError } from "../errors";
import { LinearModel, OPTIMALITY_GAP, relativeGap, solveMilp, type MilpSolution } from "../milp";
import type { SolveOptions } from "../selection/types";
import { buildAllocationModel, startValues, type AllocationModel } from "./allocationModel";
import { roleLoad } from "./load";
import { priorityAllocation } from "./priorityAllocation";
import { polishTowardPlannedStarts, roundFractionalPlan, shiftingGreedy } from "./startShifting";
import type { AllocationProblem, AllocationResult, ScheduledProject } from "./types";
import { shiftMode, validateAllocationProblem } from "./validate";

/** Time limit when neither the options nor the problem give one. */
export const DEFAULT_TIME_LIMIT_SECONDS = 30;

/** A warm start may break a constraint by at most this (rounding of fractional demand). */
const FEASIBILITY_TOLERANCE = 1e-6;

/** Most of the time limit the LP relaxation for the warm start may use. */
const RELAXATION_SHARE = 0.5;

/** The MILP always gets at least this long, even when the warm start used up the limit. */
const MIN_SOLVE_SECONDS = 0.5;

/**
 * Staffs the projects optimally under the problem's shift mode (`maxShift` 0 or absent = fixed starts,
 * k = at most k months from the planned start, null = anywhere in [earliestStart, latestStart]),
 * capacity per role and month, finish-to-start links and the selection constraints.
 * Runs to the time limit (options, then problem.timeLimitSeconds, then 30 s) and reports "optimal" only
 * when proven, else "feasible" with the proven relative gap.
 *
 * @throws PmoInputError / PmoConstraintError for an invalid problem, PmoCancelledError when cancelled,
 *   PmoSolverError when HiGHS fails without any plan.
 * @example
 * const r = await allocateResources({ ...problem, maxShift: 1 });
 * r.schedule // [{ id: "P1", start: 3, plannedStart: 4 }, ...]
 */
export async function allocateResources(problem: AllocationProblem, options: SolveOptions = {}): Promise<AllocationResult> {
  const started = Date.now();
  validateAllocationProblem(problem);
  const maxShift = shiftMode(problem);
  const timeLimit = options.timeLimitSeconds ?? problem.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  options.onProgress?.({ phase: "baseline", message: "Priority allocation at planned starts" });
  const baseline = priorityAllocation(problem);
  options.onProgress?.({ phase: "model", message: "Building the staffing model" });
  const allocation = buildAllocationModel(problem, maxShift);

  // Warm start: the most valuable feasible plan among the baseline, the rank-order passes and the rounded
  // LP relaxation (the last finds most of the value on large models within a second or two).
  const baselineValues = startValues(allocation, baseline.schedule);
  const baselineFeasible = allocation.model.maxViolation(baselineValues) <= FEASIBILITY_TOLERANCE;
  const plans = [baselineValues, startValues(allocation, shiftingGreedy(problem, maxShift))];
  // The relaxation's optimum also bounds the MILP: kept in case the solver stops before proving a better bound.
  let relaxationBound = Infinity;
  if (allocation.model.variables.length > 0) {
    options.onProgress?.({ phase: "relaxation", message: "Rounding the linear relaxation" });
    const relaxation = await roundedRelaxation(problem, allocation, timeLimit * RELAXATION_SHARE, options.isCancelled);
    if (relaxation) {
      plans.push(startValues(allocation, relaxation.plan));
      relaxationBound = relaxation.bound;
    }
  }
  const feasiblePlans = plans.filter((v) => allocation.model.maxViolation(v) <= FEASIBILITY_TOLERANCE);
  const warm = feasiblePlans.sort((a, b) => allocation.model.evaluate(b) - allocation.model.evaluate(a))[0];
  const remaining = Math.max(MIN_SOLVE_SECONDS, timeLimit - (Date.now() - started) / 1000);

  options.onProgress?.({ phase: "solve", fraction: 0, message: "Optimising starts" });
  // No projects: nothing to decide (HiGHS rejects an empty model).
  const solution: MilpSolution = allocation.model.variables.length === 0 ? { status: "optimal", objective: 0, bound: 0, gap: 0, values: new Map(), seconds: 0 } : await solveMilp(allocation.model, {
    timeLimitSeconds: remaining,
    ...(warm ? { initialSolution: warm } : {}),
    ...(options.isCancelled ? { isCancelled: options.isCancelled } : {}),
    ...(options.onProgress
      ? {
          onProgress: (m) =>
            options.onProgress?.({
              phase: "solve",
              fraction: Math.min(1, m.seconds / timeLimit),
              message: Number.isFinite(m.gap) ? `Best ${m.incumbent}, gap ${(100 * m.gap).toFixed(2)} %` : "Searching for a first plan",
            }),
        }
      : {}),
  });
  const answer = readAnswer(solution, warm && { values: warm, objective: allocation.model.evaluate(warm) }, relaxationBound);
  const seconds = () => (Date.now() - started) / 1000;
  const baselineOut = { ...baseline, feasible: baselineFeasible };

  if (answer === null) {
    const load = roleLoad(problem, []);
    return {
      status: "infeasible",
      objective: 0,
      gap: null,
      schedule: [],
      unstaffed: problem.projects.map((p) => p.id),
      load: load.load,
      deficit: load.deficit,
      baseline: { ...baselineOut, valueLeftOnTable: 0 },
      solveSeconds: seconds(),
    };
  }

  const chosen = decode(allocation, answer.values);
  const schedule = toScheduled(problem, polishTowardPlannedStarts(problem, chosen, maxShift));
  const staffed = new Set(schedule.map((s) => s.id));
  const objective = problem.projects.reduce((acc, p) => acc + (staffed.has(p.id) ? p.value : 0), 0);
  const load = roleLoad(problem, schedule);
  return {
    status: answer.status,
    objective,
    gap: answer.gap,
    schedule,
    unstaffed: problem.projects.filter((p) => !staffed.has(p.id)).map((p) => p.id),
    load: load.load,
    deficit: load.deficit,
    baseline: { ...baselineOut, valueLeftOnTable: objective - baseline.objective },
    solveSeconds: seconds(),
  };
}

interface Answer {
  readonly status: "optimal" | "feasible";
  readonly gap: number | null;
  readonly values: ReadonlyMap<string, number>;
}

/**
 * null = proven infeasible. A solver stop without a plan of its own falls back to the warm start, with the
 * gap to the relaxation's bound when there is one (else unknown).
 */
function readAnswer(solution: MilpSolution, warm: { values: ReadonlyMap<string, number>; objective: number } | undefined, relaxationBound: number): Answer | null {
  if (solution.status === "optimal") return { status: "optimal", gap: 0, values: solution.values };
  if (solution.status === "feasible") {
    const bound = Math.min(solution.bound ?? Infinity, relaxationBound);
    const gap = relativeGap(solution.objective, bound);
    // The LP bound can prove what the solver had no time to (e.g. a rounding that reaches it).
    return gap <= OPTIMALITY_GAP ? { status: "optimal", gap: 0, values: solution.values } : { status: "feasible", gap, values: solution.values };
  }
  if (solution.status === "infeasible") return null;
  if (warm) return { status: "feasible", gap: Number.isFinite(relaxationBound) ? relativeGap(warm.objective, relaxationBound) : null, values: warm.values };
  throw new PmoSolverError(`The staffing model could not be solved: ${solution.message ?? solution.status}`);
}

/** The LP relaxation's x[p,s] rounded into a plan, and its optimum (a bound); null when it does not solve in time. */
async function roundedRelaxation(
  problem: AllocationProblem,
  allocation: AllocationModel,
  seconds: number,
  isCancelled: (() => boolean) | undefined,
): Promise<{ plan: { id: string; start: number }[]; bound: number } | null> {
  const relaxed = new LinearModel(allocation.model.sense);
  for (const v of allocation.model.variables) relaxed.addVariable(v.name, "continuous", { lower: v.lower, upper: v.upper, objective: v.objective });
  for (const r of allocation.model.constraints) relaxed.addConstraint(r.name, r.terms, { lower: r.lower, upper: r.upper });
  const lp = await solveMilp(relaxed, { timeLimitSeconds: seconds, ...(isCancelled ? { isCancelled } : {}) });
  if (lp.status !== "optimal") return null;
  const candidates = [...allocation.starts].flatMap(([id, vars]) => vars.map((v) => ({ id, start: v.start, weight: lp.values.get(v.variable) ?? 0 })));
  return { plan: roundFractionalPlan(problem, candidates), bound: lp.objective };
}

function decode(allocation: AllocationModel, values: ReadonlyMap<string, number>): { id: string; start: number }[] {
  const plan: { id: string; start: number }[] = [];
  for (const [id, vars] of allocation.starts) {
    const on = vars.find((v) => (values.get(v.variable) ?? 0) > 0.5);
    if (on) plan.push({ id, start: on.start });
  }
  return plan;
}

function toScheduled(problem: AllocationProblem, plan: readonly { id: string; start: number }[]): ScheduledProject[] {
  const startOf = new Map(plan.map((s) => [s.id, s.start]));
  return problem.projects.filter((p) => startOf.has(p.id)).map((p) => ({ id: p.id, start: startOf.get(p.id) as number, plannedStart: p.start }));
}
