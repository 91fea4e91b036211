/**
 * Checks an AllocationProblem before anything is computed, so every later step can trust the data.
 * Messages name the table (Projects, Capacity, finishToStart), the row (project id or role) and the field.
 */
import { PmoConstraintError, PmoInputError } from "../errors";
import { checkSelectionProblem } from "../selection/validation";
import { selectionView } from "./selectionView";
import type { AllocationProblem, AllocationProject } from "./types";

const PROJECTS = "Projects";
const CAPACITY = "Capacity";

/** A project's start window after defaults: earliest 0, latest the last start that still finishes in the horizon. */
export interface StartWindow {
  readonly earliest: number;
  readonly latest: number;
}

function isNonNegativeInteger(x: unknown): x is number {
  return typeof x === "number" && Number.isInteger(x) && x >= 0;
}

function isFiniteNumber(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x);
}

/** Role names in the order of the Capacity table. */
export function rolesOf(problem: AllocationProblem): readonly string[] {
  return Object.keys(problem.capacity);
}

/** Window of allowed starts, with defaults filled in (no validation). */
export function startWindow(project: AllocationProject, horizon: number): StartWindow {
  return {
    earliest: project.earliestStart ?? 0,
    latest: project.latestStart ?? horizon - project.duration,
  };
}

/**
 * The starts a project may take: inside its window, and within `maxShift` months of its planned start
 * (0 = the planned start only, null = the whole window). The window lies inside the horizon after validation.
 */
export function allowedStarts(project: AllocationProject, horizon: number, maxShift: number | null): readonly number[] {
  const w = startWindow(project, horizon);
  const from = maxShift === null ? w.earliest : Math.max(w.earliest, project.start - maxShift);
  const to = maxShift === null ? w.latest : Math.min(w.latest, project.start + maxShift);
  const starts: number[] = [];
  for (let s = from; s <= to; s++) starts.push(s);
  return starts;
}

/** The problem's shift mode: absent means fixed starts. */
export function shiftMode(problem: AllocationProblem): number | null {
  return problem.maxShift === undefined ? 0 : problem.maxShift;
}

/**
 * Throws PmoInputError for the first bad value (unknown role in demand, demand length ≠ duration,
 * window outside the horizon, planned start outside its window, negative capacity, ...) and
 * PmoConstraintError naming every finish-to-start cycle.
 */
export function validateAllocationProblem(problem: AllocationProblem): void {
  const horizon = problem.months.length;
  if (horizon === 0) throw new PmoInputError({ table: CAPACITY, column: "months" }, "at least one month", "no months");
  validateCapacity(problem, horizon);
  if (problem.maxShift !== undefined && problem.maxShift !== null && !isNonNegativeInteger(problem.maxShift)) {
    throw new PmoInputError({ column: "maxShift" }, "a whole number of months ≥ 0, or null for anywhere in the window", problem.maxShift);
  }
  const ids = new Set<string>();
  for (const project of problem.projects) {
    if (typeof project.id !== "string" || project.id === "") {
      throw new PmoInputError({ table: PROJECTS, column: "id" }, "a non-empty project id", project.id);
    }
    if (ids.has(project.id)) throw new PmoInputError({ table: PROJECTS, row: project.id, column: "id" }, "a unique project id", project.id, "it appears twice");
    ids.add(project.id);
    validateProject(problem, project, horizon);
  }
  validateFinishToStart(problem, ids);
  if (problem.timeLimitSeconds !== undefined && !(typeof problem.timeLimitSeconds === "number" && problem.timeLimitSeconds > 0)) {
    throw new PmoInputError({ column: "timeLimitSeconds" }, "a positive number of seconds", problem.timeLimitSeconds);
  }
  // Limits, forced, requires, together, exclusive: the selection model's own checks (unknown ids, in and out at once).
  checkSelectionProblem(selectionView(problem));
}

function validateCapacity(problem: AllocationProblem, horizon: number): void {
  for (const [role, row] of Object.entries(problem.capacity)) {
    if (!Array.isArray(row) || row.length !== horizon) {
      const found = Array.isArray(row) ? `found ${row.length}` : `found ${String(row)}`;
      throw new PmoInputError({ table: CAPACITY, row: role }, `${horizon} monthly capacities, one per month of the horizon`, undefined, found);
    }
    row.forEach((c, t) => {
      if (!isFiniteNumber(c) || c < 0) {
        throw new PmoInputError({ table: CAPACITY, row: role, column: problem.months[t] }, "a capacity ≥ 0", c);
      }
    });
  }
  if (problem.rates) {
    for (const [role, rate] of Object.entries(problem.rates)) {
      if (!(role in problem.capacity)) throw new PmoInputError({ table: CAPACITY, row: role, column: "rate" }, "a role listed in the Capacity table", role);
      if (!isFiniteNumber(rate) || rate < 0) throw new PmoInputError({ table: CAPACITY, row: role, column: "rate" }, "a rate ≥ 0", rate);
    }
  }
}

