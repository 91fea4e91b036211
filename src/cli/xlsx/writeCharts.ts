/**
 * Draws a SheetSpec's charts as native Excel charts (DrawingML, through excelts), the same charts the add-in
 * draws through Office.js. Every series points at the sheet's own cells, so the chart follows edits.
 * The series themselves come from write/seriesRefs.ts, shared with the DrawingML writer (write/chartXml.ts).
 */
import type { Worksheet } from "@cj-tech-master/excelts";
import { type AddChartOptions, type AddChartRange, type AddChartSeriesOptions, installChartSupport } from "@cj-tech-master/excelts/chart";
import type { ChartKind, ChartSpec } from "../../sheets/sheetSpec";
import { isScatterKind, seriesRefs } from "./write/seriesRefs";

installChartSupport();

const EMU_PER_POINT = 12_700;

/** excelts chart settings for a ChartSpec kind; unknown kinds are read by their name (scatter, bar, column, line). */
export function chartType(kind: ChartKind | string): Partial<Pick<AddChartOptions, "barDir" | "grouping" | "scatterStyle">> & Pick<AddChartOptions, "type"> {
  const k = kind.toLowerCase();
  if (k.includes("scatter")) return { type: "scatter", scatterStyle: k.includes("line") ? "lineMarker" : "marker" };
  if (k.startsWith("bar")) return { type: "bar", barDir: "bar", grouping: k.includes("stacked") ? "stacked" : "clustered" };
  if (k.startsWith("column")) return { type: "bar", barDir: "col", grouping: k.includes("stacked") ? "stacked" : "clustered" };
  return { type: "line", grouping: "standard" };
}

/** The series of a chart as absolute references into `sheet` ("'PMO Ranking'!$B$4:$B$20"), decided by seriesRefs. */
export function chartSeries(sheet: string, chart: ChartSpec): AddChartSeriesOptions[] {
  const scatter = isScatterKind(chart.kind);
  return seriesRefs(sheet, chart).map(({ name, categories, values }) => ({
    name: { formula: name.formula },
    values: values.formula,
    ...(scatter ? { xValues: categories.formula } : { categories: categories.formula }),
  }));
}

/** Adds `chart` to `ws` at its anchor and size. */
export function addChart(ws: Worksheet, chart: ChartSpec): void {
  const series = chartSeries(ws.name, chart);
  if (series.length === 0) return;
  const range: AddChartRange = { tl: chart.anchor, ext: { cx: Math.round(chart.width * EMU_PER_POINT), cy: Math.round(chart.height * EMU_PER_POINT) }, editAs: "oneCell" };
  const options: AddChartOptions = {
    ...chartType(chart.kind),
    title: chart.title,
    series,
    showLegend: series.length > 1,
    legendPosition: "b",
    ...(chart.xAxisTitle ? { categoryAxis: { title: chart.xAxisTitle } } : {}),
    ...(chart.yAxisTitle ? { valueAxis: { title: chart.yAxisTitle } } : {}),
    ...(chartType(chart.kind).type === "bar" && chartType(chart.kind).grouping === "stacked" ? { overlap: 100 } : {}),
  };
  ws.addChart(options, range);
}
