/**
 * `pmo-align report`: the steering dashboard as a document (HTML or PDF) with the same charts in both.
 */
import * as fs from "fs";
import * as path from "path";
import type { DashboardData } from "../../engine/monitoring/dashboard";
import type { StatusReport } from "../../engine/monitoring/statusReport";
import { CliFileError } from "../errors";
import { renderCharts, reportCharts, type RenderedChart } from "./charts";
import { reportHtml } from "./html";
import { reportPdf } from "./pdf";
import { reportModel } from "./reportModel";

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

/** Renders the report in memory. */
export async function renderReport(
  data: DashboardData,
  status: StatusReport,
  format: ReportFormat,
  generatedAt = new Date(),
): Promise<{ content: Buffer; charts: readonly RenderedChart[] }> {
  const charts = await renderCharts(reportCharts(data, status));
  const model = reportModel(data, status, generatedAt);
  const content = format === "html" ? Buffer.from(reportHtml(model, charts), "utf8") : await reportPdf(model, charts, generatedAt);
  return { content, charts };
}

export async function writeReport(data: DashboardData, status: StatusReport, outPath: string, format: ReportFormat): Promise<ReportOutput> {
  const started = Date.now();
  const { content, charts } = await renderReport(data, status, format);
  try {
    fs.mkdirSync(path.dirname(outPath), { recursive: true });
    fs.writeFileSync(outPath, content);
  } catch (e) {
    throw new CliFileError(`cannot write '${outPath}': ${(e as Error).message}`);
  }
  return { format, bytes: content.length, charts: charts.map((c) => c.id), seconds: (Date.now() - started) / 1000 };
}
