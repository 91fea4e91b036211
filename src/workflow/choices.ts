/**
 * The user's explicit choices, as plain data: what the CLI reads from its flags and the Settings table, and
 * what the task pane's steps let the user edit. The problems in ./problems are built from a Portfolio plus these.
 */
import type { Portfolio, ValueBasis } from "../engine/portfolio";
import type { CategoryShare } from "../engine/selection";

/** One dependency between two projects; requires is directed (a only if b), the other two are not. */
export interface Dependency {
  readonly kind: "requires" | "together" | "exclusive";
  readonly a: string;
  readonly b: string;
}

/** What the Optimise step edits (and scenarios store). */
export interface SelectionChoices {
  /** Amount per cost limit name. */
  readonly limits: Readonly<Record<string, number>>;
  /** Funding-pool share rules (share of a limit per Projects Category); absent = the workbook's. */
  readonly categoryShares?: readonly CategoryShare[];
  readonly minProjects?: number;
  readonly maxProjects?: number;
  readonly forceIn: readonly string[];
  readonly forceOut: readonly string[];
  readonly dependencies: readonly Dependency[];
  readonly timeLimitSeconds: number;
}

/** Every choice that changes a selection or a plan. */
export interface WorkflowChoices extends SelectionChoices {
  readonly valueBasis: ValueBasis;
  /** 0 = fixed starts, k = ±k months, null = anywhere in the window. */
  readonly maxShift: number | null;
}

/**
 * The workbook's dependencies, each once. Excludes and Together are symmetric: a rule written on either row
 * (or both) gives one pair, so "P10 Excludes P03" alone is kept.
 */
export function workbookDependencies(portfolio: Portfolio): Dependency[] {
  const out: Dependency[] = [];
  const seen = new Set<string>();
  const add = (kind: Dependency["kind"], a: string, b: string) => {
    if (a === b) return;
    const key = kind === "requires" ? `${kind}|${a}|${b}` : `${kind}|${[a, b].sort().join("|")}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ kind, a, b });
  };
  for (const p of portfolio.projects) {
    for (const d of p.dependsOn) add("requires", p.id, d);
    for (const t of p.together) add("together", p.id, t);
    for (const x of p.excludes) add("exclusive", p.id, x);
  }
  return out;
}

/** The workbook's own choices (Limits, Settings, Force, dependencies), optionally overridden. */
export function defaultChoices(portfolio: Portfolio, overrides: Partial<WorkflowChoices> = {}): WorkflowChoices {
  const { settings } = portfolio;
  return {
    limits: Object.fromEntries(portfolio.limits.map((l) => [l.name, l.amount])),
    categoryShares: portfolio.categoryShares.map((s) => ({
      limit: s.limit,
      category: s.category,
      ...(s.min !== undefined ? { min: s.min } : {}),
      ...(s.max !== undefined ? { max: s.max } : {}),
    })),
    ...(settings.minProjects !== undefined ? { minProjects: settings.minProjects } : {}),
    ...(settings.maxProjects !== undefined ? { maxProjects: settings.maxProjects } : {}),
    forceIn: portfolio.projects.filter((p) => p.force === "in").map((p) => p.id),
    forceOut: portfolio.projects.filter((p) => p.force === "out").map((p) => p.id),
    dependencies: workbookDependencies(portfolio),
    timeLimitSeconds: settings.timeLimitSeconds,
    valueBasis: settings.valueBasis,
    maxShift: settings.maxShift,
    ...overrides,
  };
}
