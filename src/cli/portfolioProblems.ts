/** Workbook portfolio → scores, ranking sheet input, selection and allocation problems for the CLI. */
import { projectValues, toAllocationProblem, toSelectionProblem } from "../engine/portfolio/adapters";
import { scorePortfolio, type PortfolioScores } from "../engine/portfolio/scorePortfolio";
import type { Portfolio, ValueBasis, WeightsMethod } from "../engine/portfolio/types";
import type { AllocationProblem } from "../engine/resources/types";
import type { SelectionProblem } from "../engine/selection/types";
import type { RankingSheetInput } from "../sheets/rankingSheet";

export const VALUE_LABELS: Readonly<Record<ValueBasis, string>> = { score: "Score", benefit: "Benefit", scoreTimesBenefit: "Score × benefit" };

export function projectNames(portfolio: Portfolio): Record<string, string> {
  return Object.fromEntries(portfolio.projects.map((p) => [p.id, p.name]));
}

/** How the weights were found, in words ("AHP (eigenvector)", "direct weights"). */
export function weightsSource(scores: PortfolioScores): string {
  if (scores.method === "direct") return "direct weights";
  return `AHP (${scores.method === "geometric" ? "geometric mean" : "eigenvector"})`;
}

/** The PMO Ranking sheet's rows, in rank order. */
export function rankingInput(portfolio: Portfolio, scores: PortfolioScores): RankingSheetInput {
  const index = new Map(portfolio.projects.map((p, i) => [p.id, i]));
  return {
    drivers: scores.drivers.map((name, j) => ({ name, weight: scores.weights[j] })),
    weightsSource: weightsSource(scores),
    consistency: scores.method !== "direct" && scores.ahp ? { cr: scores.ahp.cr, consistent: scores.ahp.consistent } : null,
    rows: scores.ranking.map((r) => {
      const i = index.get(r.id) as number;
      const p = portfolio.projects[i];
      return { rank: r.rank, project: p.id, name: p.name, score: scores.scores[i], contributions: scores.contributions[i], cost: p.cost, benefit: p.benefit };
    }),
  };
}

export function selectionFromPortfolio(
  portfolio: Portfolio,
  basis: ValueBasis,
  method?: WeightsMethod,
): { problem: SelectionProblem; names: Record<string, string>; scores: PortfolioScores } {
  const scores = scorePortfolio(portfolio, method ? { method } : {});
  return { problem: toSelectionProblem(portfolio, scores, { valueBasis: basis }), names: projectNames(portfolio), scores };
}

export function allocationFromPortfolio(
  portfolio: Portfolio,
  basis: ValueBasis = portfolio.settings.valueBasis,
): { problem: AllocationProblem; names: Record<string, string> } {
  const scores = scorePortfolio(portfolio);
  return { problem: toAllocationProblem(portfolio, projectValues(portfolio, scores, basis)), names: projectNames(portfolio) };
}
