/**
 * Weights and ranking. One rule for blank and zero weights, in every surface (docs/workflow.md):
 * - a blank Drivers[Weight] is an error naming the cell unless the AHP weights (DriverComparisons) are used;
 * - all-zero weights are an error; a single zero weight is a legitimate "ignore this driver".
 * Given weights (the task pane's live weights) follow the same rule through scorePortfolio.
 */
import type { AhpResult } from "../engine/ahp";
import { scorePortfolio, statedBenefit, type PortfolioScores } from "../engine/portfolio";
import type { Portfolio, ValueBasis, WeightsMethod } from "../engine/portfolio";
import type { RankingSheetInput } from "../sheets/rankingSheet";

export const VALUE_LABELS: Readonly<Record<ValueBasis, string>> = { score: "Score", benefit: "Benefit", scoreTimesBenefit: "Score × benefit" };

export function projectNames(portfolio: Portfolio): Record<string, string> {
  return Object.fromEntries(portfolio.projects.map((p) => [p.id, p.name]));
}

/** Weights chosen by the user, by driver name (any scale), with how they were set. */
export interface GivenWeights {
  readonly byName: Readonly<Record<string, number>>;
  /** "direct weights", "AHP (eigenvector)", ... */
  readonly source: string;
  readonly consistency?: { readonly cr: number; readonly consistent: boolean } | null;
}

/** How the weights were found, in words ("AHP (eigenvector)", "direct weights"). */
export function weightsSource(scores: PortfolioScores): string {
  if (scores.method === "direct") return "direct weights";
  return `AHP (${scores.method === "geometric" ? "geometric mean" : "eigenvector"})`;
}

/** The AHP method the workbook's Settings ask for (eigenvector unless "geometric"). */
export function ahpMethodOf(portfolio: Portfolio): "eigenvector" | "geometric" {
  return portfolio.settings.weightsMethod === "geometric" ? "geometric" : "eigenvector";
}

export interface Ranking {
  readonly sheet: RankingSheetInput;
  /** Score per project id. */
  readonly scores: Readonly<Record<string, number>>;
  /** Everything scorePortfolio computed (Projects order). */
  readonly detail: PortfolioScores;
}

export interface RankOptions {
  /** The user's weights; absent or null = the workbook's (Settings "Weights method"). */
  readonly weights?: GivenWeights | null;
  readonly method?: WeightsMethod;
}

/**
 * Scores and ranks every project.
 * @throws PmoMissingDataError / PmoInputError by the weights rule above.
 */
export function rankPortfolio(portfolio: Portfolio, options: RankOptions = {}): Ranking {
  const given = options.weights ?? null;
  const labels = portfolio.drivers.map((d) => d.name);
  const detail = given
    ? scorePortfolio(portfolio, { ...(options.method ? { method: options.method } : {}), weights: labels.map((l) => given.byName[l] ?? 0) })
    : scorePortfolio(portfolio, options.method ? { method: options.method } : {});
  const source = given?.source ?? weightsSource(detail);
  const consistency = given ? (given.consistency ?? null) : workbookConsistency(detail);
  // The record by id is built on first read: for 100,000 projects it costs about as much as the scoring.
  let byId: Record<string, number> | null = null;
  return {
    sheet: rankingInput(portfolio, detail, source, consistency),
    get scores(): Record<string, number> {
      byId ??= Object.fromEntries(portfolio.projects.map((p, i) => [p.id, detail.scores[i]!]));
      return byId;
    },
    detail,
  };
}

function workbookConsistency(scores: PortfolioScores): { cr: number; consistent: boolean } | null {
  return scores.method !== "direct" && scores.ahp ? { cr: scores.ahp.cr, consistent: scores.ahp.consistent } : null;
}

/** The PMO Ranking sheet's rows, in rank order. */
export function rankingInput(
  portfolio: Portfolio,
  scores: PortfolioScores,
  source: string = weightsSource(scores),
  consistency: { readonly cr: number; readonly consistent: boolean } | null = workbookConsistency(scores),
): RankingSheetInput {
  const index = new Map(portfolio.projects.map((p, i) => [p.id, i]));
  return {
    drivers: scores.drivers.map((name, j) => ({ name, weight: scores.weights[j]! })),
    weightsSource: source,
    consistency: consistency ? { cr: consistency.cr, consistent: consistency.consistent } : null,
    rows: scores.ranking.map((r) => {
      const i = index.get(r.id) as number;
      const p = portfolio.projects[i]!;
      return { rank: r.rank, project: p.id, name: p.name, score: scores.scores[i]!, contributions: scores.contributions[i]!, cost: p.cost, benefit: statedBenefit(portfolio, p) };
    }),
  };
}

/** The workbook's weights by driver name (normalised), by the rule above; for editors that start from them. */
export function workbookWeights(portfolio: Portfolio): { readonly byName: Record<string, number>; readonly source: string; readonly ahp: AhpResult | null } {
  const s = scorePortfolio(portfolio);
  return { byName: Object.fromEntries(s.drivers.map((d, j) => [d, s.weights[j]!])), source: weightsSource(s), ahp: s.method !== "direct" ? s.ahp : null };
}
