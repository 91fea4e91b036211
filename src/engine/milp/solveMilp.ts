/**
 * Solves a LinearModel with HiGHS (persistent model API: warm start, gap and bound, callbacks).
 * "optimal" only when the proven relative gap is at most OPTIMALITY_GAP; a time limit with an incumbent
 * is "feasible" with its proven gap.
 */
import type { HighsCallbackMap, Model, ModelData, VariableType } from "highs";
import { PmoCancelledError, PmoSolverError } from "../errors";
import { getHighs } from "./highsLoader";
import type { LinearModel } from "./linearModel";
import { fixByReducedCosts, type ReducedBounds, type RelaxationAnswer } from "./reducedCostFixing";

export type MilpStatus = "optimal" | "feasible" | "infeasible" | "unbounded" | "error";

/** Largest relative gap reported as "optimal" (HiGHS's default 1e-4 would hide 0.01% of value). */
export const OPTIMALITY_GAP = 1e-6;

/** See MilpOptions.heuristicEffort. */
export const DEFAULT_HEURISTIC_EFFORT = 0.01;

export interface MilpProgress {
  /** Best objective found so far (NaN before the first incumbent). */
  readonly incumbent: number;
  /** Best proven bound. */
  readonly bound: number;
  /** Relative gap, Infinity before the first incumbent. */
  readonly gap: number;
  readonly seconds: number;
}

export interface MilpOptions {
  /** Wall-clock limit for this solve (default: none). */
  readonly timeLimitSeconds?: number;
  /** Stop once the proven relative gap is at most this (default OPTIMALITY_GAP). */
  readonly mipRelGap?: number;
  /** A starting assignment by variable name (e.g. the previous frontier point); missing = lower bound. */
  readonly initialSolution?: ReadonlyMap<string, number> | Readonly<Record<string, number>>;
  /**
   * HiGHS's primal-heuristic effort (0..1, default 0.01, HiGHS's own default is 0.05). Its sub-MIP
   * heuristics cost several times a whole solve on small portfolios; callers pass a feasible start.
   */
  readonly heuristicEffort?: number;
  /**
   * Run HiGHS's presolve (default true). Portfolio selection turns it off: on thousands of projects
   * with dependencies HiGHS's presolve alone took 10× the rest of the solve.
   */
  readonly presolve?: boolean;
  /** Let HiGHS restart from the root after fixing many columns (default true, as in HiGHS). */
  readonly allowRestart?: boolean;
  /** HiGHS's random seed (default 0): parallel strategies race different seeds. */
  readonly randomSeed?: number;
  /**
   * Before the MIP, solve the LP relaxation and fix columns by their reduced costs against the start
   * (reducedCostFixing.ts). Needs a start that satisfies the model; the answer stays a proof.
   */
  readonly fixByReducedCosts?: boolean;
  readonly onProgress?: (progress: MilpProgress) => void;
  /** Polled during the solve; when true the solve stops and rejects with PmoCancelledError. */
  readonly isCancelled?: () => boolean;
}

export interface MilpSolution {
  readonly status: MilpStatus;
  /** Objective of the returned values (NaN when there are none). */
  readonly objective: number;
  /** Best proven bound on the objective (upper for max, lower for min); null when infeasible/error. */
  readonly bound: number | null;
  /** Relative gap |bound − objective| / |objective|; 0 when optimal, null without a solution. */
  readonly gap: number | null;
  /** Variable values by name (integers rounded); empty without a solution. */
  readonly values: ReadonlyMap<string, number>;
  readonly seconds: number;
  readonly message?: string;
}

/** An answer that carries no solution (infeasible, error, stopped before an incumbent): no values, no bound. */
export function solutionWithoutValues(status: MilpStatus, seconds: number, message?: string): MilpSolution {
  return { status, objective: NaN, bound: null, gap: null, values: new Map(), seconds, ...(message ? { message } : {}) };
}

/**
 * Solves the model. Never throws for infeasible or unbounded models (see `status`); throws
 * PmoCancelledError when `isCancelled` turned true and PmoSolverError when HiGHS cannot run.
 *
 * @example
 * const s = await solveMilp(model, { timeLimitSeconds: 30 });
 * if (s.status === "optimal") s.values.get("x_P1");
 */
