/**
 * Draws a SheetSpec's charts as native Excel charts (DrawingML, through excelts), the same charts the add-in
 * draws through Office.js. Every series points at the sheet's own cells, so the chart follows edits.
 * Layout of `dataRange`: the first row holds series names, the first column the categories (for scatter
 * kinds: the x values); `seriesBy: "rows"` swaps the two.
 */
import type { Worksheet } from "@cj-tech-master/excelts";
import { type AddChartOptions, type AddChartRange, type AddChartSeriesOptions, installChartSupport } from "@cj-tech-master/excelts/chart";
import type { ChartKind, ChartSpec } from "../../sheets/sheetSpec";
import { columnLetter } from "../../sheets/sheetSpec";
import { parseCell } from "./cellRefs";

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

/** The series of a chart as absolute references into `sheet` ("'PMO Ranking'!$B$4:$B$20"). */
export function chartSeries(sheet: string, chart: ChartSpec): AddChartSeriesOptions[] {
  const [from, to = from] = chart.dataRange.split(":");
  const a = parseCell(from!);
  const b = parseCell(to!);
  const top = Math.min(a.row, b.row);
  const bottom = Math.max(a.row, b.row);
  const left = Math.min(a.col, b.col);
  const right = Math.max(a.col, b.col);
  const scatter = chartType(chart.kind).type === "scatter";
  const ref = (r1: number, c1: number, r2: number, c2: number) =>
    `${quote(sheet)}!$${columnLetter(c1)}$${r1 + 1}${r1 === r2 && c1 === c2 ? "" : `:$${columnLetter(c2)}$${r2 + 1}`}`;
  const series: AddChartSeriesOptions[] = [];
  if (chart.seriesBy === "columns") {
    const categories = ref(top + 1, left, bottom, left);
    for (let c = left + 1; c <= right; c++) {
      const values = ref(top + 1, c, bottom, c);
      series.push({ name: { formula: ref(top, c, top, c) }, values, ...(scatter ? { xValues: categories } : { categories }) });
    }
  } else {
    const categories = ref(top, left + 1, top, right);
    for (let r = top + 1; r <= bottom; r++) {
      const values = ref(r, left + 1, r, right);
      series.push({ name: { formula: ref(r, left, r, left) }, values, ...(scatter ? { xValues: categories } : { categories }) });
    }
  }
  return series;
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

function quote(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
