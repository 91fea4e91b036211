/**
 * Turns a template Portfolio into the selection and allocation engines' problems (the CLI's JSON formats),
 * so a workbook and a JSON file go through the same solver code.
 */
import { PmoInputError, PmoMissingDataError } from "../errors";
import type { AllocationProblem, AllocationProject } from "../resources/types";
import type { SelectionProblem, SelectionProject } from "../selection/types";
import type { PortfolioScores } from "./scorePortfolio";
import type { Portfolio, PortfolioProject, ValueBasis } from "./types";

/**
 * The value selection maximises per project, in Projects order: the alignment score (0–100), the benefit, or
 * score × benefit — computed as score / 100 × benefit, the benefit weighted by alignment (same optimum as the
 * plain product, in currency units).
 */
export function projectValues(portfolio: Portfolio, scores: PortfolioScores | readonly number[], valueBasis: ValueBasis): number[] {
  const s = "scores" in scores ? scores.scores : scores;
  if (s.length !== portfolio.projects.length) {
    throw new PmoInputError({ table: "Projects" }, `${portfolio.projects.length} scores, one per project`, s.length);
  }
  return portfolio.projects.map((p, i) => {
    if (valueBasis === "score") return s[i];
    if (valueBasis === "benefit") return p.benefit;
    return (s[i] / 100) * p.benefit;
  });
}

export interface SelectionAdapterOptions {
  /** Default: the Settings table's "Value basis". */
  readonly valueBasis?: ValueBasis;
  /** Default: Settings "Time limit seconds". */
  readonly timeLimitSeconds?: number;
  /** Replace or add limit amounts by name (e.g. { CapEx: 12e6 }); a limit named like a Projects cost column ("Cost") also works without the Limits table. */
  readonly limits?: Readonly<Record<string, number>>;
  /** Add total role demand against capacity over the horizon (default true when Capacity and Demand exist). */
  readonly roleCapacity?: boolean;
}

/** The selection problem of a portfolio: values, costs per limit, decisions, dependencies, shares, role totals. */
export function toSelectionProblem(portfolio: Portfolio, scores: PortfolioScores | readonly number[], options: SelectionAdapterOptions = {}): SelectionProblem {
  const valueBasis = options.valueBasis ?? portfolio.settings.valueBasis;
  const values = projectValues(portfolio, scores, valueBasis);
  const limits: Record<string, number> = Object.fromEntries(portfolio.limits.map((l) => [l.name, l.amount]));
  for (const [name, amount] of Object.entries(options.limits ?? {})) limits[name] = amount;
  const useRoles = (options.roleCapacity ?? true) && portfolio.capacity.length > 0 && portfolio.demand.length > 0;
  const demandByProject = useRoles ? totalDemand(portfolio) : new Map<string, Record<string, number>>();

  const projects: SelectionProject[] = portfolio.projects.map((p, i) => ({
    id: p.id,
    value: values[i],
    costs: projectCosts(p, Object.keys(limits)),
    ...(p.category ? { category: p.category } : {}),
    ...(demandByProject.has(p.id) ? { roleDemand: demandByProject.get(p.id)! } : {}),
  }));
  const { settings } = portfolio;
  return {
    projects,
    limits,
    forceIn: portfolio.projects.filter((p) => p.force === "in").map((p) => p.id),
    forceOut: portfolio.projects.filter((p) => p.force === "out").map((p) => p.id),
    requires: portfolio.projects.flatMap((p) => p.dependsOn.map((d): [string, string] => [p.id, d])),
    together: groups(portfolio.projects.filter((p) => p.together.length > 0).map((p) => [p.id, ...p.together])),
    exclusive: groups(portfolio.projects.flatMap((p) => p.excludes.map((x) => [p.id, x]))),
    ...(settings.minProjects !== undefined ? { minProjects: settings.minProjects } : {}),
    ...(settings.maxProjects !== undefined ? { maxProjects: settings.maxProjects } : {}),
    categoryShares: portfolio.categoryShares.map((s) => ({
      limit: s.limit,
      category: s.category,
      ...(s.min !== undefined ? { min: s.min } : {}),
      ...(s.max !== undefined ? { max: s.max } : {}),
    })),
    ...(useRoles ? { roleCapacity: Object.fromEntries(portfolio.capacity.map((r) => [r.role, sum(r.capacity)])) } : {}),
    timeLimitSeconds: options.timeLimitSeconds ?? settings.timeLimitSeconds,
  };
}

export interface AllocationAdapterOptions {
  /** 0 = fixed starts, k = ±k months, null = anywhere in the window. Default: Settings "Max shift". */
  readonly maxShift?: number | null;
  /** Carry the cost limits, forced decisions and dependencies into the allocation (default true). */
  readonly selectionConstraints?: boolean;
  readonly timeLimitSeconds?: number;
}

/**
 * The allocation problem: months and capacity from the Capacity table, per-role demand arrays from Demand,
 * starts as month offsets, windows from Earliest/Latest Start (clipped to the horizon), finish-to-start from
 * Starts After.
 *
 * @param values one value per project in Projects order (see projectValues).
 * @throws PmoMissingDataError without a Capacity table; PmoInputError naming the project whose planned start
 *   and duration do not fit inside the Capacity months.
 */