export async function solveMilp(model: LinearModel, options: MilpOptions = {}): Promise<MilpSolution> {
  const highs = await getHighs();
  if (options.isCancelled?.()) throw new PmoCancelledError("The optimisation");
  const started = Date.now();
  const seconds = () => (Date.now() - started) / 1000;
  const vars = model.variables;
  if (vars.length === 0) {
    // Nothing to decide: HiGHS reports an empty model rather than a solution.
    const feasible = model.constraints.every((r) => r.lower <= 0 && 0 <= r.upper);
    return feasible
      ? { status: "optimal", objective: 0, bound: 0, gap: 0, values: new Map(), seconds: seconds() }
      : { status: "infeasible", objective: NaN, bound: null, gap: null, values: new Map(), seconds: seconds() };
  }
  const isMip = vars.some((v) => v.kind !== "continuous");
  const startValues = isMip && options.initialSolution ? startColumns(model, options.initialSolution) : null;
  const startByName = startValues === null ? null : valuesByName(model, startValues);
  const startHolds = startByName !== null && model.maxViolation(startByName) <= START_TOLERANCE;
  const reduced = options.fixByReducedCosts && startHolds ? fixFromRelaxation(highs, model, model.evaluate(startByName!), options.timeLimitSeconds) : null;
  if (options.isCancelled?.()) throw new PmoCancelledError("The optimisation");
  let solver: Model;
  try {
    solver = highs.createModel(toModelData(model, highs.constants.objectiveSense, highs.constants.variableType, reduced));
  } catch (e) {
    throw new PmoSolverError(`HiGHS rejected the model: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    solver.options.set({
      output_flag: false,
      mip_rel_gap: options.mipRelGap ?? OPTIMALITY_GAP,
      mip_abs_gap: 1e-9,
      // The feasibility-jump heuristic costs more than whole solves of small portfolios (5× CPU on 200
      // projects) and callers pass a feasible start anyway.
      mip_heuristic_run_feasibility_jump: false,
      mip_heuristic_effort: options.heuristicEffort ?? DEFAULT_HEURISTIC_EFFORT,
      presolve: options.presolve === false ? "off" : "choose",
      mip_allow_restart: options.allowRestart ?? true,
      random_seed: options.randomSeed ?? 0,
    });
    if (options.timeLimitSeconds !== undefined && Number.isFinite(options.timeLimitSeconds)) {
      solver.options.set("time_limit", Math.max(0, options.timeLimitSeconds - seconds()));
    }
    if (startValues !== null) {
      try {
        solver.setSolution({ colValue: startValues });
      } catch {
        // A start HiGHS cannot use only costs the head start; the solve itself is unaffected.
      }
    }
    let cancelled = false;
    const cb = highs.constants.callbackType;
    const callbacks: HighsCallbackMap = {
      [cb.mipInterrupt]: (event) => {
        if (options.isCancelled?.()) {
          cancelled = true;
          event.interrupt();
        }
        return undefined;
      },
      ...(options.onProgress
        ? {
            [cb.mipLogging]: (event) => {
              const d = event.data;
              options.onProgress?.({
                incumbent: d.mip_primal_bound ?? NaN,
                bound: d.mip_dual_bound ?? NaN,
                gap: d.mip_gap ?? Infinity,
                seconds: d.running_time ?? seconds(),
              });
              return undefined;
            },
          }
        : {}),
    };
    const run = solver.run(options.isCancelled || options.onProgress ? callbacks : undefined);
    if (cancelled) throw new PmoCancelledError("The optimisation");
    // With fixing, the start may lie outside the reduced bounds: withIncumbent brings it back.
    const solution = readSolution(solver, model, run.modelStatus, isMip, seconds(), highs.constants.modelStatus, startHolds && !reduced ? startValues : null);
    return reduced ? withIncumbent(model, solution, startByName!, reduced) : solution;
  } catch (e) {
    if (e instanceof PmoCancelledError) throw e;
    throw new PmoSolverError(`HiGHS failed: ${e instanceof Error ? e.message : String(e)}`);
  } finally {
    solver.dispose();
  }
}

type StatusCodes = Parameters<typeof readSolution>[5];

function readSolution(
  solver: Model,
  model: LinearModel,
  code: number,
  isMip: boolean,
  seconds: number,
  codes: Readonly<Record<"optimal" | "infeasible" | "unbounded" | "unboundedOrInfeasible" | "timeLimit" | "interrupted", number>>,
  /** The start, only when it satisfies the model (checked once, by the caller). */
  heldStart: readonly number[] | null,
): MilpSolution {
  const none = (status: MilpStatus, message?: string) => solutionWithoutValues(status, seconds, message);
  if (code === codes.infeasible) return none("infeasible");
  if (code === codes.unbounded) return none("unbounded");
  if (code === codes.unboundedOrInfeasible) {
    const bounded = model.variables.every((v) => Number.isFinite(v.lower) && Number.isFinite(v.upper));
    return bounded ? none("infeasible") : none("error", "HiGHS found the model infeasible or unbounded.");
  }
  const hasPrimal = Number(solver.info.get("primal_solution_status")) === 2;
  // HiGHS can stop (time limit, interrupt) before it has taken the start as its incumbent: a start that
  // satisfies every constraint is still an answer, with the bound HiGHS proved so far.
  if (!hasPrimal && heldStart === null) {
    const why = code === codes.timeLimit ? "The time limit was reached before any feasible solution was found." : `HiGHS stopped with model status ${code} and no solution.`;
    return none("error", why);
  }
  const colValue = hasPrimal ? solver.getSolution().colValue : heldStart!;
  const values = new Map<string, number>();
  model.variables.forEach((v, i) => {
    const x = colValue[i] ?? 0;
    values.set(v.name, v.kind === "continuous" ? x : Math.round(x));
  });
  const objective = model.evaluate(values);
  let bound = objective;
  if (isMip) {
    const dual = Number(solver.info.get("mip_dual_bound"));
    if (Number.isFinite(dual)) bound = model.sense === "max" ? Math.max(dual, objective) : Math.min(dual, objective);
    else if (code !== codes.optimal) bound = boxBound(model);
  }
  const gap = relativeGap(objective, bound);
  const proven = hasPrimal && code === codes.optimal && gap <= OPTIMALITY_GAP;
  return {
    status: proven ? "optimal" : "feasible",
    objective,
    bound,
    gap: proven ? 0 : gap,
    values,
    seconds,
    ...(code === codes.optimal || proven ? {} : { message: stopReason(code, codes) }),
  };
}

/** Largest violation for which a start counts as satisfying the model (the models' data are user amounts). */
const START_TOLERANCE = 1e-6;

function valuesByName(model: LinearModel, columns: readonly number[]): Map<string, number> {
  const values = new Map<string, number>();
  model.variables.forEach((v, i) => values.set(v.name, columns[i] ?? 0));
  return values;
}

/**
 * The best objective any point within the variables' bounds could reach, ignoring the constraints: a valid
 * (if weak) bound when HiGHS stopped before proving one (±∞ when a bound it needs is infinite).
 */
export function boxBound(model: LinearModel): number {
  let total = 0;
  for (const v of model.variables) {
    if (v.objective === 0) continue;
    const atLower = v.objective * v.lower;
    const atUpper = v.objective * v.upper;
    total += model.sense === "max" ? Math.max(atLower, atUpper) : Math.min(atLower, atUpper);
  }
  return Number.isNaN(total) ? (model.sense === "max" ? Infinity : -Infinity) : total;
}

/** |bound − objective| / |objective| (Infinity when the objective is 0 and the bound is not). */
export function relativeGap(objective: number, bound: number): number {
  const diff = Math.abs(bound - objective);
  if (diff <= 1e-9 * Math.max(1, Math.abs(objective))) return 0;
  return Math.abs(objective) > 0 ? diff / Math.abs(objective) : Infinity;
}

function stopReason(code: number, codes: StatusCodes): string {
  if (code === codes.timeLimit) return "The time limit was reached; the answer is the best found, with its proven gap.";
  if (code === codes.interrupted) return "The solve was interrupted; the answer is the best found, with its proven gap.";
  return `HiGHS stopped early (model status ${code}); the answer is the best found, with its proven gap.`;
}

function toModelData(
  model: LinearModel,
  senses: { readonly minimize: ModelData["sense"]; readonly maximize: ModelData["sense"] },
  types: { readonly continuous: VariableType; readonly integer: VariableType },
  bounds: Pick<ReducedBounds, "lower" | "upper"> | null = null,
  relax = false,
): ModelData {
  const vars = model.variables;
  const rows = model.constraints;
  const starts = new Int32Array(rows.length + 1);
  let nnz = 0;
  rows.forEach((r, i) => {
    nnz += r.terms.length;
    starts[i + 1] = nnz;
  });
  const indices = new Int32Array(nnz);
  const values = new Float64Array(nnz);
  let k = 0;
  for (const r of rows) {
    for (const t of r.terms) {
      indices[k] = model.indexOf(t.variable);
      values[k] = t.coefficient;
      k++;
    }
  }
  return {
    numCols: vars.length,
    numRows: rows.length,
    sense: model.sense === "max" ? senses.maximize : senses.minimize,
    colCost: vars.map((v) => v.objective),
    colLower: bounds ? bounds.lower : vars.map((v) => v.lower),
    colUpper: bounds ? bounds.upper : vars.map((v) => v.upper),
    rowLower: rows.map((r) => r.lower),
    rowUpper: rows.map((r) => r.upper),
    matrix: { format: "csr", numRows: rows.length, numCols: vars.length, starts, indices, values },
    integrality: vars.map((v) => (relax || v.kind === "continuous" ? types.continuous : types.integer)),
  };
}

/** The start as a full column vector (a missing variable sits at its lower bound, or 0). */
function startColumns(model: LinearModel, start: ReadonlyMap<string, number> | Readonly<Record<string, number>>): number[] {
  const get = start instanceof Map ? (k: string) => start.get(k) : (k: string) => (start as Record<string, number>)[k];
  return model.variables.map((v) => {
    const x = get(v.name);
    return x === undefined ? (Number.isFinite(v.lower) ? v.lower : 0) : x;
  });
}

type Highs = Awaited<ReturnType<typeof getHighs>>;

/** The bounds fixByReducedCosts gives against `start` (for reports and the benchmark); null when the relaxation is not solved. */
export async function reducedBoundsFor(model: LinearModel, start: ReadonlyMap<string, number>): Promise<ReducedBounds | null> {
  return fixFromRelaxation(await getHighs(), model, model.evaluate(valuesByName(model, startColumns(model, start))), undefined);
}

/** Solves the LP relaxation and fixes columns against the start's value; null when the relaxation is not solved. */
function fixFromRelaxation(highs: Highs, model: LinearModel, incumbent: number, timeLimit: number | undefined): ReducedBounds | null {
  const lp = highs.createModel(toModelData(model, highs.constants.objectiveSense, highs.constants.variableType, null, true));
  try {
    lp.options.set({ output_flag: false });
    if (timeLimit !== undefined && Number.isFinite(timeLimit)) lp.options.set("time_limit", Math.max(0, timeLimit));
    const run = lp.run();
    if (run.modelStatus !== highs.constants.modelStatus.optimal) return null;
    const solution = lp.getSolution();
    const answer: RelaxationAnswer = { objective: Number(lp.info.get("objective_function_value")), colValue: solution.colValue, colDual: solution.colDual };
    return fixByReducedCosts(model, answer, incumbent);
  } catch {
    // A relaxation HiGHS cannot solve only costs the fixing; the MIP runs on the whole model.
    return null;
  } finally {
    lp.dispose();
  }
}

/**
 * The model's answer from the reduced model's: what fixing cut off is never better than the start, so the
 * better of the two is the answer and the start's value bounds the part that was cut off.
 */
function withIncumbent(model: LinearModel, reduced: MilpSolution, start: ReadonlyMap<string, number>, bounds: ReducedBounds): MilpSolution {
  const max = model.sense === "max";
  const better = (a: number, b: number) => (max ? a > b : a < b);
  const incumbent = model.evaluate(start);
  const tighter = (a: number, b: number) => (max ? Math.min(a, b) : Math.max(a, b));
  if (reduced.status === "infeasible") {
    return { status: "optimal", objective: incumbent, bound: incumbent, gap: 0, values: start, seconds: reduced.seconds };
  }
  if (reduced.status !== "optimal" && reduced.status !== "feasible") {
    if (reduced.status !== "error") return reduced;
    const bound = tighter(bounds.lpBound, boxBound(model));
    const gap = relativeGap(incumbent, bound);
    const proven = gap <= OPTIMALITY_GAP;
    return { status: proven ? "optimal" : "feasible", objective: incumbent, bound: proven ? incumbent : bound, gap: proven ? 0 : gap, values: start, seconds: reduced.seconds, ...(proven ? {} : { message: reduced.message ?? "The time limit was reached; the answer is the start, with its proven gap." }) };
  }
  const useStart = better(incumbent, reduced.objective);
  const objective = useStart ? incumbent : reduced.objective;
  const reducedBound = reduced.bound ?? bounds.lpBound;
  let bound = tighter(max ? Math.max(reducedBound, incumbent) : Math.min(reducedBound, incumbent), bounds.lpBound);
  if (better(objective, bound)) bound = objective;
  const gap = relativeGap(objective, bound);
  const proven = reduced.status === "optimal" || gap <= OPTIMALITY_GAP;
  return {
    status: proven ? "optimal" : "feasible",
    objective,
    bound: proven ? objective : bound,
    gap: proven ? 0 : gap,
    values: useStart ? start : reduced.values,
    seconds: reduced.seconds,
    ...(proven ? {} : { message: reduced.message ?? "The time limit was reached; the answer is the best found, with its proven gap." }),
  };
}
