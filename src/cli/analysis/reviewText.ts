/** A cycle review in words, shared by `pmo-align review` (in full) and the demo's review section (briefly). */
import type { CycleReview } from "../../engine/review";
import { num } from "../commands/common";
import { formatTable } from "../framework/output";

export function reviewHeadline(review: CycleReview): string {
  return `${review.currentCycle} compared with ${review.previousCycle}: ${review.moves.length} projects in both, ${review.added.length} new, ${review.removed.length} gone.`;
}

/** "Weights: A 22.0% → 28.0%, …", or null when no weight moved. */
export function weightChangesLine(review: CycleReview): string | null {
  const changed = review.weightChanges.filter((w) => Math.abs(w.delta) >= 0.0005);
  return changed.length ? `Weights: ${changed.map((w) => `${w.driver} ${(w.previousWeight * 100).toFixed(1)}% → ${(w.currentWeight * 100).toFixed(1)}%`).join(", ")}` : null;
}

/** The `top` largest score changes with the ratings and weights that caused them. */
export function moversTable(review: CycleReview, top: number, color?: boolean): string[] {
  return formatTable(["Project", "Score", "Change", "Rank", "Why"], review.moves.slice(0, top).map((m) => [m.id, num(m.currentScore, 1), `${m.scoreDelta >= 0 ? "+" : ""}${num(m.scoreDelta, 1)}`, `${m.previousRank} → ${m.currentRank}`, m.explanation]), { color });
}

/** Benefits realised against forecast for the finished projects, or null when there are none. */
export function benefitsLine(review: CycleReview): string | null {
  if (!review.benefits.length) return null;
  const t = review.benefitTotals;
  return `Benefits of ${review.benefits.length} finished projects: realised ${num(t.realised, 0)} of ${num(t.forecast, 0)} forecast (${t.ratio === null ? "—" : `${(t.ratio * 100).toFixed(0)}%`}).`;
}

/** Estimate accuracy by category on one line, or null without finished projects. */
export function accuracyLine(review: CycleReview): string | null {
  if (!review.estimateAccuracy.length) return null;
  return `Estimate accuracy (final cost ÷ first estimate, mean over projects): ${review.estimateAccuracy.map((a) => `${a.category} ${a.mean.toFixed(2)} (${a.count})`).join(", ")}.`;
}

export function reviewLines(review: CycleReview, top = 10, color?: boolean): string[] {
  const lines: string[] = [reviewHeadline(review)];
  const weights = weightChangesLine(review);
  if (weights) lines.push(weights);
  lines.push("", "Largest score changes:");
  lines.push(...moversTable(review, top, color));
  const benefits = benefitsLine(review);
  if (benefits) lines.push("", benefits);
  if (review.estimateAccuracy.length) {
    lines.push("", "Estimate accuracy (final cost ÷ first estimate):");
    lines.push(...formatTable(["Category", "Projects", "Mean", "Median"], review.estimateAccuracy.map((a) => [a.category, String(a.count), a.mean.toFixed(2), a.median.toFixed(2)]), { color }));
  }
  return lines;
}
