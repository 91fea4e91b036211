/**
 * Checks a SelectionProblem before any solve.
 *
 * - Input errors (unknown or duplicate ids, a project both forced in and out, non-finite numbers, negative
 *   amounts, numbers too large to solve, costs and limits whose names do not match, reserved names, share
 *   bounds outside 0..1, minProjects > maxProjects) throw one PmoConstraintError listing every problem.
 *   Workbooks and JSON files both come through here (numbersAndNames.ts).
 * - Contradictions implied by forced decisions and dependencies (forced-in A requires forced-out B, two
 *   forced-in projects of an exclusive group) are infeasibilities: they are returned as Conflicts in
 *   words, and selectPortfolio reports the problem infeasible without solving.
 * - A cycle of `requires` is legal (its projects are all-or-none) but usually a data-entry slip, so it
 *   is returned as a warning naming the cycle: "P3 requires P5 requires P3".
 */
import { PmoConstraintError } from "../errors";
import { amountErrors, reservedNameErrors } from "./numbersAndNames";
import type { Conflict, SelectionProblem } from "./types";
import { listIds } from "./words";

export interface SelectionCheck {
  readonly warnings: readonly string[];
  /** Logical contradictions among forced decisions and dependencies (empty when none). */
  readonly contradictions: readonly Conflict[];
}

/**
 * Validates the problem. Throws PmoConstraintError listing every input error; otherwise returns
 * warnings and contradictions.
 */
export function checkSelectionProblem(problem: SelectionProblem): SelectionCheck {
  // Reserved names first: the checks below use names as object keys.
  const reserved = reservedNameErrors(problem);
  if (reserved.length > 0) throw new PmoConstraintError(reserved);
  const errors: string[] = [];
  const ids = new Set<string>();
  problem.projects.forEach((p, i) => {
    const where = `projects[${i}] (${p.id})`;
    if (typeof p.id !== "string" || p.id.trim() === "") errors.push(`projects[${i}] has no id.`);
    else if (ids.has(p.id)) errors.push(`Project id '${p.id}' appears more than once.`);
    ids.add(p.id);
    if (!Number.isFinite(p.value)) errors.push(`${where}: value ${String(p.value)} is not a finite number.`);
    for (const [name, c] of Object.entries(p.costs ?? {})) {
      if (!Number.isFinite(c)) errors.push(`${where}: cost '${name}' ${String(c)} is not a finite number.`);
    }
    for (const [role, d] of Object.entries(p.roleDemand ?? {})) {
      if (!Number.isFinite(d)) errors.push(`${where}: demand for role '${role}' ${String(d)} is not a finite number.`);
    }
  });
  for (const [name, amount] of Object.entries(problem.limits)) {
    if (!Number.isFinite(amount)) errors.push(`Limit '${name}' ${String(amount)} is not a finite number.`);
  }
  for (const [role, cap] of Object.entries(problem.roleCapacity ?? {})) {
    if (!Number.isFinite(cap)) errors.push(`Capacity of role '${role}' ${String(cap)} is not a finite number.`);
  }
  errors.push(...amountErrors(problem));
  const known = (list: string, id: string) => {
    if (!ids.has(id)) errors.push(`${list} names project '${id}', which is not in the project list.`);
  };
  for (const id of problem.forceIn ?? []) known("forceIn", id);
  for (const id of problem.forceOut ?? []) known("forceOut", id);
  const forcedOut = new Set(problem.forceOut ?? []);
  for (const id of new Set(problem.forceIn ?? [])) {
    if (forcedOut.has(id)) errors.push(`Project ${id} is both forced in and forced out.`);
  }
  for (const pair of problem.requires ?? []) {
    if (pair.length !== 2) errors.push(`requires entry [${pair.join(", ")}] must name exactly two projects: [A, B] means A only if B.`);
    pair.forEach((id) => known(`requires [${pair.join(", ")}]`, id));
  }
  for (const group of problem.together ?? []) group.forEach((id) => known(`together [${group.join(", ")}]`, id));
  for (const group of problem.exclusive ?? []) group.forEach((id) => known(`exclusive [${group.join(", ")}]`, id));
  for (const s of problem.categoryShares ?? []) {
    const label = `Category share ${s.category}/${s.limit}`;
    if (!Object.hasOwn(problem.limits, s.limit)) errors.push(`${label} refers to limit '${s.limit}', which is not in limits.`);
    for (const [k, v] of [["min", s.min], ["max", s.max]] as const) {
      if (v !== undefined && !(Number.isFinite(v) && v >= 0 && v <= 1)) errors.push(`${label}: ${k} ${String(v)} must be a share between 0 and 1.`);
    }
    if (s.min !== undefined && s.max !== undefined && s.min > s.max) errors.push(`${label}: min ${s.min} is above max ${s.max}.`);
  }
  const { minProjects: lo, maxProjects: hi } = problem;
  for (const [k, v] of [["minProjects", lo], ["maxProjects", hi]] as const) {
    if (v !== undefined && !(Number.isInteger(v) && v >= 0)) errors.push(`${k} ${String(v)} must be a whole number ≥ 0.`);
  }
  if (lo !== undefined && hi !== undefined && lo > hi) errors.push(`minProjects ${lo} is above maxProjects ${hi}.`);
  if (problem.timeLimitSeconds !== undefined && !(problem.timeLimitSeconds > 0)) {
    errors.push(`timeLimitSeconds ${String(problem.timeLimitSeconds)} must be a positive number of seconds.`);
  }
  if (errors.length > 0) throw new PmoConstraintError(errors);

  const warnings = requiresCycles(problem).map(
    (cycle) => `${cycle.join(" requires ")}: a cycle of requirements, so ${listIds(cycle.slice(0, -1))} can only be selected together.`,
  );
  for (const pair of problem.requires ?? []) {
    if (pair[0] === pair[1]) warnings.push(`${pair[0]} requires itself; the requirement has no effect.`);
  }
  return { warnings, contradictions: forcedContradictions(problem) };
}

