/** Status and the steering dashboard of a portfolio, as the CLI and the task pane's Monitor step show them. */
import { dashboardData, type DashboardData } from "../engine/monitoring";
import { statusReport, type StatusReport } from "../engine/monitoring";
import type { PortfolioScores } from "../engine/portfolio";
import type { Portfolio, ValueBasis } from "../engine/portfolio";
import type { AllocationProblem, AllocationResult } from "../engine/resources";
import type { FrontierResult, SelectionResult } from "../engine/selection";
import { projectValues, toAllocationProblem } from "./problems";
import { projectNames, VALUE_LABELS } from "./ranking";

/** Status of the workbook's Status table with the Settings' RAG thresholds (or the given ones). */
export function portfolioStatus(portfolio: Portfolio, thresholds?: { readonly green: number; readonly amber: number }): StatusReport {
  return statusReport(portfolio.status, {
    thresholds: thresholds ?? { green: portfolio.settings.ragGreen, amber: portfolio.settings.ragAmber },
    names: projectNames(portfolio),
  });
}

/** Planned starts, capacity and horizon-cut demand for the load view; null without a Capacity table or with a start outside it. */
export function loadPlan(portfolio: Portfolio): AllocationProblem | null {
  if (!portfolio.horizon.fromCapacity || portfolio.capacity.length === 0) return null;
  try {
    return toAllocationProblem(portfolio, portfolio.projects.map(() => 0), { selectionConstraints: false });
  } catch {
    return null; // a project starting outside the horizon: the load view is not defined
  }
}

export interface DashboardChoices {
  readonly status: StatusReport;
  /** Scores per project (Projects order). */
  readonly scores?: PortfolioScores | readonly number[] | null;
  readonly selection?: SelectionResult | null;
  readonly frontier?: FrontierResult | null;
  /** The staffed plan (Resources step), whose peaks the dashboard then shows. */
  readonly allocation?: { readonly problem: AllocationProblem; readonly result: AllocationResult } | null;
  /** Default: Settings "Value basis". */
  readonly valueBasis?: ValueBasis;
  readonly title?: string;
}

export function portfolioDashboard(portfolio: Portfolio, choices: DashboardChoices): DashboardData {
  const basis = choices.valueBasis ?? portfolio.settings.valueBasis;
  return dashboardData({
    portfolio,
    status: choices.status,
    values: choices.scores ? projectValues(portfolio, choices.scores, basis) : null,
    plan: loadPlan(portfolio),
    selection: choices.selection ?? null,
    frontier: choices.frontier ?? null,
    allocation: choices.allocation ?? null,
    valueLabel: VALUE_LABELS[basis],
    ...(choices.title ? { title: choices.title } : {}),
  });
}
