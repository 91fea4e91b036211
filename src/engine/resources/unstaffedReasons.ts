/**
 * Why each unstaffed project is out of the plan, in one sentence derived from the model: the project is tried at
 * each start it may take, beside the staffed projects where the plan put them, against every rule that could
 * keep it out (forced out, start window with its predecessors and successors, role capacity per month, the
 * portfolio rules). The Resources banner and the PMO Resources sheet show the same sentence.
 */
import { selectionViolations } from "../selection/feasibility";
import { formatAmount, listIds } from "../selection/words";
import { CAPACITY_TOLERANCE } from "./load";
import { selectionView } from "./selectionView";
import type { AllocationProblem, AllocationProject, AllocationResult } from "./types";
import { allowedStarts, shiftMode, startWindow } from "./validate";

/** What binds: the kind of rule the sentence names. */
export type UnstaffedRule = "forced out" | "predecessor" | "successor" | "start window" | "capacity" | "portfolio rule" | "value" | "time limit";

export interface UnstaffedReason {
  readonly id: string;
  readonly rule: UnstaffedRule;
  /** One sentence starting with the project id, e.g. "P20 must start after P19 ends, …". */
  readonly sentence: string;
}

interface Shortage {
  readonly role: string;
  readonly month: number;
  readonly need: number;
  readonly free: number;
}

/** One reason per unstaffed project, in the result's order. */
export function unstaffedReasons(problem: AllocationProblem, result: Pick<AllocationResult, "schedule" | "unstaffed" | "load" | "status">): UnstaffedReason[] {
  const byId = new Map(problem.projects.map((p) => [p.id, p]));
  const staffed = new Map(result.schedule.map((s) => [s.id, s.start]));
  return result.unstaffed.flatMap((id) => {
    const p = byId.get(id);
    return p ? [reasonFor(problem, result, staffed, byId, p)] : [];
  });
}

