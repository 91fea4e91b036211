/**
 * Explains an infeasible selection problem: a deletion filter over the constraint groups (forced
 * decisions, dependencies, counts, shares, role capacity, cost limits) finds a set that cannot all hold
 * while each member is needed for the conflict, and the set is then said in words. Each filter test is a
 * feasibility solve; the set kept is proven infeasible at every step, so a filter cut short by its time
 * budget still returns a true (if not minimal) conflict.
 */
import { PmoCancelledError } from "../errors";
import { solveMilp } from "../milp/solveMilp";
import { buildSelectionModel, SELECTION_SOLVER_OPTIONS } from "./selectionModel";
import type { Conflict, SelectionProblem } from "./types";
import { formatAmount, listIds } from "./words";

export interface ExplainOptions {
  /** Total seconds for the filter (default 20). */
  readonly timeLimitSeconds?: number;
  readonly isCancelled?: () => boolean;
}

/** Kinds tested for removal first are the least likely to stay in the explanation. */
const REMOVAL_ORDER = ["exclusive", "together", "requires", "share", "roleCapacity", "maxProjects", "minProjects", "forceOut", "limit", "forceIn"];

/** A small set of conflicting constraints, in words. Returns [] when the problem is in fact feasible. */
export async function explainInfeasibility(problem: SelectionProblem, options: ExplainOptions = {}): Promise<Conflict[]> {
  const deadline = Date.now() + 1000 * (options.timeLimitSeconds ?? 20);
  const all = buildSelectionModel(problem, { objective: "feasibility" }).constraintIds;
  const kind = (id: string) => id.split(":")[0]!;
  const rank = (id: string) => REMOVAL_ORDER.indexOf(kind(id));
  const ordered = [...all].sort((a, b) => rank(a) - rank(b));

  const infeasible = async (ids: readonly string[]): Promise<boolean> => {
    if (options.isCancelled?.()) throw new PmoCancelledError("The optimisation");
    const keep = new Set(ids);
    const { model } = buildSelectionModel(problem, { objective: "feasibility", include: (id) => keep.has(id) });
    const remaining = (deadline - Date.now()) / 1000;
    const s = await solveMilp(model, { ...SELECTION_SOLVER_OPTIONS, timeLimitSeconds: Math.max(0.5, Math.min(5, remaining)) });
    return s.status === "infeasible";
  };

  if (!(await infeasible(ordered))) {
    // Either feasible after all (nothing to explain) or the time budget ran out before the check.
    if (Date.now() <= deadline) return [];
    return [{ constraints: ordered, message: "The constraints cannot all hold, but no smaller conflicting set was found within the time limit." }];
  }
  let kept = ordered;
  let chunk = Math.max(1, Math.ceil(kept.length / 2));
  let i = 0;
  let complete = true;
  while (i < kept.length) {
    if (Date.now() > deadline) {
      complete = false;
      break;
    }
    const size = Math.min(chunk, kept.length - i);
    const rest = [...kept.slice(0, i), ...kept.slice(i + size)];
    if (await infeasible(rest)) kept = rest;
    else if (size > 1) chunk = Math.max(1, Math.floor(size / 2));
    else i++;
  }
  return [{ constraints: kept, message: await describeConflict(problem, kept, complete, deadline) }];
}

