/**
 * The `PMO Dashboard` sheet: the one page a steering committee reads. Headline figures on top, the data of
 * each chart as small tables on the left, the charts in a grid on the right; laid out to print on one
 * landscape page. The same DashboardData feeds the HTML/PDF report (src/cli/report).
 */
import type { DashboardData } from "../engine/monitoring";
import { ragFormats } from "./ragColours";
import type { CellValue, ChartSpec, NumberFormatSpec, SheetBlock, SheetSpec } from "./sheetSpec";
import { a1, a1Range } from "./sheetSpec";

export const DASHBOARD_SHEET = "PMO Dashboard";
/** Selected projects listed (the rest are summarised in the title line). */
export const DASHBOARD_SELECTION_ROWS = 15;

const CHART_COL = 7; // column H
const CHART_W = 380;
const CHART_H = 220;
const ROWS_PER_CHART = 16; // 220 pt at 15 pt a row, plus a gap
const COLS_PER_CHART = 8; // ~380 pt at default widths

const blank = (x: number | null | undefined): CellValue => (x === null || x === undefined ? "" : x);

export function dashboardSheet(data: DashboardData): SheetSpec {
  const blocks: SheetBlock[] = [];
  const formats: NumberFormatSpec[] = [];
  const charts: ChartSpec[] = [];
  const bold: string[] = ["A1"];
  const money = "#,##0";
  const t = data.totals;

  blocks.push({ at: "A1", values: [[data.title]] });
  blocks.push({
    at: "A2",
    values: [[`Status as of ${data.asOf ?? "—"} · amounts in ${data.currency} · RAG green ≥ ${data.thresholds.green}, amber ≥ ${data.thresholds.amber}`]],
  });
  const kpiHeaders = ["Planned value", "Earned value", "Actual cost", "Budget (BAC)", "CPI", "SPI", "EAC", "Portfolio RAG", "Green", "Amber", "Red"];
  blocks.push({
    at: "A4",
    header: true,
    values: [kpiHeaders, [t.pv, t.ev, t.ac, t.bac, blank(t.cpi), blank(t.spi), blank(t.eac), t.rag ?? "", t.counts.Green, t.counts.Amber, t.counts.Red]],
  });
  formats.push({ range: "A5:D5", format: money }, { range: "E5:F5", format: "0.00" }, { range: "G5", format: money });
  const conditional = [...ragFormats("H5")];

  let row = 7; // 0-based row of the next data block
  let chartSlot = 0;
  const addChart = (chart: Omit<ChartSpec, "anchor" | "width" | "height">) => {
    const r = 6 + Math.floor(chartSlot / 2) * ROWS_PER_CHART;
    const c = CHART_COL + (chartSlot % 2) * COLS_PER_CHART;
    charts.push({ ...chart, anchor: a1(r, c), width: CHART_W, height: CHART_H });
    chartSlot++;
  };
  const section = (title: string, values: CellValue[][]): { header: number; first: number; last: number } => {
    blocks.push({ at: a1(row, 0), values: [[title]] });
    bold.push(a1(row, 0));
    const header = row + 1;
    blocks.push({ at: a1(header, 0), values, header: true });
    const out = { header, first: header + 1, last: header + values.length - 1 };
    row = header + values.length + 1;
    return out;
  };

  if (data.periods.length > 0) {
    const s = section("Value delivered against plan (cumulative, all projects)", [
      ["Period", "Planned value", "Earned value", "Actual cost"],
      ...data.periods.map((p) => [p.period, p.pv, p.ev, p.ac]),
    ]);
    formats.push({ range: a1Range(s.first, 1, s.last, 3), format: money });
    addChart({ kind: "lineMarkers", title: "Value delivered against plan", dataRange: a1Range(s.header, 0, s.last, 3), seriesBy: "columns", xAxisTitle: "Period", yAxisTitle: data.currency, name: "PMODashboardDelivery" });
  }
  if (data.budgets.length > 0) {
    const s = section("Budget committed against limits (selected portfolio)", [
      ["Limit", "Limit amount", "Committed", "Used"],
      ...data.budgets.map((b) => [b.limit, b.amount, blank(b.committed), b.committed === null || b.amount <= 0 ? "" : b.committed / b.amount]),
    ]);
    formats.push({ range: a1Range(s.first, 1, s.last, 2), format: money }, { range: a1Range(s.first, 3, s.last, 3), format: "0%" });
    addChart({ kind: "barClustered", title: "Budget committed against limits", dataRange: a1Range(s.header, 0, s.last, 2), seriesBy: "columns", yAxisTitle: data.currency, name: "PMODashboardBudget" });
  }
  if (data.rolePeaks.length > 0) {
    const unit = data.roleUnit ? ` (${data.roleUnit})` : "";
    const plan = data.rolePlan ? `: ${data.rolePlan}` : "";
    const s = section(`Peak load per role${unit}${plan}`, [
      ["Role", "Peak load", "Capacity", "Utilisation", "Peak month"],
      ...data.rolePeaks.map((r) => [r.role, r.load, r.capacity, blank(r.utilisation), r.peakMonth]),
    ]);
    formats.push({ range: a1Range(s.first, 1, s.last, 2), format: "0.0" }, { range: a1Range(s.first, 3, s.last, 3), format: "0%" });
    conditional.push({ type: "cellValue", range: a1Range(s.first, 3, s.last, 3), operator: "greaterThan", formula1: "1", fill: "#FFC7CE", fontColor: "#9C0006" });
    addChart({ kind: "columnClustered", title: "Role load peaks against capacity", dataRange: a1Range(s.header, 0, s.last, 2), seriesBy: "columns", yAxisTitle: data.roleUnit || "Load", name: "PMODashboardRoles" });
  }
  {
    const s = section(`Projects at risk (${data.atRisk.length})`, [
      ["Project", "Name", "RAG", "CPI", "SPI", "VAC"],
      ...(data.atRisk.length > 0 ? data.atRisk.map((r) => [r.project, r.name, r.rag, blank(r.cpi), blank(r.spi), blank(r.vac)]) : [["None", "every project is Green", "", "", "", ""]]),
    ]);
    formats.push({ range: a1Range(s.first, 3, s.last, 4), format: "0.00" }, { range: a1Range(s.first, 5, s.last, 5), format: money });
    conditional.push(...ragFormats(a1Range(s.first, 2, s.last, 2)));
  }
  if (data.selection) {
    const sel = data.selection;
    const shown = sel.selected.slice(0, DASHBOARD_SELECTION_ROWS);
    const gap = sel.gap !== null && sel.gap > 0 ? `, gap ${(sel.gap * 100).toFixed(2)}%` : "";
    const s = section(`Selected portfolio: ${sel.selected.length} projects, ${sel.valueLabel.toLowerCase()} ${sel.objective.toFixed(1)} (${sel.status}${gap})`, [
      ["Project", "Name", sel.valueLabel, "Cost"],
      ...shown.map((p) => [p.id, p.name, p.value, p.cost]),
    ]);
    formats.push({ range: a1Range(s.first, 2, s.last, 2), format: "0.0" }, { range: a1Range(s.first, 3, s.last, 3), format: money });
    if (shown.length > 0) {
      addChart({ kind: "barClustered", title: `Selected projects by ${sel.valueLabel.toLowerCase()}`, dataRange: a1Range(s.header, 1, s.last, 2), seriesBy: "columns", name: "PMODashboardSelection" });
    }
  }
  if (data.frontier && data.frontier.points.length > 1) {
    const f = data.frontier;
    const s = section(`Efficient frontier: best value by ${f.limit} budget`, [
      [`${f.limit} budget`, "Best value", "Projects"],
      ...f.points.map((p) => [p.budget, p.objective, p.count]),
    ]);
    formats.push({ range: a1Range(s.first, 0, s.last, 0), format: money }, { range: a1Range(s.first, 1, s.last, 1), format: "0.0" });
    addChart({ kind: "scatterLines", title: "Efficient frontier", dataRange: a1Range(s.header, 0, s.last, 1), seriesBy: "columns", xAxisTitle: `${f.limit} budget`, yAxisTitle: "Best value", name: "PMODashboardFrontier" });
  }

  const chartRows = 6 + Math.ceil(chartSlot / 2) * ROWS_PER_CHART;
  const lastRow = Math.max(row, chartRows);
  const lastCol = CHART_COL + 2 * COLS_PER_CHART - 1;
  return {
    name: DASHBOARD_SHEET,
    blocks,
    numberFormats: formats,
    conditionalFormats: conditional,
    charts,
    columnWidths: [14, 30, 13, 13, 13, 12, 12, 13, 8, 8, 8],
    bold,
    print: { area: a1Range(0, 0, lastRow, lastCol), landscape: true, fitToOnePage: true },
  };
}
