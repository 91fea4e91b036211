/**
 * Shared task pane state: what was read from the workbook, the driver weights, the latest results, and
 * the actions every view uses (refresh, write a result sheet, tell the user). Views call `usePmo()`.
 */
import * as React from "react";
import type { Feature } from "../../engine/portfolio";
import type { TableData, WorkbookProblem } from "../../engine/portfolio";
import type { SheetSpec } from "../../sheets/sheetSpec";
import type { FrontierResult, SelectionProblem, SelectionResult } from "../../engine/selection";
import type { AllocationProblem, AllocationResult } from "../../engine/resources";
import type { ExcelGateway, WriteOutcome } from "../excelGateway";
import type { SolverClient } from "../../worker/solverClient";
import type { Portfolio } from "../../engine/portfolio";
import type { OptimiseInputs, Ranking } from "../engineBridge";

export type NoticeIntent = "success" | "info" | "warning" | "error";

export interface Notice {
  readonly intent: NoticeIntent;
  readonly title: string;
  readonly message?: string;
}

/** Results of the last runs, kept so later steps (scenarios, share, monitoring) can reuse them. */
export interface PmoResults {
  /** How the current weights were set (Drivers step), for the ranking sheet and scenarios. */
  readonly weighting?: { readonly source: string; readonly cr: number | null; readonly consistent: boolean };
  readonly ranking?: Ranking;
  /** The Drivers step's editor (mode, typed weights, judgements), kept while the user visits other steps. */
  readonly driversDraft?: {
    readonly mode: "direct" | "pairwise" | "group";
    readonly direct: readonly string[];
    readonly upper: Readonly<Record<string, number>>;
    /** False until the user changes something: the workbook's own weights are used exactly (as the CLI does). */
    readonly edited?: boolean;
  };
  readonly optimiseInputs?: OptimiseInputs;
  readonly selectionProblem?: SelectionProblem;
  readonly selection?: SelectionResult;
  readonly frontier?: FrontierResult;
  readonly allocationProblem?: AllocationProblem;
  readonly allocation?: AllocationResult;
  /** Other features keep their results here under their own key. */
  readonly extra?: Readonly<Record<string, unknown>>;
}

export interface PmoContextValue {
  readonly excel: ExcelGateway;
  readonly solver: SolverClient;
  /** Tables read from the workbook by the last refresh (empty before the first). */
  readonly tables: readonly TableData[];
  /** Problems found by the last refresh, each linking to its cell. */
  readonly problems: readonly WorkbookProblem[];
  /** Parsed portfolio, or null before the first read or when Drivers/Projects cannot be read at all. */
  readonly portfolio: Portfolio | null;
  /** The features the last read's errors stop: each step is disabled only when its own feature is. */
  readonly blocked: ReadonlySet<Feature>;
  /** True once the workbook has been read at least once. */
  readonly loaded: boolean;
  /** Counts completed reads, so views (and tests) can tell a fresh read from the previous one. */
  readonly readCount: number;
  /** Driver weights by driver name (sum 1), as edited on the Drivers step (not yet saved to Excel). */
  readonly driverWeights: Readonly<Record<string, number>> | null;
  readonly results: PmoResults;
  readonly notice: Notice | null;
  /** True while a workbook action runs. */
  readonly busy: boolean;
  refreshWorkbook(): Promise<void>;
  setDriverWeights(weights: Readonly<Record<string, number>> | null): void;
  setResults(patch: Partial<PmoResults>): void;
  /** Write an add-in sheet (atomic swap); reports failures through `notify`. */
  writeSheet(spec: SheetSpec): Promise<WriteOutcome | null>;
  notify(notice: Notice | null): void;
  /** Run a workbook action with the busy flag set; errors become an error notice. Returns null on error. */
  run<T>(label: string, action: () => Promise<T>): Promise<T | null>;
}

export const PmoContext = React.createContext<PmoContextValue | null>(null);

export function usePmo(): PmoContextValue {
  const value = React.useContext(PmoContext);
  if (!value) throw new Error("usePmo() must be used inside <PmoProvider>.");
  return value;
}