/** The conflict as a sentence. One cost limit or role capacity gets its shortfall in numbers. */
async function describeConflict(problem: SelectionProblem, ids: readonly string[], minimal: boolean, deadline: number): Promise<string> {
  const amounts = ids.filter((id) => id.startsWith("limit:") || id.startsWith("roleCapacity:"));
  const others = ids.filter((id) => !amounts.includes(id));
  const prefix = minimal ? "" : "(Search for a smaller set stopped at its time limit.) ";
  if (amounts.length === 1) {
    const id = amounts[0]!;
    const isLimit = id.startsWith("limit:");
    const name = id.slice(id.indexOf(":") + 1);
    const amount = isLimit ? problem.limits[name]! : problem.roleCapacity![name]!;
    const need = await minimumNeed(problem, others, isLimit ? name : null, name, deadline);
    const what = isLimit ? `of ${name}` : `of ${name} capacity`;
    const cap = isLimit ? `the ${name} limit is ${formatAmount(amount)}` : `${name} capacity is ${formatAmount(amount)}`;
    const forcedIn = others.filter((o) => o.startsWith("forceIn:")).map((o) => o.slice("forceIn:".length));
    if (need !== null && forcedIn.length === others.length && forcedIn.length > 0) {
      const noun = forcedIn.length === 1 ? "Forced-in project" : "Forced-in projects";
      return `${prefix}${noun} ${listIds(forcedIn)} need${forcedIn.length === 1 ? "s" : ""} ${formatAmount(need)} ${what}; ${cap}.`;
    }
    if (need !== null && others.length > 0) {
      return `${prefix}${capitalise(clauses(problem, others).join("; "))}; together they need at least ${formatAmount(need)} ${what}, but ${cap}.`;
    }
  }
  return `${prefix}These constraints cannot all hold: ${clauses(problem, ids).join("; ")}.`;
}

/** Least spend on a limit (or demand on a role) that the other conflicting constraints allow. */
async function minimumNeed(problem: SelectionProblem, others: readonly string[], limit: string | null, role: string, deadline: number): Promise<number | null> {
  const keep = new Set(others);
  const objective = limit !== null ? (`minCost:${limit}` as const) : (`minDemand:${role}` as const);
  const { model } = buildSelectionModel(problem, { objective, include: (id) => keep.has(id) });
  const s = await solveMilp(model, { ...SELECTION_SOLVER_OPTIONS, timeLimitSeconds: Math.max(0.5, Math.min(5, (deadline - Date.now()) / 1000)) });
  return s.status === "optimal" ? s.objective : null;
}

function clauses(problem: SelectionProblem, ids: readonly string[]): string[] {
  const out: string[] = [];
  const forcedIn = ids.filter((id) => id.startsWith("forceIn:")).map((id) => id.slice(8));
  if (forcedIn.length > 0) out.push(`${listIds(forcedIn)} ${forcedIn.length === 1 ? "is" : "are"} forced in`);
  const forcedOut = ids.filter((id) => id.startsWith("forceOut:")).map((id) => id.slice(9));
  if (forcedOut.length > 0) out.push(`${listIds(forcedOut)} ${forcedOut.length === 1 ? "is" : "are"} forced out`);
  for (const id of ids) {
    const k = id.slice(0, id.indexOf(":") < 0 ? id.length : id.indexOf(":"));
    const rest = id.slice(k.length + 1);
    switch (k) {
      case "requires": {
        const pair = (problem.requires ?? []).find(([a, b]) => `${a}>${b}` === rest);
        if (pair) out.push(`${pair[0]} requires ${pair[1]}`);
        break;
      }
      case "together":
        out.push(`${listIds(rest.split(","))} go together (all or none)`);
        break;
      case "exclusive":
        out.push(`at most one of ${listIds(rest.split(","))} may be selected`);
        break;
      case "minProjects":
        out.push(`at least ${plural(problem.minProjects!, "project")} must be selected`);
        break;
      case "maxProjects":
        out.push(`at most ${plural(problem.maxProjects!, "project")} may be selected`);
        break;
      case "share": {
        const s = (problem.categoryShares ?? []).find((c) => id === `share:${c.limit}:${c.category}:min` || id === `share:${c.limit}:${c.category}:max`);
        if (s && id.endsWith(":min")) out.push(`at least ${percent(s.min!)} of ${s.limit} spend must go to ${s.category}`);
        else if (s) out.push(`at most ${percent(s.max!)} of ${s.limit} spend may go to ${s.category}`);
        break;
      }
      case "limit":
        out.push(`the ${rest} limit is ${formatAmount(problem.limits[rest]!)}`);
        break;
      case "roleCapacity":
        out.push(`${rest} capacity is ${formatAmount(problem.roleCapacity![rest]!)}`);
        break;
    }
  }
  return out;
}

function percent(share: number): string {
  return `${Number((share * 100).toFixed(2))}%`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
