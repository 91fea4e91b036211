/**
 * Rank-flip sensitivity and Monte Carlo top-k probabilities of a scored workbook, shared by
 * `pmo-align robustness` and the demo's robustness section, and the PMO Robustness sheet built from them.
 */
import type { CoreIndexResult } from "../../engine/robustness";
import { DEFAULT_CONCENTRATION, DEFAULT_DRAWS, DEFAULT_SEED, topKProbability, type TopKResult } from "../../engine/robustness";
import { rankFlipSensitivity, type SensitivityResult } from "../../engine/robustness";
import type { PortfolioScores } from "../../engine/portfolio";
import type { Portfolio } from "../../engine/portfolio";
import { robustnessSheet } from "../../sheets/robustnessSheet";
import type { SheetSpec } from "../../sheets/sheetSpec";
import { num } from "../commands/common";

export interface RobustnessOptions {
  readonly k: number;
  readonly draws?: number;
  readonly seed?: number;
  /** Dirichlet concentration; Infinity keeps the weights fixed. */
  readonly concentration?: number;
  readonly impactSteps?: boolean;
  /** Watch the order of these two projects (indices in Projects order) instead of the top-k set. */
  readonly pair?: readonly [number, number];
  /** Monte Carlo progress (draws done of total). */
  readonly onDraw?: (done: number, total: number) => void;
}

export interface RobustnessAnalysis {
  readonly k: number;
  readonly draws: number;
  readonly seed: number;
  readonly concentration: number;
  readonly impactSteps: boolean;
  readonly levels: readonly number[];
  readonly sensitivity: SensitivityResult;
  readonly topK: TopKResult;
  /** Seconds the Monte Carlo run took. */
  readonly monteCarloSeconds: number;
  /** The Monte Carlo settings in words, for the printout and the sheet. */
  readonly settings: string;
}

/** The Settings' "Top k", kept below the project count so the top-k set can change. */
export function defaultTopK(portfolio: Portfolio): number {
  return Math.min(portfolio.settings.topK, Math.max(1, portfolio.projects.length - 1));
}

export function analyseRobustness(portfolio: Portfolio, scores: PortfolioScores, options: RobustnessOptions): RobustnessAnalysis {
  const { k } = options;
  const draws = options.draws ?? DEFAULT_DRAWS;
  const seed = options.seed ?? DEFAULT_SEED;
  const concentration = options.concentration ?? DEFAULT_CONCENTRATION;
  const impactSteps = options.impactSteps ?? true;
  const ids = portfolio.projects.map((p) => p.id);
  const impacts = portfolio.projects.map((p) => p.impacts);
  const maxImpact = portfolio.impactScale.max;
  const levels = portfolio.impactScale.levels.map((l) => l.value);
  const sensitivity = rankFlipSensitivity(impacts, scores.weights, maxImpact, { k, labels: ids, driverLabels: scores.drivers, ...(options.pair ? { pair: options.pair } : {}) });
  const started = Date.now();
  const topK = topKProbability(impacts, scores.weights, maxImpact, { k, draws, seed, concentration, impactSteps, levels, ...(options.onDraw ? { onDraw: options.onDraw } : {}) });
  const monteCarloSeconds = (Date.now() - started) / 1000;
  const settings = `${draws.toLocaleString("en-US")} draws, seed ${seed}, ${Number.isFinite(concentration) ? `Dirichlet concentration ${concentration}` : "weights fixed"}, ${impactSteps ? "ratings ±1 step" : "ratings as typed"}`;
  return { k, draws, seed, concentration, impactSteps, levels, sensitivity, topK, monteCarloSeconds, settings };
}

/** "Smallest weight change that flips the outcome: 0.7 pp (Risk & compliance)." */
export function smallestFlipLine(sensitivity: SensitivityResult): string {
  return sensitivity.smallestChange === null
    ? "No single weight change flips the outcome."
    : `Smallest weight change that flips the outcome: ${num(sensitivity.smallestChange, 1)} pp (${sensitivity.drivers[sensitivity.mostSensitiveDriver!]!.driver}).`;
}

/**
 * The smallest flip in words with its direction and the two projects that change places, e.g.
 * "Risk & compliance (15.0%) is raised by 0.7 pp: P25 replaces P05"; null when no single change flips it.
 */
export function smallestFlipDetail(sensitivity: SensitivityResult): string | null {
  if (sensitivity.smallestChange === null || sensitivity.mostSensitiveDriver === null) return null;
  const d = sensitivity.drivers[sensitivity.mostSensitiveDriver]!;
  const raised = d.up !== null && (d.down === null || d.up <= d.down);
  const swap = raised ? d.upSwap : d.downSwap;
  const change = `${d.driver} (${(d.weight * 100).toFixed(1)}%) is ${raised ? "raised" : "lowered"} by ${num(sensitivity.smallestChange, 1)} pp`;
  if (!swap) return change;
  return `${change}: ${swap.rises} ${sensitivity.criterion.kind === "topK" ? "replaces" : "moves ahead of"} ${swap.falls}`;
}

export function robustnessSheetOf(portfolio: Portfolio, scores: PortfolioScores, analysis: RobustnessAnalysis, coreIndex: CoreIndexResult | null = null): SheetSpec {
  return robustnessSheet({
    sensitivity: analysis.sensitivity,
    topK: analysis.topK,
    k: analysis.k,
    coreIndex,
    settings: analysis.settings,
    projects: portfolio.projects.map((p, i) => ({ id: p.id, name: p.name, score: scores.scores[i]! })),
  });
}
