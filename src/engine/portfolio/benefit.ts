/** Whether the workbook states benefits at all: Projects[Benefit] is optional and reads as 0 when absent. */
import type { Portfolio, PortfolioProject } from "./types";

/** True when Projects has a Benefit column. */
export function hasBenefitColumn(portfolio: Portfolio): boolean {
  return !portfolio.absentColumns?.includes("benefit");
}

/**
 * A project's benefit as the workbook gives it: null without a Benefit column (the portfolio then holds 0
 * for every project, which must not be shown as if someone had typed it).
 */
export function statedBenefit(portfolio: Portfolio, project: PortfolioProject): number | null {
  return hasBenefitColumn(portfolio) ? project.benefit : null;
}
