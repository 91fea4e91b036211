/**
 * Extra sections of `pmo-align demo`, run after scoring, selection and allocation. An area adds its
 * section here (import + array entry), e.g. monitoring's status summary; the demo prints each section's
 * lines under its title and writes its sheets into the results workbook.
 */
import type { PortfolioScores } from "../engine/portfolio/scorePortfolio";
import type { Portfolio } from "../engine/portfolio/types";
import type { AllocationProblem, AllocationResult } from "../engine/resources/types";
import type { SelectionProblem, SelectionResult } from "../engine/selection/types";
import type { SheetSpec } from "../sheets/sheetSpec";

export interface DemoContext {
  readonly portfolio: Portfolio;
  readonly scores: PortfolioScores;
  readonly selection: { readonly problem: SelectionProblem; readonly result: SelectionResult };
  readonly allocation: { readonly problem: AllocationProblem; readonly result: AllocationResult };
}

export interface DemoSectionOutput {
  /** Printed under the section title; keep it to a few lines. */
  readonly lines: readonly string[];
  /** Written into the results workbook after the PMO Ranking, Selection and Resources sheets. */
  readonly sheets?: readonly SheetSpec[];
}

export interface DemoSection {
  readonly title: string;
  run(context: DemoContext): Promise<DemoSectionOutput> | DemoSectionOutput;
}

export const demoSections: DemoSection[] = [];
