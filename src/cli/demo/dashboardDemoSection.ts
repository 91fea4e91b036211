/** The demo's steering view: PMO Dashboard in the results workbook and the stakeholder report as HTML and PDF. */
import * as path from "path";
import { dashboardSheet } from "../../sheets/dashboardSheet";
import type { DemoSection } from "./types";
import { displayPath } from "../io/inputs";
import { buildDashboard } from "../io/monitoringInputs";
import { DEFAULT_FRONTIER_LEVELS, writeReports, type ReportFormat } from "../report";
import { reportModel } from "../report/reportModel";

/** The stakeholder report's file name in the output folder, without the extension (.html and .pdf). */
export const DEMO_REPORT = "sample-portfolio-report";
/** Headline figures per printed line. */
const FIGURES_PER_LINE = 3;

export const dashboardDemoSection: DemoSection = {
  title: "Dashboard and stakeholder report",
  async run({ outDir, portfolio, scores, selection }) {
    const built = await buildDashboard(portfolio, { scores, selection: selection.result, frontierLevels: DEFAULT_FRONTIER_LEVELS });
    const headline = reportModel(built.data, built.status, new Date()).headline.map((h) => `${h.label} ${h.value}`);
    const lines: string[] = [];
    for (let i = 0; i < headline.length; i += FIGURES_PER_LINE) lines.push(headline.slice(i, i + FIGURES_PER_LINE).join(" · "));
    const base = path.join(outDir, DEMO_REPORT);
    const formats: ReportFormat[] = ["html", "pdf"];
    const outputs = formats.map((format) => ({ path: `${base}.${format}`, format }));
    const written = await writeReports(built.data, built.status, outputs);
    lines.push(`Report with ${written[0]!.charts.length} charts (${written[0]!.charts.join(", ")}):`);
    written.forEach((w, i) => lines.push(`  ${displayPath(outputs[i]!.path)} (${w.format.toUpperCase()}, ${Math.round(w.bytes / 1024)} KB)`));
    return { lines, sheets: [dashboardSheet(built.data)] };
  },
};
