/**
 * The report's charts as Vega-Lite specifications, rendered to SVG by Vega in Node (no browser, no canvas:
 * renderer "none" + toSVG). The same SVG goes inline into the HTML report and through svg-to-pdfkit into
 * the PDF, so both documents show identical charts.
 */
import * as vega from "vega";
import type { TopLevelSpec } from "vega-lite";
import { compile } from "vega-lite";
import type { DashboardData } from "../../engine/monitoring";
import type { StatusReport } from "../../engine/monitoring";

export interface ReportChart {
  /** Stable id, e.g. "delivery" (HTML element id "chart-delivery"). */
  readonly id: string;
  readonly title: string;
  readonly spec: TopLevelSpec;
}

export interface RenderedChart extends ReportChart {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

const WIDTH = 330;
const HEIGHT = 170;
const RAG_SCALE = { domain: ["Green", "Amber", "Red"], range: ["#63BE7B", "#FFC000", "#E0474C"] };
const FONT = "Helvetica";

const base = (title: string) => ({
  $schema: "https://vega.github.io/schema/vega-lite/v5.json",
  title: { text: title, font: FONT, fontSize: 13, anchor: "start" as const },
  width: WIDTH,
  height: HEIGHT,
  background: "white",
  config: { font: FONT, axis: { labelFont: FONT, titleFont: FONT }, legend: { labelFont: FONT, titleFont: FONT } },
});

/** Every chart the data supports, in reading order. */
export function reportCharts(data: DashboardData, status: StatusReport): ReportChart[] {
  const charts: ReportChart[] = [];
  if (data.periods.length > 0) {
    const title = "Value delivered against plan";
    charts.push({
      id: "delivery",
      title,
      spec: {
        ...base(title),
        data: { values: data.periods.flatMap((p) => [
          { period: p.period, measure: "Planned value (PV)", amount: p.pv },
          { period: p.period, measure: "Earned value (EV)", amount: p.ev },
          { period: p.period, measure: "Actual cost (AC)", amount: p.ac },
        ]) },
        mark: { type: "line", point: true },
        encoding: {
          x: { field: "period", type: "ordinal", title: "Period" },
          y: { field: "amount", type: "quantitative", title: data.currency, axis: { format: "~s" } },
          color: { field: "measure", type: "nominal", title: null, legend: { orient: "bottom" } },
        },
      },
    });
  }
  if (data.budgets.some((b) => b.committed !== null)) {
    const title = "Budget committed against limits";
    charts.push({
      id: "budget",
      title,
      spec: {
        ...base(title),
        data: { values: data.budgets.flatMap((b) => [
          { limit: b.limit, kind: "Limit", amount: b.amount },
          { limit: b.limit, kind: "Committed", amount: b.committed ?? 0 },
        ]) },
        mark: "bar",
        encoding: {
          y: { field: "limit", type: "nominal", title: null },
          yOffset: { field: "kind", type: "nominal" },
          x: { field: "amount", type: "quantitative", title: data.currency, axis: { format: "~s" } },
          color: { field: "kind", type: "nominal", title: null, scale: { domain: ["Limit", "Committed"], range: ["#BDD7EE", "#1F4E79"] }, legend: { orient: "bottom" } },
        },
      },
    });
  }
  if (data.rolePeaks.length > 0) {
    const title = "Role load at peak against capacity";
    charts.push({
      id: "roles",
      title,
      spec: {
        ...base(title),
        data: { values: data.rolePeaks.flatMap((r) => [
          { role: r.role, kind: "Capacity", amount: r.capacity },
          { role: r.role, kind: "Peak load", amount: r.load },
        ]) },
        mark: "bar",
        encoding: {
          x: { field: "role", type: "nominal", title: null, axis: { labelAngle: 0 } },
          xOffset: { field: "kind", type: "nominal" },
          y: { field: "amount", type: "quantitative", title: data.roleUnit || "Load" },
          color: { field: "kind", type: "nominal", title: null, scale: { domain: ["Capacity", "Peak load"], range: ["#BDD7EE", "#C55A11"] }, legend: { orient: "bottom" } },
        },
      },
    });
  }
  const rated = status.projects.filter((p) => p.cpi !== null && p.spi !== null && p.rag !== null);
  if (rated.length > 0) {
    const title = "Projects by cost and schedule performance";
    charts.push({
      id: "performance",
      title,
      spec: {
        ...base(title),
        data: { values: rated.map((p) => ({ project: p.project, cpi: p.cpi, spi: p.spi, rag: p.rag })) },
        layer: [
          {
            mark: { type: "point", filled: true, size: 60 },
            encoding: {
              x: { field: "spi", type: "quantitative", title: "SPI (schedule)", scale: { zero: false } },
              y: { field: "cpi", type: "quantitative", title: "CPI (cost)", scale: { zero: false } },
              color: { field: "rag", type: "nominal", title: "RAG", scale: RAG_SCALE, legend: { orient: "bottom" } },
            },
          },
          {
            mark: { type: "text", dx: 12, fontSize: 8, align: "left" },
            encoding: { x: { field: "spi", type: "quantitative" }, y: { field: "cpi", type: "quantitative" }, text: { field: "project" } },
          },
        ],
      },
    });
  }
  if (data.frontier && data.frontier.points.length > 1) {
    const f = data.frontier;
    const title = `Efficient frontier: best value by ${f.limit} budget`;
    charts.push({
      id: "frontier",
      title,
      spec: {
        ...base(title),
        data: { values: f.points.map((p) => ({ budget: p.budget, value: p.objective, projects: p.count })) },
        mark: { type: "line", point: true, interpolate: "step-after" },
        encoding: {
          x: { field: "budget", type: "quantitative", title: `${f.limit} budget (${data.currency})`, axis: { format: "~s" } },
          y: { field: "value", type: "quantitative", title: "Best value" },
        },
      },
    });
  }
  if (data.selection && data.selection.selected.length > 0) {
    const sel = data.selection;
    const title = `Selected portfolio: ${sel.valueLabel.toLowerCase()} per project`;
    charts.push({
      id: "selection",
      title,
      spec: {
        ...base(title),
        data: { values: sel.selected.slice(0, 20).map((p) => ({ project: `${p.id} ${p.name}`.slice(0, 28), value: p.value })) },
        mark: "bar",
        encoding: {
          y: { field: "project", type: "nominal", sort: "-x", title: null, axis: { labelFontSize: 7 } },
          x: { field: "value", type: "quantitative", title: sel.valueLabel },
          color: { value: "#1F4E79" },
        },
      },
    });
  }
  return charts;
}

/** Renders one Vega-Lite spec to a standalone SVG string (headless). */
export async function renderChartSvg(spec: TopLevelSpec): Promise<{ svg: string; width: number; height: number }> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  try {
    const svg = await view.toSVG();
    const m = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
    return { svg, width: m ? Number(m[1]) : WIDTH, height: m ? Number(m[2]) : HEIGHT };
  } finally {
    view.finalize();
  }
}

export async function renderCharts(charts: readonly ReportChart[]): Promise<RenderedChart[]> {
  const out: RenderedChart[] = [];
  for (const chart of charts) out.push({ ...chart, ...(await renderChartSvg(chart.spec)) });
  return out;
}
