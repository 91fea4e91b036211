/** Helpers shared by the result-writing commands. */
import * as path from "path";
import type { CliIO } from "../framework/command";
import { displayPath } from "../io/inputs";
import type { WriteReport } from "../xlsx/writeWorkbook";

/** out/<input name>-<suffix>.xlsx under the working directory. */
export function defaultOutPath(cwd: string, input: string, suffix: string): string {
  const base = path.basename(input).replace(/\.[^.]+$/, "");
  return path.join(cwd, "out", `${base}-${suffix}.xlsx`);
}

export function reportWritten(io: CliIO, report: WriteReport): void {
  const charts = report.charts ? ` with ${report.charts} chart${report.charts === 1 ? "" : "s"}` : "";
  io.out(`Wrote ${report.sheets.join(", ")} to ${displayPath(report.outPath)}${charts}`);
}

/** "1,234.5" style with at most `digits` decimals. */
export function num(x: number, digits = 2): string {
  return Number(x.toFixed(digits)).toLocaleString("en-US", { maximumFractionDigits: digits });
}
