/**
 * Portfolio + the user's choices → the selection and allocation engines' problems (the CLI's JSON formats),
 * so a workbook, the task pane and a JSON file go through the same solver code. Every surface builds its
 * problems here: this is where "which rules apply to which projects" is decided.
 */
import { PmoInputError, PmoMissingDataError } from "../engine/errors";
import { hasBenefitColumn, type PortfolioScores } from "../engine/portfolio";
import type { Portfolio, PortfolioProject, ValueBasis } from "../engine/portfolio";
import type { AllocationProblem, AllocationProject } from "../engine/resources";
import type { SelectionProblem, SelectionProject } from "../engine/selection";
import { defaultChoices, type Dependency, type SelectionChoices, type WorkflowChoices } from "./choices";
import { horizonDemand, plannedDuration, totalDemand } from "./horizon";

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
  if (valueBasis !== "score" && !hasBenefitColumn(portfolio)) {
    // Every benefit would read 0: refuse rather than maximise nothing (the CLI's --value, a pane or JSON choice).
    const what = valueBasis === "benefit" ? "benefit" : "score × benefit";
    throw new PmoMissingDataError(
      { table: "Projects", column: "Benefit" },
      `the column is missing; Selection maximises ${what} and needs it: add a Benefit column to Projects, or choose the value basis score`,
    );
  }
  return portfolio.projects.map((p, i) => {
    if (valueBasis === "score") return s[i]!;
    if (valueBasis === "benefit") return p.benefit;
    return (s[i]! / 100) * p.benefit;
  });
}

/** True when selection checks role capacity: the workbook has both a Capacity and a Demand table. */
export function usesRoleCapacity(portfolio: Portfolio): boolean {
  return portfolio.capacity.length > 0 && portfolio.demand.length > 0;
}

/** How selection treats role capacity, in words (shown next to a selection). */
export function roleCapacityNote(portfolio: Portfolio): string | null {
  if (!usesRoleCapacity(portfolio)) return null;
  const n = portfolio.horizon.months.length;
  return `Role capacity: each role's total demand of the selected projects over the ${n} Capacity month${n === 1 ? "" : "s"} stays within its total capacity; month-by-month fit is planned in Resources.`;
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
  /** The user's choices (default: the workbook's, see defaultChoices); limits above are added on top. */
  readonly choices?: SelectionChoices & { readonly valueBasis?: ValueBasis };
}

/** The selection problem of a portfolio: values, costs per limit, decisions, dependencies, shares, role totals. */
export function toSelectionProblem(portfolio: Portfolio, scores: PortfolioScores | readonly number[], options: SelectionAdapterOptions = {}): SelectionProblem {
  const choices = options.choices ?? defaultChoices(portfolio);
  const valueBasis = options.valueBasis ?? options.choices?.valueBasis ?? portfolio.settings.valueBasis;
  const values = projectValues(portfolio, scores, valueBasis);
  const limits: Record<string, number> = { ...choices.limits };
  for (const [name, amount] of Object.entries(options.limits ?? {})) limits[name] = amount;
  const useRoles = (options.roleCapacity ?? true) && usesRoleCapacity(portfolio);
  const demandByProject = useRoles ? totalDemand(portfolio) : new Map<string, Record<string, number>>();

  const projects: SelectionProject[] = portfolio.projects.map((p, i) => ({
    id: p.id,
    value: values[i]!,
    costs: projectCosts(p, Object.keys(limits)),
    ...(p.category ? { category: p.category } : {}),
    ...(demandByProject.has(p.id) ? { roleDemand: demandByProject.get(p.id)! } : {}),
  }));
  const shares = choices.categoryShares ?? defaultChoices(portfolio).categoryShares ?? [];
  return {
    projects,
    limits,
    forceIn: [...choices.forceIn],
    forceOut: [...choices.forceOut],
    ...dependencyLists(choices.dependencies),
    ...(choices.minProjects !== undefined ? { minProjects: choices.minProjects } : {}),
    ...(choices.maxProjects !== undefined ? { maxProjects: choices.maxProjects } : {}),
    categoryShares: shares.filter((s) => s.limit in limits),
    ...(useRoles ? { roleCapacity: Object.fromEntries(portfolio.capacity.map((r) => [r.role, sum(r.capacity)])) } : {}),
    timeLimitSeconds: options.timeLimitSeconds ?? choices.timeLimitSeconds,
  };
}

/** The engine's lists from dependency pairs: requires as [a, b], together and exclusive as pairs. */
export function dependencyLists(dependencies: readonly Dependency[]): Pick<SelectionProblem, "requires" | "together" | "exclusive"> {
  const of = (kind: Dependency["kind"]) => dependencies.filter((d) => d.kind === kind).map((d): [string, string] => [d.a, d.b]);
  return { requires: of("requires"), together: of("together"), exclusive: of("exclusive") };
}