/** Each elementary cycle found by a DFS of the `requires` graph, as a closed path [A, B, ..., A]. */
export function requiresCycles(problem: SelectionProblem): string[][] {
  const next = new Map<string, string[]>();
  for (const [a, b] of problem.requires ?? []) {
    if (a === b) continue;
    next.set(a, [...(next.get(a) ?? []), b]);
  }
  const state = new Map<string, "open" | "done">();
  const path: string[] = [];
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const visit = (node: string): void => {
    state.set(node, "open");
    path.push(node);
    for (const b of next.get(node) ?? []) {
      if (state.get(b) === "open") {
        const cycle = [...path.slice(path.indexOf(b)), b];
        const key = [...cycle.slice(0, -1)].sort().join("\u0000");
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (!state.has(b)) visit(b);
    }
    path.pop();
    state.set(node, "done");
  };
  for (const p of problem.projects) if (!state.has(p.id)) visit(p.id);
  return cycles;
}

/**
 * Forced-in projects pull in what they require (and their `together` partners). A pulled-in project that
 * is forced out, or two pulled-in projects of one exclusive group, is a contradiction; each is described
 * with the chain of requirements that causes it.
 */
function forcedContradictions(problem: SelectionProblem): Conflict[] {
  const pulls = new Map<string, { to: string; id: string; verb: string }[]>();
  const add = (from: string, to: string, id: string, verb: string) => pulls.set(from, [...(pulls.get(from) ?? []), { to, id, verb }]);
  for (const [a, b] of problem.requires ?? []) if (a !== b) add(a, b, `requires:${a}>${b}`, "requires");
  for (const group of problem.together ?? []) {
    const id = `together:${group.join(",")}`;
    for (const a of group) for (const b of group) if (a !== b) add(a, b, id, "goes together with");
  }
  // Breadth-first from every forced-in project: the first route to each project is a shortest explanation.
  const reason = new Map<string, { from: string | null; id: string; verb: string }>();
  const queue: string[] = [];
  for (const id of problem.forceIn ?? []) {
    if (!reason.has(id)) {
      reason.set(id, { from: null, id: `forceIn:${id}`, verb: "" });
      queue.push(id);
    }
  }
  for (let k = 0; k < queue.length; k++) {
    const a = queue[k]!;
    for (const edge of pulls.get(a) ?? []) {
      if (reason.has(edge.to)) continue;
      reason.set(edge.to, { from: a, id: edge.id, verb: edge.verb });
      queue.push(edge.to);
    }
  }
  const chain = (id: string): { text: string; ids: string[] } => {
    const steps: string[] = [id];
    const ids: string[] = [];
    let node: string | null = id;
    const verbs: string[] = [];
    while (node !== null) {
      const r: { from: string | null; id: string; verb: string } = reason.get(node)!;
      ids.push(r.id);
      if (r.from !== null) {
        verbs.push(r.verb);
        steps.push(r.from);
      }
      node = r.from;
    }
    steps.reverse();
    verbs.reverse();
    // "forced-in P1 requires P2, which requires P3"
    const text = steps.map((s, i) => (i === 0 ? `forced-in ${s}` : `${i === 1 ? " " : ", which "}${verbs[i - 1]} ${s}`)).join("");
    return { text, ids: ids.reverse() };
  };
  const conflicts: Conflict[] = [];
  for (const out of problem.forceOut ?? []) {
    if (!reason.has(out)) continue;
    const c = chain(out);
    conflicts.push({
      constraints: [...c.ids, `forceOut:${out}`],
      message: `${capitalise(c.text)}; but ${out} is forced out.`,
    });
  }
  for (const group of problem.exclusive ?? []) {
    const pulled = group.filter((id) => reason.has(id));
    if (pulled.length < 2) continue;
    const [a, b] = pulled as [string, string];
    const ca = chain(a);
    const cb = chain(b);
    conflicts.push({
      constraints: [...new Set([...ca.ids, ...cb.ids]), `exclusive:${group.join(",")}`],
      message: `${capitalise(describeChain(ca.text, a))} and ${describeChain(cb.text, b)}; but at most one of ${listIds(group)} may be selected.`,
    });
  }
  return conflicts;
}

function describeChain(text: string, id: string): string {
  return text === `forced-in ${id}` ? `${id} is forced in` : text;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
