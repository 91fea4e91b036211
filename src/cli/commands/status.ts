/** `pmo-align status` (delivery status and dashboard sheets) and `pmo-align report` (HTML/PDF document). */
import * as path from "path";
import { dashboardSheet } from "../../sheets/dashboardSheet";
import { statusSheet } from "../../sheets/statusSheet";
import { PmoMissingDataError } from "../../engine/errors";
import type { StatusReport } from "../../engine/monitoring";
import { CliUsageError, numberFlag, onePositional, stringFlag } from "../framework/args";
import { MAX_FRONTIER_LEVELS } from "../framework/limits";
import type { CliCommand, CliIO, ParsedArgs } from "../framework/command";
import { EXIT_OK } from "../framework/exitCodes";
import { displayPath, isWorkbookPath, resolvePath } from "../io/inputs";
import { buildDashboard } from "../io/monitoringInputs";
import { formatTable } from "../framework/output";
import { loadPortfolio, printWarnings } from "../io/portfolioInput";
import { DEFAULT_FRONTIER_LEVELS, reportFormatOf, writeReport } from "../report";
import { writeWorkbook } from "../io/workbookFiles";
import { defaultOutPath, num, reportWritten } from "./common";

const idx = (x: number | null) => (x === null ? "—" : x.toFixed(2));
const arrow = (t: string | null) => (t === "up" ? "↑" : t === "down" ? "↓" : t === "flat" ? "→" : "—");

export function statusLines(report: StatusReport, currency: string, color?: boolean): string[] {
  const rows = report.projects.map((p) => [p.project, p.name.slice(0, 30), p.period, idx(p.cpi), idx(p.spi), p.eac === null ? "—" : num(p.eac, 0), p.vac === null ? "—" : num(p.vac, 0), idx(p.tcpi), p.rag ?? "—", `${arrow(p.cpiTrend)} ${arrow(p.spiTrend)}`]);
  const t = report.totals;
  return [
    ...formatTable(["Project", "Name", "Period", "CPI", "SPI", `EAC (${currency})`, "VAC", "TCPI", "RAG", "Trend"], rows, { color }),
    "",
    `Portfolio: CPI ${idx(t.cpi)}, SPI ${idx(t.spi)}, EAC ${t.eac === null ? "—" : num(t.eac, 0)} of BAC ${num(t.bac, 0)} ${currency} → ${t.rag ?? "no status"} · Green ${t.counts.Green}, Amber ${t.counts.Amber}, Red ${t.counts.Red}${t.counts.None ? `, not started ${t.counts.None}` : ""}`,
  ];
}

export const statusCommand: CliCommand = {
  name: "status",
  summary: "Delivery status (earned value, RAG, trend) and the steering dashboard, written as PMO Status and PMO Dashboard",
  valueFlags: ["out"],
  booleanFlags: ["json"],
  help: [
    "Usage: pmo-align status <workbook.xlsx> [--out result.xlsx] [--json]",
    "",
    "Reads the Status table (project, period, BAC, PV, EV, AC, % complete, forecast end) and reports per project",
    "the latest CPI, SPI, EAC, VAC, TCPI, a RAG status (thresholds from Settings; default green when CPI and SPI",
    "are both >= 0.95, amber >= 0.85, red below) and the CPI/SPI trend over the last three periods, with",
    "portfolio totals (ratios of sums). Writes PMO Status and PMO Dashboard into a copy of the workbook.",
    "",
    "Options:",
    "  --out file   result workbook (default out/<name>-status.xlsx; never the input)",
    "  --json       print the status report as JSON {asOf, thresholds, projects: [...], totals}",
    "",
    "Example:",
    "  pmo-align status assets/sample-portfolio.xlsx --out out/status.xlsx",
  ].join("\n"),
  async run(args: ParsedArgs, io: CliIO): Promise<number> {
    const input = resolvePath(io.cwd, onePositional(args, "status", "a workbook (.xlsx)"));
    if (!isWorkbookPath(input)) throw new CliUsageError("'status' reads a template workbook (.xlsx) with a Status table", "status");
    const { portfolio, problems } = await loadPortfolio(input, { features: ["monitoring", "selection"] });
    printWarnings(problems, io.err);
    if (portfolio.status.length === 0) {
      throw new PmoMissingDataError({ table: "Status" }, "the workbook has no Status rows; 'status' needs one row per project and period with BAC, PV, EV and AC (docs/template.md)");
    }
    const built = await buildDashboard(portfolio);
    if (args.flags.json) io.out(JSON.stringify(built.status, null, 2));
    else for (const line of statusLines(built.status, portfolio.settings.currency, io.color)) io.out(line);
    const out = stringFlag(args, "out");
    const report = await writeWorkbook(input, out ? resolvePath(io.cwd, out) : defaultOutPath(io.cwd, input, "status"), [statusSheet(built.status), dashboardSheet(built.data)]);
    if (!args.flags.json) reportWritten(io, report);
    return EXIT_OK;
  },
};

export const reportCommand: CliCommand = {
  name: "report",
  summary: "The steering dashboard as a document (PDF or HTML) stakeholders can open anywhere",
  valueFlags: ["out", "frontier-levels"],
  booleanFlags: [],
  help: [
    "Usage: pmo-align report <workbook.xlsx> --out report.pdf|report.html [--frontier-levels n]",
    "",
    "Builds the one-page steering view: value delivered against plan, budget committed against limits, role",
    "load peaks, projects by CPI/SPI, the efficient frontier and the selected portfolio (charts rendered with",
    "Vega-Lite), followed by tables of projects at risk and every project's status. HTML is one self-contained",
    "file (inline SVG); PDF is A4 landscape with the dashboard on page 1.",
    "",
    "Options:",
    "  --out file            report.pdf or report.html (required; the extension picks the format)",
    `  --frontier-levels n   budgets on the frontier chart (default ${DEFAULT_FRONTIER_LEVELS}; 0 leaves the frontier out)`,
    "",
    "Example:",
    "  pmo-align report assets/sample-portfolio.xlsx --out out/steering.pdf",
  ].join("\n"),
  async run(args: ParsedArgs, io: CliIO): Promise<number> {
    const input = resolvePath(io.cwd, onePositional(args, "report", "a workbook (.xlsx)"));
    if (!isWorkbookPath(input)) throw new CliUsageError("'report' reads a template workbook (.xlsx)", "report");
    const out = stringFlag(args, "out");
    if (!out) throw new CliUsageError("'report' needs --out report.pdf or --out report.html", "report");
    const format = reportFormatOf(out);
    if (!format) throw new CliUsageError(`option '--out' must end in .pdf or .html; got '${out}'`, "report");
    const levels = numberFlag(args, "frontier-levels", "report", { min: 0, max: MAX_FRONTIER_LEVELS, integer: true }) ?? DEFAULT_FRONTIER_LEVELS;
    const { portfolio, problems } = await loadPortfolio(input, { features: ["monitoring", "selection"] });
    printWarnings(problems, io.err);
    const built = await buildDashboard(portfolio, { frontierLevels: levels });
    const outPath = resolvePath(io.cwd, out);
    const written = await writeReport(built.data, built.status, outPath, format);
    io.out(`Wrote ${format.toUpperCase()} report to ${displayPath(outPath)} (${written.charts.length} charts: ${written.charts.join(", ")}; ${Math.round(written.bytes / 1024)} KB) from ${path.basename(input)}`);
    return EXIT_OK;
  },
};
