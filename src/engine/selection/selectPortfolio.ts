/**
 * Optimal portfolio selection: maximise total value subject to the problem's cost limits, counts,
 * category shares, role capacity, forced decisions and dependencies, solved exactly with HiGHS.
 */
import { PmoCancelledError, PmoSolverError } from "../errors";
import { solveInParallel } from "../milp/parallelSolve";
import { boxBound, relativeGap, solveMilp, type MilpSolution } from "../milp/solveMilp";
import { compareWithOptimum, rankAndCut, valuePerCostGreedy, type BaselineAnswer } from "./baselines";
import { spendByLimit, totalValue } from "./feasibility";
import { dependencyAwareStart, type FeasibleStart } from "./feasibleStart";
import { explainInfeasibility } from "./infeasibility";
import { cbcRaceFits, PARALLEL_MIN_PROJECTS, selectionParts } from "./parallelPlan";
import { buildSelectionModel, denseRowCount, selectedIds, selectionSolverOptions } from "./selectionModel";
import type { SelectionProblem, SelectionResult, SolveOptions } from "./types";
import { checkSelectionProblem } from "./validation";

/** Time limit when neither the options nor the problem give one. */
export const DEFAULT_TIME_LIMIT_SECONDS = 30;

/**
 * Chooses the projects that bring the most total value within every constraint.
 *
 * Status: "optimal" when proven (gap 0); "feasible" when the time limit stopped the search with a
 * solution, with the proven relative `gap` and `bound`; "infeasible" with `conflicts` saying in words
 * which constraints cannot all hold. Every result that has an optimum or incumbent carries the
 * rank-and-cut and value-per-cost greedy baselines and the value each leaves on the table.
 *
 * @throws PmoConstraintError listing every input error (unknown ids, a project forced in and out, ...).
 * @throws PmoCancelledError when `options.isCancelled()` turns true.
 * @throws PmoSolverError when HiGHS cannot run, or finds no solution at all within the time limit.
 * @example
 * const r = await selectPortfolio({
 *   projects: [{ id: "P1", value: 16, costs: { capex: 5 } }, { id: "P2", value: 22, costs: { capex: 7 } }],
 *   limits: { capex: 10 },
 * });
 * // r.status === "optimal", r.selected = ["P2"], r.objective = 22
 */
