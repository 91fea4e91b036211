/**
 * Extra sections of `pmo-align demo`, run after scoring, selection and allocation. An area adds its
 * section in `demoSections` below (import + array entry); the demo prints each section's lines under its
 * title and writes its sheets into the results workbook. Monitoring's delivery status is the first.
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

// Imported last: the section modules import the types above.
import { monitoringDemoSection } from "./monitoringDemoSection";

export const demoSections: DemoSection[] = [monitoringDemoSection];
