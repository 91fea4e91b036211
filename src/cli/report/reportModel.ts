/** What both report formats show besides the charts: headline figures and tables, as text. */
import type { DashboardData } from "../../engine/monitoring";
import type { StatusReport } from "../../engine/monitoring";

export interface ReportTable {
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Column index holding RAG words, coloured in both formats. */
  readonly ragColumn?: number;
}

export interface ReportModel {
  readonly title: string;
  readonly subtitle: string;
  /** Label → value pairs shown as tiles. */
  readonly headline: readonly { readonly label: string; readonly value: string; readonly rag?: string }[];
  readonly tables: readonly ReportTable[];
}

const money = (x: number | null, currency: string) => (x === null ? "—" : `${currency} ${Math.round(x).toLocaleString("en-US")}`);
const index = (x: number | null) => (x === null ? "—" : x.toFixed(2));
/** Short amounts for the headline tiles: 2.22M, 830k. */
const compact = (x: number | null) => {
  if (x === null) return "—";
  const a = Math.abs(x);
  return a >= 1e6 ? `${(x / 1e6).toFixed(2)}M` : a >= 1e4 ? `${(x / 1e3).toFixed(0)}k` : Math.round(x).toLocaleString("en-US");
};
const pct = (x: number | null) => (x === null ? "—" : `${(x * 100).toFixed(0)}%`);

export function reportModel(data: DashboardData, status: StatusReport, generatedAt: Date): ReportModel {
  const t = data.totals;
  const c = data.currency;
  const headline = [
    { label: `Earned / planned value (${c})`, value: `${compact(t.ev)} / ${compact(t.pv)}` },
    { label: `Actual cost (${c})`, value: compact(t.ac) },
    { label: "CPI / SPI", value: `${index(t.cpi)} / ${index(t.spi)}` },
    { label: `Estimate at completion / budget (${c})`, value: `${compact(t.eac)} / ${compact(t.bac)}` },
    { label: "Portfolio status", value: t.rag ?? "—", ...(t.rag ? { rag: t.rag } : {}) },
    { label: "Projects G / A / R", value: `${t.counts.Green} / ${t.counts.Amber} / ${t.counts.Red}` },
  ];
  const tables: ReportTable[] = [];
  tables.push({
    title: `Projects at risk (${data.atRisk.length})`,
    headers: ["Project", "Name", "RAG", "CPI", "SPI", "VAC"],
    rows: data.atRisk.length ? data.atRisk.map((r) => [r.project, r.name, r.rag, index(r.cpi), index(r.spi), money(r.vac, c)]) : [["—", "Every project is Green", "", "", "", ""]],
    ragColumn: 2,
  });
  if (data.budgets.length) {
    tables.push({
      title: "Budget committed against limits",
      headers: ["Limit", "Limit amount", "Committed", "Used"],
      rows: data.budgets.map((b) => [b.limit, money(b.amount, c), money(b.committed, c), b.committed === null || b.amount <= 0 ? "—" : pct(b.committed / b.amount)]),
    });
  }
  if (data.rolePeaks.length) {
    tables.push({
      title: `Role load peaks${data.roleUnit ? ` (${data.roleUnit})` : ""}`,
      headers: ["Role", "Peak month", "Load", "Capacity", "Utilisation"],
      rows: data.rolePeaks.map((r) => [r.role, r.peakMonth, r.load.toFixed(1), r.capacity.toFixed(1), pct(r.utilisation)]),
    });
  }
  tables.push({
    title: `Delivery status by project (${status.projects.length})`,
    headers: ["Project", "Name", "Period", "CPI", "SPI", "EAC", "VAC", "RAG", "Trend CPI/SPI"],
    rows: status.projects.map((p) => [
      p.project,
      p.name,
      p.period,
      index(p.cpi),
      index(p.spi),
      money(p.eac, c),
      money(p.vac, c),
      p.rag ?? "—",
      `${p.cpiTrend ?? "—"} / ${p.spiTrend ?? "—"}`,
    ]),
    ragColumn: 7,
  });
  const sel = data.selection;
  return {
    title: data.title,
    subtitle: [
      `Status as of ${data.asOf ?? "—"}`,
      sel ? `${sel.selected.length} projects selected (${sel.status}${sel.gap ? `, gap ${(sel.gap * 100).toFixed(2)}%` : ""})` : null,
      `RAG green from ${data.thresholds.green}, amber from ${data.thresholds.amber}`,
      `generated ${generatedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    ]
      .filter(Boolean)
      .join(" · "),
    headline,
    tables,
  };
}
