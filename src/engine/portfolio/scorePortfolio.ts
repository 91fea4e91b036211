/**
 * Scores a portfolio read from the template: driver weights (direct or AHP), alignment scores with their
 * per-driver contributions, the ranking, value for money and WSJF.
 */
import { type AhpResult, ahpWeights } from "../ahp";
import { alignmentScores } from "../alignment";
import { normaliseWeights } from "../driverWeights";
import { PmoInputError, PmoMissingDataError } from "../errors";
import { rankByValueForMoney, rankProjects, type RankedProject } from "../ranking";
import { wsjf } from "../wsjf";
import type { Portfolio, WeightsMethod } from "./types";

export interface ScoreOptions {
  /** Default: the Settings table's "Weights method", else "direct". */
  readonly method?: WeightsMethod;
  /**
   * Weights to score with, in Drivers order (e.g. the task pane's live weights); normalised here, so any
   * scale works. All zero is an error, as in Drivers[Weight]. The method then only labels the AHP result.
   */
  readonly weights?: readonly number[];
}

export interface PortfolioScores {
  readonly method: WeightsMethod;
  /** Driver names, in Drivers order. */
  readonly drivers: readonly string[];
  /** Weights used for scoring, summing to 1, in Drivers order. */
  readonly weights: readonly number[];
  /** Drivers[Weight] normalised, or null when some weight is blank. */
  readonly directWeights: readonly number[] | null;
  /**
   * AHP result of DriverComparisons (priorities, λmax, CI, CR, judgements worth fixing), computed whenever the
   * table exists — with the geometric mean when method is "geometric", else the eigenvector; null without it.
   */
  readonly ahp: AhpResult | null;
  /** Project ids in Projects order; the arrays below follow this order. */
  readonly projectIds: readonly string[];
  /** Alignment score per project, 0–100. */
  readonly scores: readonly number[];
  /** contributions[i][j]: points of project i's score from driver j (rows sum to the score); built on first read. */
  readonly contributions: readonly (readonly number[])[];
  /** Display order: score descending with the documented tie-break (RANK.EQ ranks). */
  readonly ranking: readonly RankedProject[];
  /** Score per unit of cost, null for a project costing 0. */
  readonly valuePerCost: readonly (number | null)[];
  /** Projects with a cost above 0 ordered by value for money. */
  readonly valueForMoneyRanking: readonly RankedProject[];
  /** Cost of Delay ÷ Job Size, null where either is missing. */
  readonly wsjf: readonly (number | null)[];
}

/**
 * @throws PmoMissingDataError when the method needs weights the workbook lacks (blank Drivers[Weight] for
 *   "direct", no DriverComparisons for "ahp"/"geometric"); PmoInputError / PmoPairwiseError from the engine for
 *   bad weights or judgements (readPortfolio reports those first, so they are rare here).
 * @example scorePortfolio(portfolio).ranking[0].id // the best-aligned project
 */
export function scorePortfolio(portfolio: Portfolio, options: ScoreOptions = {}): PortfolioScores {
  const method = options.method ?? portfolio.settings.weightsMethod;
  const drivers = portfolio.drivers.map((d) => d.name);
  const typed = portfolio.drivers.map((d) => d.weight);
  const directWeights = typed.every((w): w is number => w !== null) ? normaliseWeights(typed, drivers, { table: "Drivers", column: "Weight" }) : null;
  const ahp = portfolio.comparisons
    ? ahpWeights(portfolio.comparisons.matrix, { method: method === "geometric" ? "geometric" : "eigenvector", labels: drivers, table: "DriverComparisons" })
    : null;

  let weights: readonly number[];
  if (options.weights) {
    if (options.weights.length !== drivers.length) {
      throw new PmoInputError({ table: "Drivers", column: "Weight" }, `${drivers.length} weights, one per driver`, options.weights.length);
    }
    weights = normaliseWeights(options.weights, drivers, { table: "Drivers", column: "Weight" });
  } else if (method === "direct") {
    if (!directWeights) {
      const blank = portfolio.drivers.find((d) => d.weight === null)!;
      throw new PmoMissingDataError({ table: "Drivers", row: blank.row, column: "Weight" }, `driver '${blank.name}' has no weight; give every driver a weight or use the AHP weights from DriverComparisons`);
    }
    weights = directWeights;
  } else {
    if (!ahp) throw new PmoMissingDataError({ table: "DriverComparisons" }, `the ${method} weights method needs a DriverComparisons table`);
    weights = ahp.weights;
  }

  const ids = portfolio.projects.map((p) => p.id);
  const aligned = alignmentScores(
    portfolio.projects.map((p) => p.impacts),
    weights,
    portfolio.impactScale.max,
    { projectLabels: ids, driverLabels: drivers, table: "Projects" },
  );
  const scores = aligned.scores;
  const costOf = (cost: number) => (cost > 0 ? { cost } : {});
  const ranking = rankProjects(portfolio.projects.map((p, i) => ({ id: p.id, score: scores[i], ...costOf(p.cost) })));
  const valueForMoneyRanking = rankByValueForMoney(
    portfolio.projects.flatMap((p, i) => (p.cost > 0 ? [{ id: p.id, score: scores[i], cost: p.cost }] : [])),
  );
  const valuePerCost = portfolio.projects.map((p, i) => (p.cost > 0 ? scores[i] / p.cost : null));
  const wsjfValues = portfolio.projects.map((p) =>
    p.costOfDelay !== undefined && p.jobSize !== undefined ? wsjf([p.costOfDelay], [p.jobSize], [p.id])[0] : null,
  );
  return {
    method, drivers, weights, directWeights, ahp, projectIds: ids, scores,
    get contributions() {
      return aligned.contributions;
    },
    ranking, valuePerCost, valueForMoneyRanking, wsjf: wsjfValues,
  };
}
