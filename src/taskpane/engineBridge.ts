/**
 * The task pane's entry into the workflow layer (src/workflow): workbook tables → Portfolio, and the pane's
 * UI state (live weights, the Optimise step's inputs) → the workflow's choices. Every problem is built by
 * src/workflow, the same code the CLI runs, so both compute the same numbers.
 */
import type { TableData, WorkbookProblem } from "../engine/portfolio";
import type { Portfolio } from "../engine/portfolio";
import { FEATURES, type Feature } from "../engine/portfolio";
import { blockedFeatures, readPortfolio } from "../engine/portfolio";
import {
  allocationPlan,
  defaultChoices,
  rankPortfolio,
  workbookWeights,
  selectionPlan,
  type AllocationPlan,
  type Ranking,
  type SelectionChoices,
  type SelectionPlan,
  type WorkflowChoices,
} from "../workflow";
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

/** The Optimise step's inputs are the workflow's selection choices. */
export type OptimiseInputs = SelectionChoices;
export type { Dependency, Ranking } from "../workflow";
export { projectNames, VALUE_LABELS } from "../workflow";

/** How the live weights were set (Drivers step), null fields when they are the workbook's. */
export interface PaneWeighting {
  readonly source: string;
  readonly cr: number | null;
  readonly consistent: boolean;
}

/**
 * Ranking with the Drivers step's live weights, or the workbook's (by the workflow's weights rule) when the
 * user has not edited them.
 * @throws PmoMissingDataError / PmoInputError for blank or all-zero weights (shown as an error notice).
 */
export function paneRanking(portfolio: Portfolio, driverWeights: Readonly<Record<string, number>> | null, weighting?: PaneWeighting | null): Ranking {
  if (!driverWeights) return rankPortfolio(portfolio);
  const consistency = weighting && weighting.cr !== null ? { cr: weighting.cr, consistent: weighting.consistent } : null;
  return rankPortfolio(portfolio, { weights: { byName: driverWeights, source: weighting?.source ?? "direct weights", consistency } });
}

/** The workbook's limits, shares, forced decisions and dependencies as the Optimise step's editable inputs. */
export function defaultOptimiseInputs(portfolio: Portfolio): OptimiseInputs {
  const { valueBasis: _v, maxShift: _m, ...selection } = defaultChoices(portfolio);
  return selection;
}

/** The pane's choices: the Optimise step's inputs (default the workbook's) with the Settings' value basis and max shift. */
export function paneChoices(portfolio: Portfolio, inputs: OptimiseInputs | undefined): WorkflowChoices {
  return defaultChoices(portfolio, inputs ?? {});
}

export function paneSelection(portfolio: Portfolio, ranking: Ranking, inputs: OptimiseInputs): SelectionPlan {
  return selectionPlan(portfolio, paneChoices(portfolio, inputs), null, ranking);
}

/** Resource plan for the chosen projects (all projects when nothing is selected yet), with every rule of the inputs. */
export function paneAllocation(portfolio: Portfolio, ranking: Ranking, inputs: OptimiseInputs | undefined, selected: readonly string[] | null, timeLimitSeconds?: number): AllocationPlan {
  const choices = paneChoices(portfolio, inputs);
  return allocationPlan(portfolio, timeLimitSeconds === undefined ? choices : { ...choices, timeLimitSeconds }, null, selected, ranking);
}

export function weightsByName(labels: readonly string[], weights: readonly number[]): Record<string, number> {
  return Object.fromEntries(labels.map((l, i) => [l, weights[i] ?? 0]));
}

/** The live weights, else the workbook's by the workflow's weights rule (throws for blank or all-zero ones). */
export function currentWeights(portfolio: Portfolio, driverWeights: Readonly<Record<string, number>> | null): Readonly<Record<string, number>> {
  return driverWeights ?? workbookWeights(portfolio).byName;
}
