/**
 * The task pane's calls into the engine: workbook tables → Portfolio → ranking, selection and allocation
 * problems. Kept in one place so views stay thin and the conversions are tested once.
 */
import type { TableData, WorkbookProblem } from "../engine/portfolio/tableData";
import type { Portfolio } from "../engine/portfolio/types";
import { FEATURES, type Feature } from "../engine/portfolio/features";
import { blockedFeatures, readPortfolio } from "../engine/portfolio/readPortfolio";
import { demandArrays, projectCosts, projectValues, totalDemand } from "../engine/portfolio/adapters";
import { alignmentScores } from "../engine/alignment";
import { rankProjects } from "../engine/ranking";
import { ahpWeights, type AhpResult } from "../engine/ahp";
import type { SelectionProblem } from "../engine/selection/types";
import type { AllocationProblem } from "../engine/resources/types";
import type { RankingSheetInput, RankingSheetRow } from "../sheets/rankingSheet";
import { applyMapping, type ColumnMapping } from "./columnMapping";

export interface ParsedWorkbook {
  readonly portfolio: Portfolio | null;
  readonly problems: readonly WorkbookProblem[];
  /** The features stopped by errors (each feature needs only its own columns; see engine/portfolio/features.ts). */
  readonly blocked: ReadonlySet<Feature>;
}

export function parseWorkbook(tables: readonly TableData[], mapping: ColumnMapping): ParsedWorkbook {
  const { portfolio, problems } = readPortfolio(applyMapping(tables, mapping));
  return { portfolio, problems: uniqueProblems(problems), blocked: portfolio ? blockedFeatures(problems) : new Set(FEATURES) };
}

