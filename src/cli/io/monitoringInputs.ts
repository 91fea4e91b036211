/** Workbook portfolio → status report, dashboard data and snapshots for the monitoring commands. */
import * as path from "path";
import type { DashboardData } from "../../engine/monitoring";
import { snapshotFromPortfolio, type CycleSnapshot } from "../../engine/review";
import type { StatusReport } from "../../engine/monitoring";
import { scorePortfolio, type PortfolioScores } from "../../engine/portfolio";
import type { Portfolio } from "../../engine/portfolio";
import { efficientFrontier, selectPortfolio } from "../../engine/selection";
import type { FrontierResult, SelectionResult } from "../../engine/selection";
import { loadPortfolio, printWarnings } from "./portfolioInput";
import { portfolioDashboard, portfolioStatus, toSelectionProblem } from "../../workflow";

export { portfolioStatus };

export interface DashboardBuild {
  readonly data: DashboardData;
  readonly status: StatusReport;
  readonly scores: PortfolioScores;
  readonly selection: SelectionResult | null;
  readonly frontier: FrontierResult | null;
}

export interface DashboardOptions {
  readonly frontierLevels?: number;
  readonly timeLimitSeconds?: number;
  /** Scores already computed for this portfolio (the demo's), instead of scoring again. */
  readonly scores?: PortfolioScores;
  /** The optimal selection already solved for this portfolio and its limits, instead of solving again. */
  readonly selection?: SelectionResult;
}

/**
 * Everything the dashboard shows: status, the optimal selection under the workbook's limits (when it has
 * limits) and, optionally, the efficient frontier over the first limit.
 */
export async function buildDashboard(portfolio: Portfolio, options: DashboardOptions = {}): Promise<DashboardBuild> {
  const status = portfolioStatus(portfolio);
  const scores = options.scores ?? scorePortfolio(portfolio);
  const basis = portfolio.settings.valueBasis;
  let selection: SelectionResult | null = null;
  let frontier: FrontierResult | null = null;
  if (portfolio.limits.length > 0) {
    const problem = { ...toSelectionProblem(portfolio, scores, { valueBasis: basis }), timeLimitSeconds: options.timeLimitSeconds ?? Math.min(30, portfolio.settings.timeLimitSeconds) };
    selection = options.selection ?? (await selectPortfolio(problem));
    if (options.frontierLevels && options.frontierLevels >= 2) {
      frontier = await efficientFrontier(problem, { levels: options.frontierLevels, timeLimitSeconds: options.timeLimitSeconds ?? 10 });
    }
  }
  const data = portfolioDashboard(portfolio, { status, scores, selection, frontier, valueBasis: basis });
  return { data, status, scores, selection, frontier };
}

/**
 * A snapshot of a workbook's cycle, with its optimal selection when the workbook has limits. `known` passes
 * scores and a selection already computed for this portfolio (with the Settings' value basis and limits).
 */
export async function workbookSnapshot(portfolio: Portfolio, cycle: string, known: { scores?: PortfolioScores; selection?: SelectionResult } = {}): Promise<CycleSnapshot> {
  const scores = known.scores ?? scorePortfolio(portfolio);
  let selected: string[] | null = null;
  if (portfolio.limits.length > 0) {
    const problem = { ...toSelectionProblem(portfolio, scores), timeLimitSeconds: Math.min(30, portfolio.settings.timeLimitSeconds) };
    const result = known.selection ?? (await selectPortfolio(problem));
    selected = result.status === "infeasible" ? null : [...result.selected];
  }
  return snapshotFromPortfolio(portfolio, { cycle, scores, selected });
}

/** The cycle name of a workbook file: its name without the extension. */
export function cycleName(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, "");
}

/** Load a workbook (its warnings go to `warn`) and snapshot its cycle under the file's name. */
export async function workbookFileSnapshot(file: string, warn: (line: string) => void): Promise<CycleSnapshot> {
  const { portfolio, problems } = await loadPortfolio(file, { features: ["review", "selection"] });
  printWarnings(problems, warn);
  return workbookSnapshot(portfolio, cycleName(file));
}
