/** Holds the task pane's shared state and actions (see PmoContext). */
import * as React from "react";
import { FEATURES, type Feature } from "../../engine/portfolio";
import type { TableData, WorkbookProblem } from "../../engine/portfolio";
import type { SheetSpec } from "../../sheets/sheetSpec";
import type { ExcelGateway } from "../excelGateway";
import type { SolverClient } from "../../worker/solverClient";
import { PmoContext, type Notice, type PmoContextValue, type PmoResults } from "./PmoContext";
import { parseWorkbook } from "../engineBridge";
import type { Portfolio } from "../../engine/portfolio";
import { COLUMN_MAPPING_SETTING, type ColumnMapping } from "../columnMapping";
import { busyNotifier } from "../busyNotifier";

export interface PmoProviderProps {
  readonly excel: ExcelGateway;
  readonly solver: SolverClient;
  readonly children?: React.ReactNode;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : String(error);
}

export function PmoProvider({ excel, solver, children }: PmoProviderProps): React.JSX.Element {
  const [tables, setTables] = React.useState<readonly TableData[]>([]);
  const [problems, setProblems] = React.useState<readonly WorkbookProblem[]>([]);
  const [portfolio, setPortfolio] = React.useState<Portfolio | null>(null);
  const [blocked, setBlocked] = React.useState<ReadonlySet<Feature>>(() => new Set(FEATURES));
  const [loaded, setLoaded] = React.useState(false);
  const [readCount, setReadCount] = React.useState(0);
  const [driverWeights, setDriverWeights] = React.useState<Readonly<Record<string, number>> | null>(null);
  const [results, setResultsState] = React.useState<PmoResults>({});
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [busyCount, setBusyCount] = React.useState(0);

  React.useEffect(
    () => busyNotifier.subscribe((message) => setNotice({ intent: "warning", title: "Excel is busy", message })),
    [],
  );

  const run = React.useCallback(async <T,>(label: string, action: () => Promise<T>): Promise<T | null> => {
    setBusyCount((n) => n + 1);
    try {
      return await action();
    } catch (error) {
      setNotice({ intent: "error", title: `${label} did not finish`, message: errorMessage(error) });
      return null;
    } finally {
      setBusyCount((n) => n - 1);
    }
  }, []);

  const refreshWorkbook = React.useCallback(async () => {
    await run("Reading the workbook", async () => {
      const read = await excel.readTables();
      const mapping = await excel.readSetting<ColumnMapping>(COLUMN_MAPPING_SETTING).catch(() => null);
      const parsed = parseWorkbook(read, mapping ?? {});
      setTables(read);
      setProblems(parsed.problems);
      setPortfolio(parsed.portfolio);
      setBlocked(parsed.blocked);
      setLoaded(true);
      setReadCount((n) => n + 1);
      // Results computed from older inputs no longer describe the workbook.
      setResultsState({});
      setDriverWeights(null);
    });
  }, [excel, run]);

  const writeSheet = React.useCallback(
    (spec: SheetSpec) => run(`Writing '${spec.name}'`, () => excel.writeSheet(spec)),
    [excel, run],
  );

  const setResults = React.useCallback((patch: Partial<PmoResults>) => setResultsState((r) => ({ ...r, ...patch })), []);

  const value = React.useMemo<PmoContextValue>(
    () => ({
      excel,
      solver,
      tables,
      problems,
      portfolio,
      blocked,
      loaded,
      readCount,
      driverWeights,
      results,
      notice,
      busy: busyCount > 0,
      refreshWorkbook,
      setDriverWeights,
      setResults,
      writeSheet,
      notify: setNotice,
      run,
    }),
    [excel, solver, tables, problems, portfolio, blocked, loaded, readCount, driverWeights, results, notice, busyCount, refreshWorkbook, setResults, writeSheet, run],
  );
  return <PmoContext.Provider value={value}>{children}</PmoContext.Provider>;
}
