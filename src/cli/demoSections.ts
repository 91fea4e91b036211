/**
 * Extra sections of `pmo-align demo`, run after scoring, selection and allocation. An area adds its
 * section in `demoSections` below (import + array entry); the demo prints each section's lines under its
 * title and writes its sheets into the results workbook. Monitoring's delivery status is the first, then
 * robustness of the ranking, the dashboard with the stakeholder report, and the review against the previous cycle.
 */
import type { PortfolioScores } from "../engine/portfolio/scorePortfolio";
import type { Portfolio } from "../engine/portfolio/types";
import type { AllocationProblem, AllocationResult } from "../engine/resources/types";
import type { SelectionProblem, SelectionResult } from "../engine/selection/types";
import type { SheetSpec } from "../sheets/sheetSpec";

export interface DemoContext {
  /** The workbook the demo reads (the bundled sample). */
  readonly input: string;
  /** Folder the demo writes to; sections writing files of their own (the report) put them here. */
  readonly outDir: string;
  /** Warnings (e.g. about another workbook a section reads) go here, to stderr. */
  readonly warn: (line: string) => void;
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
import { dashboardDemoSection } from "./dashboardDemoSection";
import { monitoringDemoSection } from "./monitoringDemoSection";
import { reviewDemoSection } from "./reviewDemoSection";
import { robustnessDemoSection } from "./robustnessDemoSection";

export const demoSections: DemoSection[] = [monitoringDemoSection, robustnessDemoSection, dashboardDemoSection, reviewDemoSection];