export function toAllocationProblem(portfolio: Portfolio, values: readonly number[], options: AllocationAdapterOptions = {}): AllocationProblem {
  if (!portfolio.horizon.fromCapacity || portfolio.capacity.length === 0) {
    throw new PmoMissingDataError({ table: "Capacity" }, "resource allocation needs a Capacity table with one row per role and one column per month");
  }
  if (values.length !== portfolio.projects.length) {
    throw new PmoInputError({ table: "Projects" }, `${portfolio.projects.length} values, one per project`, values.length);
  }
  const months = portfolio.horizon.months;
  const horizon = months.length;
  const demand = demandArrays(portfolio);
  const projects: AllocationProject[] = portfolio.projects.map((p, i) => {
    const lastStart = horizon - p.duration;
    if (p.start < 0 || p.start > lastStart) {
      const range = lastStart < 0 ? `none: it lasts ${p.duration} months, the Capacity table covers ${horizon}` : `${months[0]} to ${months[lastStart]}`;
      throw new PmoInputError({ table: "Projects", row: p.row, column: "Start" }, `a start that finishes inside the Capacity months (${range})`, p.startMonth, `project ${p.id}`);
    }
    const earliest = p.earliestStart === undefined ? undefined : Math.min(p.start, Math.max(0, p.earliestStart));
    const latest = p.latestStart === undefined ? undefined : Math.max(p.start, Math.min(lastStart, p.latestStart));
    return {
      id: p.id,
      value: values[i],
      duration: p.duration,
      start: p.start,
      ...(earliest !== undefined ? { earliestStart: earliest } : {}),
      ...(latest !== undefined ? { latestStart: latest } : {}),
      demand: demand.get(p.id) ?? {},
      costs: p.costs,
      ...(p.category ? { category: p.category } : {}),
    };
  });
  const units = new Set(portfolio.capacity.map((r) => r.unit));
  const rated = portfolio.capacity.filter((r) => r.rate !== null);
  const withSelection = options.selectionConstraints ?? true;
  const selection = withSelection ? toSelectionProblem(portfolio, values, { valueBasis: "score", roleCapacity: false }) : null;
  return {
    months,
    capacity: Object.fromEntries(portfolio.capacity.map((r) => [r.role, r.capacity])),
    ...(rated.length > 0 ? { rates: Object.fromEntries(rated.map((r) => [r.role, r.rate!])) } : {}),
    ...(units.size === 1 ? { unit: [...units][0] } : {}),
    projects,
    maxShift: options.maxShift === undefined ? portfolio.settings.maxShift : options.maxShift,
    finishToStart: portfolio.projects.flatMap((p) => p.startsAfter.map((a): [string, string] => [a, p.id])),
    ...(selection
      ? {
          limits: selection.limits,
          forceIn: selection.forceIn,
          forceOut: selection.forceOut,
          requires: selection.requires,
          together: selection.together,
          exclusive: selection.exclusive,
          ...(selection.minProjects !== undefined ? { minProjects: selection.minProjects } : {}),
          ...(selection.maxProjects !== undefined ? { maxProjects: selection.maxProjects } : {}),
          ...(selection.categoryShares ? { categoryShares: selection.categoryShares } : {}),
        }
      : {}),
    timeLimitSeconds: options.timeLimitSeconds ?? portfolio.settings.timeLimitSeconds,
  };
}

/** Costs per limit; a limit not in the Limits table may still name the Cost column. */
export function projectCosts(p: PortfolioProject, limitNames: readonly string[]): Record<string, number> {
  const costs: Record<string, number> = { ...p.costs };
  for (const name of limitNames) {
    if (!(name in costs) && name.toLowerCase() === "cost") costs[name] = p.cost;
  }
  return costs;
}

/** Per project, per role: demand per month of its life (length = duration). Repeated rows add up. */
export function demandArrays(portfolio: Portfolio): Map<string, Record<string, number[]>> {
  const durations = new Map(portfolio.projects.map((p) => [p.id, p.duration]));
  const out = new Map<string, Record<string, number[]>>();
  for (const d of portfolio.demand) {
    const duration = durations.get(d.project);
    if (duration === undefined || d.monthOffset >= duration) continue;
    const byRole = out.get(d.project) ?? {};
    const row = (byRole[d.role] ??= new Array<number>(duration).fill(0));
    row[d.monthOffset] += d.amount;
    out.set(d.project, byRole);
  }
  return out;
}

/** Per project, per role: total demand over its life (unit-months). */
export function totalDemand(portfolio: Portfolio): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const [id, byRole] of demandArrays(portfolio)) {
    out.set(id, Object.fromEntries(Object.entries(byRole).map(([role, row]) => [role, sum(row)])));
  }
  return out;
}

/** Distinct groups (same members in any order count once). */
function groups(lists: readonly (readonly string[])[]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const list of lists) {
    const members = [...new Set(list)];
    const key = [...members].sort().join("\u0000");
    if (members.length < 2 || seen.has(key)) continue;
    seen.add(key);
    out.push(members);
  }
  return out;
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