export async function selectPortfolio(problem: SelectionProblem, options: SolveOptions = {}): Promise<SelectionResult> {
  const started = Date.now();
  const elapsed = () => (Date.now() - started) / 1000;
  const timeLimit = options.timeLimitSeconds ?? problem.timeLimitSeconds ?? DEFAULT_TIME_LIMIT_SECONDS;
  if (options.isCancelled?.()) throw new PmoCancelledError("The optimisation");
  options.onProgress?.({ phase: "checking", fraction: 0, message: "Checking the constraints" });
  const check = checkSelectionProblem(problem);
  const warnings = check.warnings.length > 0 ? { warnings: check.warnings } : {};
  if (check.contradictions.length > 0) {
    return { ...infeasible(problem, check.contradictions, elapsed()), ...warnings };
  }

  const baselines = [rankAndCut(problem), valuePerCostGreedy(problem)] as const;
  const { model, variableOf } = buildSelectionModel(problem);
  const start = selectionStart(problem, baselines);
  const initialSolution = start ? new Map(start.selected.map((id) => [variableOf.get(id)!, 1])) : null;
  const denseRows = denseRowCount(model);
  const offered = options.parallel && options.parallel.workers >= 2 ? options.parallel : null;
  const parallel =
    offered && (problem.projects.length >= (options.parallelMinProjects ?? PARALLEL_MIN_PROJECTS) || cbcRaceFits(problem.projects.length, denseRows, offered.solvers, offered.workers)) ? offered : null;
  const workers = parallel ? ` in ${Math.min(parallel.workers, 4)} workers` : "";
  options.onProgress?.({ phase: "solving", fraction: 0, message: `Solving for ${problem.projects.length} projects${workers}` });
  const tuned = selectionSolverOptions(model);
  let solution: MilpSolution;
  let solvedBy = "HiGHS";
  if (parallel) {
    const parts = selectionParts({
      binaries: [...variableOf.values()],
      base: tuned,
      start: initialSolution,
      workers: parallel.workers,
      ...(options.parallelMode ? { mode: options.parallelMode } : {}),
      ...(parallel.solvers ? { solvers: parallel.solvers } : {}),
      denseRows,
    });
    const answer = await solveInParallel(model, parts, parallel, {
      timeLimitSeconds: timeLimit,
      ...(options.isCancelled ? { isCancelled: options.isCancelled } : {}),
    });
    solution = answer;
    solvedBy = answer.parts.map((p) => (answer.parts.length > 1 ? `${p.name}: ` : "") + (p.provedBy ?? "unproven")).join("; ");
  } else {
    solution = await solveMilp(model, {
      ...tuned,
      timeLimitSeconds: timeLimit,
      ...(initialSolution ? { initialSolution } : {}),
      ...(options.isCancelled ? { isCancelled: options.isCancelled } : {}),
      onProgress: (p) =>
        options.onProgress?.({
          phase: "solving",
          fraction: Math.min(1, p.seconds / timeLimit),
          message: Number.isFinite(p.gap) ? `Best value ${round(p.incumbent)}, gap ${(100 * p.gap).toFixed(2)}%` : "Searching for a first solution",
          ...(Number.isFinite(p.gap) ? { incumbent: p.incumbent, gap: p.gap } : {}),
        }),
    });
  }

  if (solution.status === "infeasible" && options.explainInfeasibility === false) {
    return { ...infeasible(problem, [], elapsed()), ...warnings };
  }
  if (solution.status === "infeasible") {
    options.onProgress?.({ phase: "explaining", message: "Finding the constraints that conflict" });
    const conflicts = await explainInfeasibility(problem, {
      timeLimitSeconds: Math.max(5, timeLimit),
      ...(options.isCancelled ? { isCancelled: options.isCancelled } : {}),
    });
    return { ...infeasible(problem, conflicts, elapsed()), ...warnings };
  }
  // HiGHS may stop (time limit) before it took the start as its incumbent; the start is still a feasible answer.
  const fallBack = solution.status === "error" && start !== null;
  if (solution.status !== "optimal" && solution.status !== "feasible" && !fallBack) {
    throw new PmoSolverError(solution.message ?? `The solver ended with status ${solution.status}.`);
  }
  const selected = fallBack ? [...start.selected] : selectedIds(problem, variableOf, solution.values);
  const chosen = new Set(selected);
  const objective = totalValue(problem, chosen);
  options.onProgress?.({ phase: "done", fraction: 1 });
  const proven = solution.status === "optimal" && !fallBack;
  const bound = proven ? objective : Math.max(objective, Math.min(solution.bound ?? Infinity, boxBound(model)));
  return {
    status: proven ? "optimal" : "feasible",
    objective,
    selected,
    gap: proven ? 0 : relativeGap(objective, bound),
    bound,
    conflicts: [],
    baselines: { rankAndCut: compareWithOptimum(baselines[0], objective), greedy: compareWithOptimum(baselines[1], objective) },
    totals: spendByLimit(problem, chosen),
    solveSeconds: elapsed(),
    solvedBy: fallBack ? "the feasible start (no solver answer in time)" : solvedBy,
    ...warnings,
  };
}

function infeasible(problem: SelectionProblem, conflicts: SelectionResult["conflicts"], seconds: number): SelectionResult {
  return {
    status: "infeasible",
    objective: 0,
    selected: [],
    gap: null,
    bound: null,
    conflicts,
    baselines: null,
    totals: spendByLimit(problem, new Set()),
    solveSeconds: seconds,
  };
}

/**
 * The best of the feasible baselines and the dependency-aware walk: the MIP start, so the solver never
 * does worse than any of them.
 */
export function selectionStart(
  problem: SelectionProblem,
  baselines: readonly BaselineAnswer[] = [rankAndCut(problem), valuePerCostGreedy(problem)],
): FeasibleStart | null {
  let best: FeasibleStart | null = null;
  for (const s of [...baselines.filter((b) => b.feasible), dependencyAwareStart(problem)]) {
    if (s && (best === null || s.objective > best.objective)) best = s;
  }
  return best;
}

function round(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toFixed(4))) : "–";
}
