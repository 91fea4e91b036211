/** The sentence that compares a heuristic baseline with the chosen portfolio, for the pane and the sheet. */
import type { BaselineResult } from "./types";

/** How numbers are written by the surface showing the sentence (locale, digits). */
export interface NumberWords {
  readonly number: (x: number) => string;
  readonly percent: (share: number) => string;
}

const HOW: Readonly<Record<BaselineResult["name"], string>> = {
  "rank-and-cut": "Ranking by value and cutting at the budget line",
  "value-per-cost greedy": "Picking by value per cost",
};

/**
 * A baseline that breaks a rule is no alternative, so its value is not compared ("leaves −36 on the table"
 * would be nonsense). A feasible one leaves the optimum minus its value; it can only find more when the
 * portfolio is the best found within the time limit rather than a proven optimum.
 */
export function baselineSentence(baseline: BaselineResult, portfolioValue: number, words: NumberWords): string {
  const how = HOW[baseline.name];
  if (!baseline.feasible) return `${how} instead would break at least one rule, so it is no alternative.`;
  const left = baseline.valueLeftOnTable;
  const tiny = 1e-9 * Math.max(1, Math.abs(portfolioValue));
  if (left > tiny) {
    const share = portfolioValue > 0 ? ` (${words.percent(left / portfolioValue)} less)` : "";
    return `${how} instead would leave ${words.number(left)} of value on the table${share}.`;
  }
  if (left < -tiny) return `${how} instead would find ${words.number(-left)} more value: this portfolio is the best found in the time limit, not a proven optimum.`;
  return `${how} instead would reach the same value.`;
}
