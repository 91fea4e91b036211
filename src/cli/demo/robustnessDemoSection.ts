/** The demo's robustness step: the weight change that flips the top k, and how safely each top-k project holds its place. */
import type { DemoSection } from "./types";
import { analyseRobustness, defaultTopK, robustnessSheetOf, smallestFlipDetail } from "../analysis/robustnessAnalysis";

/** Below this Monte Carlo probability a project in the top k is not safely there. */
const SAFE_PROBABILITY = 0.8;
/** Projects outside the top k named as the closest contenders. */
const CONTENDERS_SHOWN = 3;

export const robustnessDemoSection: DemoSection = {
  title: "Robustness of the ranking",
  run({ portfolio, scores }) {
    if (portfolio.projects.length < 2) return { lines: ["Fewer than two projects: nothing to rank."] };
    const k = defaultTopK(portfolio);
    const analysis = analyseRobustness(portfolio, scores, { k });
    const { sensitivity, topK } = analysis;
    const at = new Map(portfolio.projects.map((p, i) => [p.id, i]));
    const p = (id: string) => topK.probability[at.get(id)!]!;
    const listed = (ids: readonly string[]) => (ids.length ? ids.map((id) => `${id} ${p(id).toFixed(2)}`).join(", ") : "none");
    const inTop = new Set(sensitivity.baseline);
    const top = scores.ranking.filter((r) => inTop.has(r.id)).map((r) => r.id);
    const contenders = scores.ranking
      .filter((r) => !inTop.has(r.id))
      .map((r) => r.id)
      .sort((a, b) => p(b) - p(a))
      .slice(0, CONTENDERS_SHOWN);
    const flip = smallestFlipDetail(sensitivity);
    const safe = SAFE_PROBABILITY.toFixed(2);
    return {
      lines: [
        flip ? `Rank-flip sensitivity: the top ${k} changes first when ${flip}.` : `Rank-flip sensitivity: no single weight change alters the top ${k}.`,
        `Monte Carlo (${analysis.settings}), ${analysis.monteCarloSeconds.toFixed(2)} s: probability of staying in the top ${k}`,
        `  safe (P ≥ ${safe}): ${listed(top.filter((id) => p(id) >= SAFE_PROBABILITY))}`,
        `  in the top ${k} but not safely (P < ${safe}): ${listed(top.filter((id) => p(id) < SAFE_PROBABILITY))}`,
        `  closest outside: ${listed(contenders)}`,
      ],
      sheets: [robustnessSheetOf(portfolio, scores, analysis)],
    };
  },
};
