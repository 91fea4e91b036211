/**
 * Loads the e2e Excel host double (test/e2e/host/excelHostDouble.js) into Node for unit tests of src/excel:
 * the same queued, sync-counted object model the browser tests use, installed as the global `Excel`/`Office`.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

export interface HostDouble {
  readonly host: { syncCount: number; requests: { operations: number; bytes: number }[]; apiVersion: string; calls: string[] };
  loadWorkbook(fixture: unknown): void;
  snapshot(): {
    sheets: { name: string; cells: Record<string, { v: unknown; f?: string }>; tables: { name: string; address: string }[]; names: { name: string }[] }[];
    settings: Record<string, unknown>;
  };
  resetCounters(): void;
}

const SOURCE = path.resolve(__dirname, "..", "..", "..", "test", "e2e", "host", "excelHostDouble.js");

export function installHostDouble(fixture: unknown): HostDouble {
  const window: Record<string, unknown> = { __pmoFixture: fixture };
  const sandbox = { window, location: { search: "" }, navigator: { language: "en-GB" }, setTimeout, URLSearchParams, console };
  vm.runInNewContext(fs.readFileSync(SOURCE, "utf8"), sandbox, { filename: SOURCE });
  const g = globalThis as Record<string, unknown>;
  g.Excel = window.Excel;
  g.Office = window.Office;
  return window.__excelHost as HostDouble;
}
