/**
 * The checks on a selection problem's numbers and names that a workbook gets from its table readers, applied
 * to every problem (JSON files, the task pane, the functions) by checkSelectionProblem:
 * - costs, limits, role demand and capacity are ≥ 0;
 * - every number, and every total the solver forms, stays within MAX_MAGNITUDE (beyond that the sums lose
 *   whole units, or overflow to Infinity, and the solver's gap becomes meaningless);
 * - a cost names a limit, and a limit is named by some project's costs (a misspelt limit would otherwise
 *   leave the budget unenforced without a word);
 * - no name is one of JavaScript's built-in object keys (`__proto__`, `constructor`, …), which cannot be
 *   used safely as keys of plain objects.
 */
import type { SelectionProblem } from "./types";

/** Largest magnitude of any number or total: about 1,000 trillion, exact to the unit in double precision. */
export const MAX_MAGNITUDE = 1e15;

const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

const shown = (x: number): string => (Math.abs(x) >= 1e6 ? x.toExponential(2).replace(/\.?0+e/, "e").replace("e+", "e") : String(x));

/** Error sentences for names that cannot be keys (limits, costs, roles, categories, project ids). */
export function reservedNameErrors(problem: SelectionProblem): string[] {
  const errors: string[] = [];
  const check = (kind: string, name: string) => {
    if (RESERVED.has(name)) errors.push(`${kind} '${name}' is a reserved name; please rename it.`);
  };
  for (const name of Object.keys(problem.limits)) check("Limit name", name);
  for (const role of Object.keys(problem.roleCapacity ?? {})) check("Role name", role);
  const seen = new Set<string>();
  for (const p of problem.projects) {
    if (typeof p.id === "string") check("Project id", p.id);
    for (const name of [...Object.keys(p.costs ?? {}), ...Object.keys(p.roleDemand ?? {})]) {
      if (!seen.has(name)) check("Cost or role name", name);
      seen.add(name);
    }
    if (p.category !== undefined && !seen.has(`category:${p.category}`)) {
      check("Category", p.category);
      seen.add(`category:${p.category}`);
    }
  }
  return [...new Set(errors)];
}

/** Error sentences for negative amounts, numbers or totals too large to solve reliably, and unmatched limit names. */
export function amountErrors(problem: SelectionProblem): string[] {
  const errors: string[] = [];
  const tooLarge = (what: string, x: number, total = false) => {
    if (Number.isFinite(x) && Math.abs(x) > MAX_MAGNITUDE) {
      const size = total ? `${shown(x)}, more than` : `${shown(x)} is larger than`;
      errors.push(`${what} ${size} ${shown(MAX_MAGNITUDE)}; express the amounts in larger units (thousands, millions).`);
    }
  };
  const limitNames = Object.keys(problem.limits);
  const named = new Set<string>();
  // Cost name → the projects that give a cost under it, for names that are not limits.
  const unmatched = new Map<string, string[]>();
  problem.projects.forEach((p, i) => {
    const where = `projects[${i}] (${p.id})`;
    tooLarge(`${where}: value`, p.value);
    for (const [name, c] of Object.entries(p.costs ?? {})) {
      named.add(name);
      if (c < 0) errors.push(`${where}: cost '${name}' ${c} is negative; costs must be 0 or more.`);
      tooLarge(`${where}: cost '${name}'`, c);
      if (limitNames.length > 0 && !Object.hasOwn(problem.limits, name)) unmatched.set(name, [...(unmatched.get(name) ?? []), p.id]);
    }
    for (const [role, d] of Object.entries(p.roleDemand ?? {})) {
      if (d < 0) errors.push(`${where}: demand for role '${role}' ${d} is negative; demand must be 0 or more.`);
      tooLarge(`${where}: demand for role '${role}'`, d);
    }
  });
  for (const [name, ids] of unmatched) {
    const on = ids.length > 3 ? `${ids.slice(0, 3).join(", ")} and ${ids.length - 3} more` : ids.join(", ");
    errors.push(`Cost '${name}' (on ${on}) is not one of the limits (${limitNames.join(", ")}); check its spelling.`);
  }
  for (const [name, amount] of Object.entries(problem.limits)) {
    if (amount < 0) errors.push(`Limit '${name}' ${amount} is negative; limits must be 0 or more.`);
    tooLarge(`Limit '${name}'`, amount);
    if (problem.projects.length > 0 && !named.has(name)) {
      errors.push(`Limit '${name}' is not named in any project's costs, so it would limit nothing; check its spelling.`);
    }
    const total = problem.projects.reduce((sum, p) => {
      const c = p.costs?.[name] ?? 0;
      return sum + (Number.isFinite(c) ? Math.abs(c) : 0);
    }, 0);
    if (Number.isFinite(total)) tooLarge(`The projects' costs on limit '${name}' add up to`, total, true);
    else errors.push(`The projects' costs on limit '${name}' add up to more than the largest number; express them in larger units.`);
  }
  for (const [role, cap] of Object.entries(problem.roleCapacity ?? {})) {
    if (cap < 0) errors.push(`Capacity of role '${role}' ${cap} is negative; capacity must be 0 or more.`);
    tooLarge(`Capacity of role '${role}'`, cap);
  }
  const totalValue = problem.projects.reduce((sum, p) => sum + (Number.isFinite(p.value) ? Math.abs(p.value) : 0), 0);
  if (!Number.isFinite(totalValue)) errors.push(`The projects' values add up to more than the largest number; express them in larger units.`);
  else if (errors.length === 0) tooLarge("The projects' values add up to", totalValue, true);
  return errors;
}
