/** Workbook portfolio → status report, dashboard data and snapshots for the monitoring commands. */
import { dashboardData, type DashboardData } from "../engine/monitoring/dashboard";
import { snapshotFromPortfolio, type CycleSnapshot } from "../engine/monitoring/snapshot";
import { statusReport, type StatusReport } from "../engine/monitoring/statusReport";
import { toSelectionProblem } from "../engine/portfolio/adapters";
import { scorePortfolio, type PortfolioScores } from "../engine/portfolio/scorePortfolio";
import type { Portfolio } from "../engine/portfolio/types";
import { efficientFrontier, selectPortfolio } from "../engine/selection";
import type { FrontierResult, SelectionResult } from "../engine/selection/types";
import { projectNames, VALUE_LABELS } from "./portfolioProblems";

/** Status of the workbook's Status table with the Settings' RAG thresholds. */
export function portfolioStatus(portfolio: Portfolio): StatusReport {
  return statusReport(portfolio.status, {
    thresholds: { green: portfolio.settings.ragGreen, amber: portfolio.settings.ragAmber },
    names: projectNames(portfolio),
  });
}

export interface DashboardBuild {
  readonly data: DashboardData;
  readonly status: StatusReport;
  readonly scores: PortfolioScores;
  readonly selection: SelectionResult | null;
  readonly frontier: FrontierResult | null;
}

/**
 * Everything the dashboard shows: status, the optimal selection under the workbook's limits (when it has
 * limits) and, optionally, the efficient frontier over the first limit.
 */
export async function buildDashboard(portfolio: Portfolio, options: { frontierLevels?: number; timeLimitSeconds?: number } = {}): Promise<DashboardBuild> {
  const status = portfolioStatus(portfolio);
  const scores = scorePortfolio(portfolio);
  const basis = portfolio.settings.valueBasis;
  let selection: SelectionResult | null = null;
  let frontier: FrontierResult | null = null;
  if (portfolio.limits.length > 0) {
    const problem = { ...toSelectionProblem(portfolio, scores, { valueBasis: basis }), timeLimitSeconds: options.timeLimitSeconds ?? Math.min(30, portfolio.settings.timeLimitSeconds) };
    selection = await selectPortfolio(problem);
    if (options.frontierLevels && options.frontierLevels >= 2) {
      frontier = await efficientFrontier(problem, { levels: options.frontierLevels, timeLimitSeconds: options.timeLimitSeconds ?? 10 });
    }
  }
  const data = dashboardData({ portfolio, status, scores, selection, frontier, valueLabel: VALUE_LABELS[basis] });
  return { data, status, scores, selection, frontier };
}

/** A snapshot of a workbook's cycle, with its optimal selection when the workbook has limits. */
export async function workbookSnapshot(portfolio: Portfolio, cycle: string): Promise<CycleSnapshot> {
  const scores = scorePortfolio(portfolio);
  let selected: string[] | null = null;
  if (portfolio.limits.length > 0) {
    const problem = { ...toSelectionProblem(portfolio, scores), timeLimitSeconds: Math.min(30, portfolio.settings.timeLimitSeconds) };
    const result = await selectPortfolio(problem);
    selected = result.status === "infeasible" ? null : [...result.selected];
  }
  return snapshotFromPortfolio(portfolio, { cycle, scores, selected });
}