/** One line per distinct problem: the same cell can fail two checks with the same words. */
export function uniqueProblems(problems: readonly WorkbookProblem[]): WorkbookProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.severity}|${p.cell ?? ""}|${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface DriverWeighting {
  readonly labels: readonly string[];
  /** Normalised weights (sum 1) in Drivers order. */
  readonly weights: readonly number[];
  readonly source: string;
  readonly ahp: AhpResult | null;
}

/** Direct weights normalised; equal weights when all are blank or zero. */
export function directWeights(portfolio: Portfolio): number[] {
  const raw = portfolio.drivers.map((d) => (d.weight !== null && d.weight > 0 ? d.weight : 0));
  const total = raw.reduce((s, w) => s + w, 0);
  return total > 0 ? raw.map((w) => w / total) : raw.map(() => 1 / raw.length);
}

/** The weights the workbook asks for: AHP when Settings says so and comparisons exist, else direct. */
export function workbookWeights(portfolio: Portfolio): DriverWeighting {
  const labels = portfolio.drivers.map((d) => d.name);
  const method = portfolio.settings.weightsMethod;
  if (method !== "direct" && portfolio.comparisons) {
    const ahp = ahpWeights(portfolio.comparisons.matrix, { labels, method: method === "geometric" ? "geometric" : "eigenvector" });
    return { labels, weights: ahp.weights, source: method === "geometric" ? "AHP (geometric mean)" : "AHP (eigenvector)", ahp };
  }
  return { labels, weights: directWeights(portfolio), source: "direct weights", ahp: null };
}

export function weightsByName(labels: readonly string[], weights: readonly number[]): Record<string, number> {
  return Object.fromEntries(labels.map((l, i) => [l, weights[i] ?? 0]));
}

export interface Ranking {
  readonly sheet: RankingSheetInput;
  /** Score per project id. */
  readonly scores: Readonly<Record<string, number>>;
}

/** Score and rank every project with the given weights (by driver name). */
export function rankPortfolio(portfolio: Portfolio, weights: Readonly<Record<string, number>>, source: string, consistency?: { cr: number; consistent: boolean } | null): Ranking {
  const labels = portfolio.drivers.map((d) => d.name);
  const w = labels.map((l) => weights[l] ?? 0);
  const { scores, contributions } = alignmentScores(
    portfolio.projects.map((p) => p.impacts),
    w,
    portfolio.impactScale.max,
    { projectLabels: portfolio.projects.map((p) => p.id), driverLabels: labels, table: "Projects" },
  );
  const byId = new Map(portfolio.projects.map((p, i) => [p.id, i]));
  const ranked = rankProjects(portfolio.projects.map((p, i) => ({ id: p.id, score: scores[i], cost: p.cost > 0 ? p.cost : undefined })));
  const total = w.reduce((s, x) => s + x, 0) || 1;
  const rows: RankingSheetRow[] = ranked.map((r) => {
    const i = byId.get(r.id)!;
    const p = portfolio.projects[i];
    return { rank: r.rank, project: p.id, name: p.name, score: scores[i], contributions: contributions[i], cost: p.cost, benefit: p.benefit };
  });
  return {
    sheet: { drivers: labels.map((name, j) => ({ name, weight: w[j] / total })), rows, weightsSource: source, consistency: consistency ?? null },
    scores: Object.fromEntries(portfolio.projects.map((p, i) => [p.id, scores[i]])),
  };
}

export const VALUE_LABELS = { score: "Score", benefit: "Benefit", scoreTimesBenefit: "Score × benefit" } as const;


export interface Dependency {
  readonly kind: "requires" | "together" | "exclusive";
  readonly a: string;
  readonly b: string;
}

export interface OptimiseInputs {
  readonly limits: Readonly<Record<string, number>>;
  readonly minProjects?: number;
  readonly maxProjects?: number;
  readonly forceIn: readonly string[];
  readonly forceOut: readonly string[];
  readonly dependencies: readonly Dependency[];
  readonly timeLimitSeconds: number;
}

/** The workbook's own limits, forced decisions and dependencies as editable inputs. */
export function defaultOptimiseInputs(portfolio: Portfolio): OptimiseInputs {
  const dependencies: Dependency[] = [];
  for (const p of portfolio.projects) {
    for (const d of p.dependsOn) dependencies.push({ kind: "requires", a: p.id, b: d });
    for (const t of p.together) if (p.id < t) dependencies.push({ kind: "together", a: p.id, b: t });
    for (const x of p.excludes) if (p.id < x) dependencies.push({ kind: "exclusive", a: p.id, b: x });
  }
  return {
    limits: Object.fromEntries(portfolio.limits.map((l) => [l.name, l.amount])),
    minProjects: portfolio.settings.minProjects,
    maxProjects: portfolio.settings.maxProjects,
    forceIn: portfolio.projects.filter((p) => p.force === "in").map((p) => p.id),
    forceOut: portfolio.projects.filter((p) => p.force === "out").map((p) => p.id),
    dependencies,
    timeLimitSeconds: portfolio.settings.timeLimitSeconds,
  };
}


export function selectionProblemOf(portfolio: Portfolio, scores: Readonly<Record<string, number>>, inputs: OptimiseInputs): SelectionProblem {
  const limitNames = Object.keys(inputs.limits);
  const demand = totalDemand(portfolio);
  const values = valuesOf(portfolio, scores);
  return {
    projects: portfolio.projects.map((p, i) => ({
      id: p.id,
      value: values[i],
      costs: limitCosts(p, limitNames),
      category: p.category || undefined,
      ...(demand.has(p.id) ? { roleDemand: demand.get(p.id) } : {}),
    })),
    limits: inputs.limits,
    forceIn: inputs.forceIn,
    forceOut: inputs.forceOut,
    requires: inputs.dependencies.filter((d) => d.kind === "requires").map((d) => [d.a, d.b] as const),
    together: inputs.dependencies.filter((d) => d.kind === "together").map((d) => [d.a, d.b]),
    exclusive: inputs.dependencies.filter((d) => d.kind === "exclusive").map((d) => [d.a, d.b]),
    ...(inputs.minProjects !== undefined ? { minProjects: inputs.minProjects } : {}),
    ...(inputs.maxProjects !== undefined ? { maxProjects: inputs.maxProjects } : {}),
    categoryShares: portfolio.categoryShares.filter((s) => limitNames.includes(s.limit)).map((s) => ({ limit: s.limit, category: s.category, min: s.min, max: s.max })),
    timeLimitSeconds: inputs.timeLimitSeconds,
  };
}

/** Resource plan for the chosen projects (all projects when nothing is selected yet). */
export function allocationProblemOf(
  portfolio: Portfolio,
  scores: Readonly<Record<string, number>>,
  selected: readonly string[] | null,
  timeLimitSeconds: number,
): AllocationProblem {
  const months = portfolio.horizon.months;
  const chosen = selected ? new Set(selected) : null;
  const projects = portfolio.projects.filter((p) => !chosen || chosen.has(p.id));
  const ids = new Set(projects.map((p) => p.id));
  const demand = demandArrays(portfolio);
  const values = valuesOf(portfolio, scores);
  const indexOf = new Map(portfolio.projects.map((p, i) => [p.id, i]));
  const unit = portfolio.capacity[0]?.unit;
  return {
    months,
    capacity: Object.fromEntries(portfolio.capacity.map((c) => [c.role, c.capacity])),
    rates: Object.fromEntries(portfolio.capacity.filter((c) => c.rate !== null).map((c) => [c.role, c.rate as number])),
    ...(unit ? { unit } : {}),
    projects: projects.map((p) => ({
      id: p.id,
      value: values[indexOf.get(p.id)!],
      duration: p.duration,
      start: p.start,
      ...(p.earliestStart !== undefined ? { earliestStart: p.earliestStart } : {}),
      ...(p.latestStart !== undefined ? { latestStart: p.latestStart } : {}),
      demand: demand.get(p.id) ?? {},
    })),
    maxShift: portfolio.settings.maxShift,
    finishToStart: projects.flatMap((p) => p.startsAfter.filter((a) => ids.has(a)).map((a) => [a, p.id] as const)),
    timeLimitSeconds,
  };
}

/** Values to maximise per project (in Projects order) on the workbook's value basis. */
function valuesOf(portfolio: Portfolio, scores: Readonly<Record<string, number>>): number[] {
  return projectValues(portfolio, portfolio.projects.map((p) => scores[p.id] ?? 0), portfolio.settings.valueBasis);
}

/** Cost per limit name (0 where the project has none), as the engine's adapter reads cost columns. */
function limitCosts(project: Portfolio["projects"][number], limitNames: readonly string[]): Record<string, number> {
  const costs = projectCosts(project, limitNames);
  return Object.fromEntries(limitNames.map((l) => [l, costs[l] ?? 0]));
}

export function projectNames(portfolio: Portfolio): Record<string, string> {
  return Object.fromEntries(portfolio.projects.map((p) => [p.id, p.name]));
}
