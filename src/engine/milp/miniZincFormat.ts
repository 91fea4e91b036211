/**
 * A LinearModel as a MiniZinc model, and MiniZinc's JSON-stream answer read back as a MilpSolution. This is
 * how CBC (the COIN-OR branch and cut solver, in the `minizinc` package's WebAssembly build) solves our
 * models in the CLI's parallel race (docs/optimisation.md, "A second solver").
 *
 * The answer is checked, not trusted: the values must satisfy the model (1e-6), the objective is recomputed
 * from them, and "optimal" needs CBC's proof and a gap of at most OPTIMALITY_GAP to its reported bound.
 */
import type { LinearModel } from "./linearModel";
import { OPTIMALITY_GAP, relativeGap, solutionWithoutValues, type MilpSolution } from "./solveMilp";

/** x[i] is the model's i-th variable (1-based); integer variables need finite bounds. */
export function toMiniZinc(model: LinearModel): string {
  const vars = model.variables;
  const numbers = [
    ...vars.map((v) => v.objective),
    ...model.constraints.flatMap((r) => [...r.terms.map((t) => t.coefficient), r.lower, r.upper].filter(Number.isFinite)),
  ];
  const floats = numbers.some((c) => !Number.isInteger(c)) || vars.some((v) => v.kind === "continuous");
  const num = (c: number) => (floats ? (Number.isInteger(c) ? `${c}.0` : String(c)) : String(c));
  const out: string[] = [];
  vars.forEach((v, i) => {
    if (v.kind === "continuous") {
      const lo = Number.isFinite(v.lower) ? num(v.lower) : "-infinity";
      const hi = Number.isFinite(v.upper) ? num(v.upper) : "infinity";
      out.push(`var ${lo}..${hi}: x${i + 1};`);
      return;
    }
    if (!Number.isFinite(v.lower) || !Number.isFinite(v.upper)) throw new RangeError(`Integer variable ${v.name} needs finite bounds for MiniZinc.`);
    out.push(`var ${Math.ceil(v.lower)}..${Math.floor(v.upper)}: x${i + 1};`);
  });
  const expression = (terms: readonly { variable: string; coefficient: number }[]) =>
    terms.length === 0 ? num(0) : terms.map((t) => `${num(t.coefficient)}*x${model.indexOf(t.variable) + 1}`).join(" + ");
  for (const r of model.constraints) {
    const e = expression(r.terms);
    if (r.lower === r.upper) out.push(`constraint ${e} = ${num(r.upper)};`);
    else {
      if (Number.isFinite(r.lower)) out.push(`constraint ${e} >= ${num(r.lower)};`);
      if (Number.isFinite(r.upper)) out.push(`constraint ${e} <= ${num(r.upper)};`);
    }
  }
  const objective = vars.flatMap((v, i) => (v.objective !== 0 ? [{ variable: v.name, coefficient: v.objective, i }] : []));
  out.push(`solve ${model.sense === "max" ? "maximize" : "minimize"} ${expression(objective)};`);
  out.push(`output ["{\\"x\\": ", show([${vars.map((_, i) => `x${i + 1}`).join(", ")}]), "}"];`);
  return `${out.join("\n")}\n`;
}

/** One line of MiniZinc's `--json-stream` output (only the fields read here). */
export interface MiniZincMessage {
  readonly type: string;
  readonly status?: string;
  readonly statistics?: Readonly<Record<string, number | string>>;
  readonly output?: { readonly raw?: string; readonly default?: string };
  readonly message?: string;
}

/** The last solution, the final status and bound in MiniZinc's messages, checked against the model. */
export function readMiniZincAnswer(model: LinearModel, messages: readonly MiniZincMessage[], seconds: number): MilpSolution {
  const none = (status: MilpSolution["status"], message?: string) => solutionWithoutValues(status, seconds, message);
  const status = [...messages].reverse().find((m) => m.type === "status")?.status ?? "UNKNOWN";
  if (status === "UNSATISFIABLE") return none("infeasible");
  if (status === "UNBOUNDED") return none("unbounded");
  const last = [...messages].reverse().find((m) => m.type === "solution");
  const text = last?.output?.raw ?? last?.output?.default;
  if (!text) {
    const error = messages.find((m) => m.type === "error")?.message;
    return none("error", error ?? `CBC stopped with status ${status} and no solution.`);
  }
  const x = (JSON.parse(text) as { x: number[] }).x;
  const values = new Map<string, number>();
  model.variables.forEach((v, i) => values.set(v.name, v.kind === "continuous" ? x[i]! : Math.round(x[i]!)));
  if (x.length !== model.variables.length || model.maxViolation(values) > 1e-6) return none("error", "CBC's solution does not satisfy the model.");
  const objective = model.evaluate(values);
  let bound = objective;
  for (const m of messages) {
    const b = m.type === "statistics" ? m.statistics?.objectiveBound : undefined;
    if (typeof b === "number" && Number.isFinite(b)) bound = model.sense === "max" ? Math.max(b, objective) : Math.min(b, objective);
  }
  const gap = relativeGap(objective, bound);
  const proven = status === "OPTIMAL_SOLUTION" && gap <= OPTIMALITY_GAP;
  return { status: proven ? "optimal" : "feasible", objective, bound: proven ? objective : bound, gap: proven ? 0 : gap, values, seconds };
}
