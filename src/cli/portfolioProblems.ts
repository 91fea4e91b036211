/**
 * Workbook → selection / allocation problems for the CLI. Wired to the portfolio engine's conversions
 * (toSelectionProblem, toAllocationProblem) once they are in the tree; until then workbook input for
 * select/frontier/allocate reports that it is not available.
 */
import { PmoError } from "../engine/errors";
import type { Portfolio, ValueBasis } from "../engine/portfolio/types";
import type { AllocationProblem } from "../engine/resources/types";
import type { SelectionProblem } from "../engine/selection/types";

export const VALUE_LABELS: Readonly<Record<ValueBasis, string>> = { score: "Score", benefit: "Benefit", scoreTimesBenefit: "Score × benefit" };

export function selectionFromPortfolio(_portfolio: Portfolio, _basis: ValueBasis): { problem: SelectionProblem; names: Record<string, string> } {
  throw new PmoError("selecting from a workbook is not available yet; pass a JSON problem");
}

export function allocationFromPortfolio(_portfolio: Portfolio): { problem: AllocationProblem; names: Record<string, string> } {
  throw new PmoError("allocating from a workbook is not available yet; pass a JSON problem");
}