function reasonFor(
  problem: AllocationProblem,
  result: Pick<AllocationResult, "load" | "status">,
  staffed: ReadonlyMap<string, number>,
  byId: ReadonlyMap<string, AllocationProject>,
  p: AllocationProject,
): UnstaffedReason {
  const month = (t: number) => problem.months[t] ?? `month ${t + 1}`;
  const unit = problem.unit ?? "FTE";
  const say = (rule: UnstaffedRule, sentence: string): UnstaffedReason => ({ id: p.id, rule, sentence });
  if ((problem.forceOut ?? []).includes(p.id)) return say("forced out", `${p.id} is forced out.`);

  const horizon = problem.months.length;
  const starts = allowedStarts(p, horizon, shiftMode(problem));
  if (starts.length === 0) {
    const w = startWindow(p, horizon);
    return say("start window", `${p.id} has no start it may take: its window runs from ${month(w.earliest)} to ${month(w.latest)}.`);
  }
  const first = starts[0]!;
  const last = starts[starts.length - 1]!;
  const range = first === last ? `its only allowed start, ${month(first)}` : `any allowed start from ${month(first)} to ${month(last)}`;

  // Finish-to-start links with staffed projects, where the plan put them.
  const predecessors = (problem.finishToStart ?? []).filter(([a, b]) => b === p.id && staffed.has(a)).map(([a]) => a);
  const successors = (problem.finishToStart ?? []).filter(([a, b]) => a === p.id && staffed.has(b)).map(([, b]) => b);
  const endOf = (id: string) => staffed.get(id)! + byId.get(id)!.duration; // first month after it ends
  const timingOk = (s: number) => predecessors.every((a) => s >= endOf(a)) && successors.every((b) => s + p.duration <= staffed.get(b)!);
  const timed = starts.filter(timingOk);
  if (timed.length === 0) {
    const late = predecessors.filter((a) => last < endOf(a));
    if (late.length > 0) {
      const a = late.reduce((x, y) => (endOf(y) > endOf(x) ? y : x));
      const q = byId.get(a)!;
      // Could the predecessor move early enough? Only its own allowed starts say.
      const earliestEnd = Math.min(...allowedStarts(q, horizon, shiftMode(problem))) + q.duration;
      const both =
        earliestEnd > last
          ? `even at ${a}'s earliest start it ends in ${month(earliestEnd - 1)}, so the two cannot both be staffed; the plan staffs ${a} (value ${formatAmount(q.value)} against ${formatAmount(p.value)})`
          : `the plan runs ${a} until ${month(endOf(a) - 1)}`;
      return say("predecessor", `${p.id} must start after ${a} ends, but its latest allowed start is ${month(last)}: ${both}.`);
    }
    const b = successors.find((x) => first + p.duration > staffed.get(x)!) ?? successors[0]!;
    return say("successor", `${p.id} must end before ${b} starts (${month(staffed.get(b)!)} in the plan), but at ${range} it would still run then.`);
  }

  // Role capacity left free by the plan at each start that keeps the links.
  const shortages = (s: number): Shortage[] => {
    const out: Shortage[] = [];
    for (const [role, demand] of Object.entries(p.demand)) {
      demand.forEach((need, k) => {
        const t = s + k;
        const free = (problem.capacity[role]?.[t] ?? 0) - (result.load[role]?.[t] ?? 0);
        if (need > 0 && need > free + CAPACITY_TOLERANCE) out.push({ role, month: t, need, free: Math.max(free, 0) });
      });
    }
    return out.sort((x, y) => x.month - y.month || x.role.localeCompare(y.role));
  };
  const fitting = timed.filter((s) => shortages(s).length === 0);
  if (fitting.length === 0) {
    // Name the shortages at the planned start when it is allowed, else at the start nearest to it.
    const at = timed.reduce((x, y) => (Math.abs(y - p.start) < Math.abs(x - p.start) ? y : x));
    const short = shortages(at);
    const alone = short.filter((x) => x.need > (problem.capacity[x.role]?.[x.month] ?? 0) + CAPACITY_TOLERANCE);
    const words = (list: readonly Shortage[]) =>
      list
        .slice(0, 3)
        .map((x) => `${x.role} in ${month(x.month)} (needs ${formatAmount(x.need)} ${unit}, ${formatAmount(x.free)} free)`)
        .join(", ") + (list.length > 3 ? ` and ${list.length - 3} more role-months` : "");
    const where = timed.length === 1 ? `at its only allowed start, ${month(at)}` : `at every allowed start from ${month(timed[0]!)} to ${month(timed[timed.length - 1]!)}`;
    if (alone.length > 0) {
      const x = alone[0]!;
      return say("capacity", `${p.id} needs more ${x.role} than the whole capacity (${formatAmount(problem.capacity[x.role]?.[x.month] ?? 0)} ${unit} in ${month(x.month)}), ${where}.`);
    }
    const detail = timed.length === 1 ? "" : `; starting ${month(at)}${at === p.start ? " as planned" : ""}, it lacks`;
    return say("capacity", `${p.id} lacks role capacity ${where}${detail}: ${words(short)}.`);
  }

  // It fits in time and capacity: a portfolio rule must keep it out.
  const view = selectionView(problem);
  const ids = [...staffed.keys()];
  const before = new Set(selectionViolations(view, ids));
  const added = selectionViolations(view, [...ids, p.id]).filter((v) => !before.has(v));
  if (added.length > 0) return say("portfolio rule", `${p.id} fits at ${month(fitting[0]!)}, but staffing it would break a portfolio rule: ${portfolioRule(problem, staffed, p, added[0]!)}`);
  if (p.value <= 0) return say("value", `${p.id} fits at ${month(fitting[0]!)}, but its value is ${formatAmount(p.value)}, so staffing it adds nothing.`);
  return say(
    "time limit",
    result.status === "optimal"
      ? `${p.id} fits at ${month(fitting[0]!)} beside the staffed projects, but not together with them at the starts the optimum needs.`
      : `${p.id} fits at ${month(fitting[0]!)} beside the staffed projects; the solver stopped at its time limit before adding it.`,
  );
}

/** The broken rule in words; limits with amounts written for people. */
function portfolioRule(problem: AllocationProblem, staffed: ReadonlyMap<string, number>, p: AllocationProject, fallback: string): string {
  for (const [limit, amount] of Object.entries(problem.limits ?? {})) {
    const cost = p.costs?.[limit] ?? 0;
    if (cost <= 0) continue;
    let spent = 0;
    for (const q of problem.projects) if (staffed.has(q.id)) spent += q.costs?.[limit] ?? 0;
    if (spent + cost > amount * (1 + 1e-7)) return `${limit} would reach ${formatAmount(spent + cost)} of the ${formatAmount(amount)} limit.`;
  }
  for (const group of problem.exclusive ?? []) {
    const others = group.filter((id) => id !== p.id && staffed.has(id));
    if (group.includes(p.id) && others.length > 0) return `at most one of ${listIds(group)}, and ${listIds(others)} is staffed.`;
  }
  for (const [a, b] of problem.requires ?? []) if (a === p.id && !staffed.has(b)) return `it requires ${b}, which is not staffed.`;
  if (problem.maxProjects !== undefined && staffed.size >= problem.maxProjects) return `at most ${problem.maxProjects} projects, and the plan has ${staffed.size}.`;
  return fallback;
}
