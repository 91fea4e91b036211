/** Reads a template workbook into a Portfolio for the CLI; workbook problems become one-line errors. */
import * as path from "path";
import { PmoError } from "../../engine/errors";
import { hasErrors, readPortfolio } from "../../engine/portfolio/readPortfolio";
import type { WorkbookProblem } from "../../engine/portfolio/tableData";
import type { Portfolio } from "../../engine/portfolio/types";
import { CliFileError } from "../framework/errors";
import { assertReadable } from "./inputs";
import { readTablesFromFile } from "../xlsx/readTables";

/** The workbook has errors (missing tables or columns, mistyped cells): every one is listed. */
export class WorkbookProblemsError extends PmoError {
  readonly problems: readonly WorkbookProblem[];
  constructor(file: string, problems: readonly WorkbookProblem[]) {
    const errors = problems.filter((p) => p.severity === "error");
    const shown = errors.slice(0, 3).map(describeProblem).join("; ");
    const more = errors.length > 3 ? `; and ${errors.length - 3} more` : "";
    super(`${path.basename(file)}: ${errors.length} problem${errors.length === 1 ? "" : "s"}: ${shown}${more}`);
    this.problems = problems;
  }
}

export function describeProblem(p: WorkbookProblem): string {
  return `${p.message}${p.cell ? ` (${p.cell})` : ""}`;
}

export interface LoadedPortfolio {
  readonly portfolio: Portfolio;
  /** Warnings only (errors throw unless allowErrors). */
  readonly problems: readonly WorkbookProblem[];
}

/**
 * Reads the template tables of `file`. Throws WorkbookProblemsError when the workbook has errors,
 * unless `allowErrors` (the weights command needs only Drivers and DriverComparisons).
 */
export async function loadPortfolio(file: string, opts: { allowErrors?: boolean } = {}): Promise<LoadedPortfolio> {
  assertReadable(file);
  let read;
  try {
    read = await readTablesFromFile(file);
  } catch (e) {
    if (e instanceof PmoError) throw e;
    throw new CliFileError(`cannot read '${path.basename(file)}' as an .xlsx workbook: ${(e as Error).message}`);
  }
  const { portfolio, problems } = readPortfolio(read.tables);
  const all = [...read.problems, ...problems];
  if (!portfolio || (!opts.allowErrors && hasErrors(all))) throw new WorkbookProblemsError(file, all);
  return { portfolio, problems: all.filter((p) => p.severity === "warning") };
}

/** Print workbook warnings to stderr, one line each. */
export function printWarnings(problems: readonly WorkbookProblem[], err: (line: string) => void): void {
  for (const p of problems) err(`warning: ${describeProblem(p)}`);
}
