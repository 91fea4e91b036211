/**
 * `pmo-align report`: the steering dashboard as a document (HTML or PDF) with the same charts in both.
 */
import * as path from "path";
import type { DashboardData } from "../../engine/monitoring";
import type { StatusReport } from "../../engine/monitoring";
import { assertSafeOutput, writeFileAtomically } from "../io/safeWrite";
import type { RenderedChart } from "./charts";
import { reportHtml } from "./html";
import { reportModel, type ReportModel } from "./reportModel";

export type ReportFormat = "html" | "pdf";

export interface ReportOutput {
  readonly format: ReportFormat;
  readonly bytes: number;
  readonly charts: readonly string[];
  /** Rendering time of the charts and the document, seconds. */
  readonly seconds: number;
}

/** The format a report path asks for, or null for another extension. */
export function reportFormatOf(file: string): ReportFormat | null {
  const ext = path.extname(file).toLowerCase();
  return ext === ".html" || ext === ".htm" ? "html" : ext === ".pdf" ? "pdf" : null;
}

/** Budgets on the report's frontier chart unless asked otherwise. */
export const DEFAULT_FRONTIER_LEVELS = 8;

/** Renders the report in memory. */
export async function renderReport(
  data: DashboardData,
  status: StatusReport,
  format: ReportFormat,
  generatedAt = new Date(),
): Promise<{ content: Buffer; charts: readonly RenderedChart[] }> {
  const charts = await renderedCharts(data, status);
  return { content: await renderDocument(reportModel(data, status, generatedAt), charts, format, generatedAt), charts };
}

async function renderDocument(model: ReportModel, charts: readonly RenderedChart[], format: ReportFormat, generatedAt: Date): Promise<Buffer> {
  if (format === "html") return Buffer.from(reportHtml(model, charts), "utf8");
  const { reportPdf } = await import("./pdf");
  return reportPdf(model, charts, generatedAt);
}

/** The charts, drawn by vega (loaded here: vega and pdfkit cost about 0.3 s of CPU to load, so only reports pay it). */
async function renderedCharts(data: DashboardData, status: StatusReport): Promise<RenderedChart[]> {
  const { renderCharts, reportCharts } = await import("./charts");
  return renderCharts(reportCharts(data, status));
}

export async function writeReport(data: DashboardData, status: StatusReport, outPath: string, format: ReportFormat): Promise<ReportOutput> {
  const [written] = await writeReports(data, status, [{ path: outPath, format }]);
  return written!;
}

/** Writes the report in several formats, rendering the charts once. */
export async function writeReports(data: DashboardData, status: StatusReport, outputs: readonly { readonly path: string; readonly format: ReportFormat }[]): Promise<ReportOutput[]> {
  // Every destination is checked before the (slow) rendering, and again as it is written.
  for (const o of outputs) assertSafeOutput(o.path, o.format, "--out");
  const started = Date.now();
  const generatedAt = new Date();
  const charts = await renderedCharts(data, status);
  const model = reportModel(data, status, generatedAt);
  const chartSeconds = (Date.now() - started) / 1000;
  const written: ReportOutput[] = [];
  for (const { path: outPath, format } of outputs) {
    const begun = Date.now();
    const content = await renderDocument(model, charts, format, generatedAt);
    await writeFileAtomically(outPath, format, "--out", content);
    written.push({ format, bytes: content.length, charts: charts.map((c) => c.id), seconds: chartSeconds + (Date.now() - begun) / 1000 });
  }
  return written;
}