function validateProject(problem: AllocationProblem, p: AllocationProject, horizon: number): void {
  const at = (column: string) => ({ table: PROJECTS, row: p.id, column });
  if (!isFiniteNumber(p.value)) throw new PmoInputError(at("value"), "a number", p.value);
  if (!isNonNegativeInteger(p.duration) || p.duration < 1) throw new PmoInputError(at("duration"), "a whole number of months ≥ 1", p.duration);
  if (p.duration > horizon) {
    throw new PmoInputError(at("duration"), `at most ${horizon} months (the horizon)`, p.duration);
  }
  if (!Number.isInteger(p.start)) throw new PmoInputError(at("start"), "a whole month offset", p.start);
  for (const key of ["earliestStart", "latestStart"] as const) {
    const v = p[key];
    if (v !== undefined && !Number.isInteger(v)) throw new PmoInputError(at(key), "a whole month offset", v);
  }
  const w = startWindow(p, horizon);
  const lastStart = horizon - p.duration;
  if (w.earliest < 0) throw new PmoInputError(at("earliestStart"), "a month offset ≥ 0 (inside the horizon)", w.earliest);
  if (w.latest > lastStart) {
    throw new PmoInputError(at(p.latestStart === undefined ? "start" : "latestStart"), `a start ≤ ${lastStart} so the ${p.duration}-month project finishes by ${problem.months[horizon - 1]}`, w.latest);
  }
  if (w.earliest > w.latest) {
    throw new PmoInputError(at("earliestStart"), `a month offset ≤ latestStart (${w.latest})`, w.earliest);
  }
  if (p.start < w.earliest || p.start > w.latest) {
    const why = p.start > lastStart ? `the project would finish after ${problem.months[horizon - 1]}` : `its window is ${w.earliest}..${w.latest}`;
    throw new PmoInputError(at("start"), `a planned start inside [earliestStart, latestStart]`, p.start, why);
  }
  for (const [role, row] of Object.entries(p.demand)) {
    if (!(role in problem.capacity)) {
      throw new PmoInputError(at(`demand.${role}`), `a role from the Capacity table (${rolesOf(problem).join(", ")})`, role);
    }
    if (!Array.isArray(row) || row.length !== p.duration) {
      const found = Array.isArray(row) ? `found ${row.length}` : `found ${String(row)}`;
      throw new PmoInputError(at(`demand.${role}`), `${p.duration} monthly amounts, one per month of the project's duration`, undefined, found);
    }
    row.forEach((d, k) => {
      if (!isFiniteNumber(d) || d < 0) throw new PmoInputError(at(`demand.${role}[${k}]`), "a demand ≥ 0", d);
    });
  }
  if (p.costs) {
    for (const [limit, c] of Object.entries(p.costs)) {
      if (!isFiniteNumber(c)) throw new PmoInputError(at(`costs.${limit}`), "a number", c);
    }
  }
}

function validateFinishToStart(problem: AllocationProblem, ids: ReadonlySet<string>): void {
  const links = problem.finishToStart ?? [];
  const next = new Map<string, string[]>();
  links.forEach(([a, b], i) => {
    for (const id of [a, b]) {
      if (!ids.has(id)) throw new PmoInputError({ table: "finishToStart", row: i + 1 }, "a project id from the Projects table", id);
    }
    next.set(a, [...(next.get(a) ?? []), b]);
  });
  const cycles = findCycles(next);
  if (cycles.length > 0) {
    throw new PmoConstraintError(cycles.map((c) => `Finish-to-start links form a cycle: ${[...c, c[0]].join(" → ")} (each would have to finish before the next starts)`));
  }
}

/** One cycle per strongly connected group found by depth-first search (enough to name what to fix). */
function findCycles(next: ReadonlyMap<string, readonly string[]>): string[][] {
  const state = new Map<string, "open" | "done">();
  const cycles: string[][] = [];
  const path: string[] = [];
  const visit = (node: string): void => {
    state.set(node, "open");
    path.push(node);
    for (const to of next.get(node) ?? []) {
      const s = state.get(to);
      if (s === "open") cycles.push(path.slice(path.indexOf(to)));
      else if (s === undefined) visit(to);
    }
    path.pop();
    state.set(node, "done");
  };
  for (const node of next.keys()) if (!state.has(node)) visit(node);
  return cycles;
}
