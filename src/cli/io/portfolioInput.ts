/** Reads a template workbook into a Portfolio for the CLI; workbook problems become one-line errors. */
import * as path from "path";
import { PmoError } from "../../engine/errors";
import { blockedFeatures, FEATURES, type Feature, featureList, problemBlocks, problemsBlocking } from "../../engine/portfolio";
import { readPortfolio } from "../../engine/portfolio";
import type { WorkbookProblem } from "../../engine/portfolio";
import type { Portfolio, ValueBasis } from "../../engine/portfolio";
import { CliFileError } from "../framework/errors";
import { assertReadable } from "./inputs";
import { readTablesFromFile } from "./workbookFiles";

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
  /** Warnings, and errors that stop only other features than the ones asked for (told as warnings). */
  readonly problems: readonly WorkbookProblem[];
  /** The features the workbook's errors stop (none of the ones asked for). */
  readonly blocked: ReadonlySet<Feature>;
}

export interface LoadOptions {
  /** The features the command runs: only errors that stop one of them fail the load (features.ts). */
  readonly features?: readonly Feature[];
  /** Never fail on errors (the weights command needs only Drivers and DriverComparisons). */
  readonly allowErrors?: boolean;
  /** The command's --value, which replaces Settings › Value basis (Selection then needs Benefit the same way). */
  readonly valueBasis?: ValueBasis;
}

/**
 * Reads the template tables of `file`. Throws WorkbookProblemsError when an error stops one of `features`
 * (every feature when none are given); errors that stop only other features come back with the warnings.
 */
export async function loadPortfolio(file: string, opts: LoadOptions = {}): Promise<LoadedPortfolio> {
  assertReadable(file);
  let read;
  try {
    read = await readTablesFromFile(file);
  } catch (e) {
    if (e instanceof PmoError) throw e;
    throw new CliFileError(`cannot read '${path.basename(file)}' as an .xlsx workbook: ${(e as Error).message}`);
  }
  // The reader's cell problems (Excel error values) are scoped by readPortfolio to the features using their column.
  const { portfolio, problems: all } = readPortfolio(read.tables, {
    readerProblems: read.problems,
    ...(opts.valueBasis ? { valueBasis: { basis: opts.valueBasis, source: `--value ${opts.valueBasis}` } } : {}),
  });
  const stopping = opts.allowErrors ? [] : opts.features ? problemsBlocking(all, opts.features) : all.filter((p) => p.severity === "error");
  if (!portfolio || stopping.length > 0) throw new WorkbookProblemsError(file, portfolio ? stopping : all);
  const others = opts.allowErrors ? [] : all.filter((p) => p.severity === "error");
  return { portfolio, problems: [...all.filter((p) => p.severity === "warning"), ...others.map(asWarning)], blocked: blockedFeatures(all) };
}

/** An error that stops another feature than this command's, told as a warning naming what it stops. */
function asWarning(p: WorkbookProblem): WorkbookProblem {
  const stops = FEATURES.filter((f) => problemBlocks(p, f));
  return { ...p, severity: "warning", message: `${p.message} (stops ${featureList(stops)})` };
}

/** Print workbook warnings to stderr, one line each. */
export function printWarnings(problems: readonly WorkbookProblem[], err: (line: string) => void): void {
  for (const p of problems) err(`warning: ${describeProblem(p)}`);
}
