/** Test doubles for component tests: an in-memory Excel gateway and a scripted solver client. */
import * as React from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { TableData } from "../../engine/portfolio";
import type { JudgementSheet } from "../../sheets/judgementSheet";
import type { SheetSpec } from "../../sheets/sheetSpec";
import type { ExcelGateway } from "../excelGateway";
import type { SolverClient } from "../../worker/solverClient";
import type { SolverJobKind } from "../../worker/protocol";
import type { ScenarioRecord } from "../../excel/settings";
import { detectCapabilities } from "../../excel/requirements";
import { PmoProvider } from "../state/PmoProvider";

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  } as unknown as typeof ResizeObserver;
}

export interface FakeExcel extends ExcelGateway {
  readonly written: SheetSpec[];
  readonly selected: string[];
  readonly savedWeights: Record<string, number>[];
  readonly settings: Record<string, unknown>;
  readonly scenarios: ScenarioRecord[];
  /** Judgement sheets the pane asked for (group prioritisation). */
  readonly judgementSheets: JudgementSheet[];
  tables: TableData[];
}

export function fakeExcel(tables: TableData[], options: { apiVersion?: string } = {}): FakeExcel {
  const version = options.apiVersion ?? "1.17";
  const cmp = (a: string, b: string) => Number(a.split(".")[1]) - Number(b.split(".")[1]);
  const fake: FakeExcel = {
    tables,
    written: [],
    selected: [],
    savedWeights: [],
    settings: {},
    scenarios: [],
    judgementSheets: [],
    capabilities: detectCapabilities((name, v) => name === "ExcelApi" && cmp(v, version) <= 0),
    readTables: async () => fake.tables,
    writeSheet: async (spec) => {
      fake.written.push(spec);
      return { sheet: spec.name, replaced: false, syncs: 3, cells: 0, charts: spec.charts?.length ?? 0 };
    },
    selectCell: async (address) => {
      fake.selected.push(address);
    },
    saveDriverWeights: async (weights) => {
      fake.savedWeights.push({ ...weights });
      return Object.keys(weights).length;
    },
    freezeForSharing: async () => ({ sheets: fake.written.map((s) => s.name), formulasFrozen: 7, syncs: 3 }),
    readSetting: async <T,>(key: string) => (key in fake.settings ? (fake.settings[key] as T) : null),
    writeSetting: async (key, value) => {
      fake.settings[key] = value;
    },
    listScenarios: async () => [...fake.scenarios],
    saveScenario: async (record) => {
      const i = fake.scenarios.findIndex((s) => s.name === record.name);
      if (i >= 0) fake.scenarios.splice(i, 1);
      fake.scenarios.push(record);
    },
    insertSample: async () => undefined,
    prepareJudgementSheets: async (sheets) => {
      fake.judgementSheets.push(...sheets);
      return { created: sheets.map((s) => s.spec.name), kept: [] };
    },
    createTemplate: async () => undefined,
  };
  return fake;
}

type Handler = (request: unknown, onProgress?: (p: { phase: string; fraction?: number; message?: string }) => void) => Promise<unknown>;

export interface FakeSolver extends SolverClient {
  readonly calls: { kind: SolverJobKind; request: unknown }[];
  cancelled: number;
}

export function fakeSolver(handlers: Partial<Record<SolverJobKind, Handler>>): FakeSolver {
  const solver: FakeSolver = {
    calls: [],
    cancelled: 0,
    running: false,
    run: async (kind, request, onProgress) => {
      solver.calls.push({ kind, request });
      const handler = handlers[kind];
      if (!handler) throw new Error(`No fake solver for ${kind}`);
      return (await handler(request, onProgress)) as never;
    },
    cancel: () => {
      solver.cancelled++;
    },
  };
  return solver;
}

export function Providers({ excel, solver, children }: { excel: ExcelGateway; solver: SolverClient; children: React.ReactNode }): React.JSX.Element {
  return (
    <FluentProvider theme={webLightTheme}>
      <PmoProvider excel={excel} solver={solver}>
        {children}
      </PmoProvider>
    </FluentProvider>
  );
}

/** A small valid portfolio as tables: 3 drivers (with inconsistent comparisons), 4 projects, one limit. */
export function smallPortfolio(): TableData[] {
  const at = (sheet: string, headerRow = 0) => ({ sheet, headerRow, firstColumn: 0 });
  return [
    { name: "Drivers", headers: ["Driver", "Description", "Weight"], rows: [["Customers", "", 50], ["Efficiency", "", 30], ["Risk", "", 20]], address: at("Drivers") },
    {
      name: "DriverComparisons",
      headers: ["Driver", "Customers", "Efficiency", "Risk"],
      rows: [["Customers", 1, 3, 0.2], ["Efficiency", null, 1, 3], ["Risk", null, null, 1]],
      address: at("Drivers", 6),
    },
    {
      name: "Projects",
      headers: ["Project", "Name", "Owner", "Category", "Cost", "Benefit", "Start", "Duration months", "Customers", "Efficiency", "Risk"],
      rows: [
        ["P1", "CRM", "Ana", "Grow", 100, 300, "2027-01", 3, "Strong", "Low", "None"],
        ["P2", "ERP", "Ben", "Run", 200, 250, "2027-02", 4, "Moderate", "Extreme", "Low"],
        ["P3", "Data", "Ana", "Transform", 150, 400, "2027-01", 2, "Extreme", "Moderate", "Strong"],
        ["P4", "Web", "Dev", "Grow", 80, 120, "2027-03", 2, "Low", "Low", "Moderate"],
      ],
      address: at("Projects"),
    },
    { name: "Limits", headers: ["Limit", "Amount"], rows: [["Cost", 300]], address: at("Limits") },
  ];
}
