/**
 * `pmo-align report`: the steering dashboard as a document (HTML or PDF) with the same charts in both.
 */
import * as fs from "fs";
import * as path from "path";
import type { DashboardData } from "../../engine/monitoring/dashboard";
import type { StatusReport } from "../../engine/monitoring/statusReport";
import { CliFileError } from "../framework/errors";
import { renderCharts, reportCharts, type RenderedChart } from "./charts";
import { reportHtml } from "./html";
import { reportPdf } from "./pdf";
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
  const charts = await renderCharts(reportCharts(data, status));
  return { content: await renderDocument(reportModel(data, status, generatedAt), charts, format, generatedAt), charts };
}

async function renderDocument(model: ReportModel, charts: readonly RenderedChart[], format: ReportFormat, generatedAt: Date): Promise<Buffer> {
  return format === "html" ? Buffer.from(reportHtml(model, charts), "utf8") : reportPdf(model, charts, generatedAt);
}

export async function writeReport(data: DashboardData, status: StatusReport, outPath: string, format: ReportFormat): Promise<ReportOutput> {
  const [written] = await writeReports(data, status, [{ path: outPath, format }]);
  return written!;
}

/** Writes the report in several formats, rendering the charts once. */
export async function writeReports(data: DashboardData, status: StatusReport, outputs: readonly { readonly path: string; readonly format: ReportFormat }[]): Promise<ReportOutput[]> {
  const started = Date.now();
  const generatedAt = new Date();
  const charts = await renderCharts(reportCharts(data, status));
  const model = reportModel(data, status, generatedAt);
  const chartSeconds = (Date.now() - started) / 1000;
  const written: ReportOutput[] = [];
  for (const { path: outPath, format } of outputs) {
    const begun = Date.now();
    const content = await renderDocument(model, charts, format, generatedAt);
    try {
      fs.mkdirSync(path.dirname(outPath), { recursive: true });
      fs.writeFileSync(outPath, content);
    } catch (e) {
      throw new CliFileError(`cannot write '${outPath}': ${(e as Error).message}`);
    }
    written.push({ format, bytes: content.length, charts: charts.map((c) => c.id), seconds: chartSeconds + (Date.now() - begun) / 1000 });
  }
  return written;
}