export interface AllocationAdapterOptions {
  /** 0 = fixed starts, k = ±k months, null = anywhere in the window. Default: the choices', else Settings "Max shift". */
  readonly maxShift?: number | null;
  /** Carry the cost limits, forced decisions and dependencies into the allocation (default true). */
  readonly selectionConstraints?: boolean;
  readonly timeLimitSeconds?: number;
  /** The user's choices (default: the workbook's). */
  readonly choices?: WorkflowChoices;
  /** Plan only these projects (e.g. the Optimise step's selection); default every project. */
  readonly projects?: readonly string[] | null;
}

/**
 * The allocation problem: months and capacity from the Capacity table, per-role demand arrays from Demand
 * (cut at the horizon, see ./horizon), starts as month offsets, windows from Earliest/Latest Start (clipped to
 * the horizon), finish-to-start from Starts After, and every selection rule of the choices.
 *
 * @param values one value per project in Projects order (see projectValues).
 * @throws PmoMissingDataError without a Capacity table; PmoInputError naming the project whose planned start
 *   lies outside the Capacity months.
 */
export function toAllocationProblem(portfolio: Portfolio, values: readonly number[], options: AllocationAdapterOptions = {}): AllocationProblem {
  if (!portfolio.horizon.fromCapacity || portfolio.capacity.length === 0) {
    throw new PmoMissingDataError({ table: "Capacity" }, "resource allocation needs a Capacity table with one row per role and one column per month");
  }
  if (values.length !== portfolio.projects.length) {
    throw new PmoInputError({ table: "Projects" }, `${portfolio.projects.length} values, one per project`, values.length);
  }
  const choices = options.choices ?? defaultChoices(portfolio);
  const months = portfolio.horizon.months;
  const horizon = months.length;
  const demand = horizonDemand(portfolio);
  const planned = options.projects ? new Set(options.projects) : null;
  const projects: AllocationProject[] = [];
  portfolio.projects.forEach((p, i) => {
    if (planned && !planned.has(p.id)) return;
    if (p.start < 0 || p.start >= horizon) {
      throw new PmoInputError({ table: "Projects", row: p.row, column: "Start" }, `a start inside the Capacity months (${months[0]} to ${months[horizon - 1]})`, p.startMonth, `project ${p.id}`);
    }
    const duration = plannedDuration(portfolio, p);
    const lastStart = horizon - duration;
    const earliest = p.earliestStart === undefined ? undefined : Math.min(p.start, Math.max(0, p.earliestStart));
    const latest = p.latestStart === undefined ? undefined : Math.max(p.start, Math.min(lastStart, p.latestStart));
    projects.push({
      id: p.id,
      value: values[i]!,
      duration,
      start: p.start,
      ...(earliest !== undefined ? { earliestStart: earliest } : {}),
      ...(latest !== undefined ? { latestStart: latest } : {}),
      demand: demand.get(p.id) ?? {},
      costs: projectCosts(p, Object.keys(choices.limits)),
      ...(p.category ? { category: p.category } : {}),
    });
  });
  const ids = new Set(projects.map((p) => p.id));
  const units = new Set(portfolio.capacity.map((r) => r.unit));
  const rated = portfolio.capacity.filter((r) => r.rate !== null);
  const withSelection = options.selectionConstraints ?? true;
  const selection = withSelection ? toSelectionProblem(portfolio, portfolio.projects.map(() => 0), { valueBasis: "score", roleCapacity: false, choices }) : null;
  const inPlan = (list: readonly string[] | undefined) => (list ?? []).filter((id) => ids.has(id));
  const pairsInPlan = <T extends readonly string[]>(list: readonly T[] | undefined) => (list ?? []).filter((g) => g.every((id) => ids.has(id)));
  return {
    months,
    capacity: Object.fromEntries(portfolio.capacity.map((r) => [r.role, r.capacity])),
    ...(rated.length > 0 ? { rates: Object.fromEntries(rated.map((r) => [r.role, r.rate!])) } : {}),
    ...(units.size === 1 ? { unit: [...units][0] } : {}),
    projects,
    maxShift: options.maxShift !== undefined ? options.maxShift : choices.maxShift,
    finishToStart: portfolio.projects.filter((p) => ids.has(p.id)).flatMap((p) => p.startsAfter.filter((a) => ids.has(a)).map((a): [string, string] => [a, p.id])),
    ...(selection
      ? {
          limits: selection.limits,
          forceIn: inPlan(selection.forceIn),
          forceOut: inPlan(selection.forceOut),
          requires: pairsInPlan(selection.requires),
          together: pairsInPlan(selection.together),
          exclusive: pairsInPlan(selection.exclusive),
          ...(selection.minProjects !== undefined && !planned ? { minProjects: selection.minProjects } : {}),
          ...(selection.maxProjects !== undefined ? { maxProjects: selection.maxProjects } : {}),
          ...(selection.categoryShares ? { categoryShares: selection.categoryShares } : {}),
        }
      : {}),
    timeLimitSeconds: options.timeLimitSeconds ?? choices.timeLimitSeconds,
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

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
