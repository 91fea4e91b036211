/** What a section of `pmo-align demo` receives and returns. */
import type { PortfolioScores } from "../../engine/portfolio";
import type { Portfolio } from "../../engine/portfolio";
import type { AllocationProblem, AllocationResult } from "../../engine/resources";
import type { SelectionProblem, SelectionResult } from "../../engine/selection";
import type { SheetSpec } from "../../sheets/sheetSpec";

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
