/**
 * The `PMO Scenarios` sheet: saved scenarios side by side (value, cost per limit, count, role peaks),
 * which projects each one selects, and a value-and-cost chart. Pure layout, rendered by src/excel.
 */
import type { CellValue, ConditionalFormatSpec, SheetSpec } from "./sheetSpec";
import { a1, a1Range } from "./sheetSpec";

export const SCENARIOS_SHEET = "PMO Scenarios";

export interface ScenarioColumn {
  readonly name: string;
  /** ISO timestamp. */
  readonly savedAt: string;
  readonly status: string;
  readonly value: number;
  readonly costs: Readonly<Record<string, number>>;
  readonly selected: readonly string[];
  readonly rolePeaks: Readonly<Record<string, number>>;
}

const IN_FILL = "#C6EFCE";
const DIFF_FILL = "#FFEB9C";

/** Union of keys in first-seen order. */
function keysOf(records: readonly Readonly<Record<string, unknown>>[]): string[] {
  const seen: string[] = [];
  for (const r of records) for (const k of Object.keys(r)) if (!seen.includes(k)) seen.push(k);
  return seen;
}

export function scenariosSheet(scenarios: readonly ScenarioColumn[], names: Readonly<Record<string, string>> = {}): SheetSpec {
  const n = scenarios.length;
  const limits = keysOf(scenarios.map((s) => s.costs));
  const roles = keysOf(scenarios.map((s) => s.rolePeaks));
  const header: CellValue[] = ["Measure", ...scenarios.map((s) => s.name)];
  const measures: CellValue[][] = [
    header,
    ["Saved", ...scenarios.map((s) => s.savedAt.slice(0, 16).replace("T", " "))],
    ["Status", ...scenarios.map((s) => s.status)],
    ["Value", ...scenarios.map((s) => s.value)],
    ["Projects selected", ...scenarios.map((s) => s.selected.length)],
    ...limits.map((l) => [`Cost: ${l}`, ...scenarios.map((s) => s.costs[l] ?? 0)]),
    ...roles.map((r) => [`Peak load: ${r}`, ...scenarios.map((s) => s.rolePeaks[r] ?? null)]),
  ];
  const top = 2;
  const measuresEnd = top + measures.length - 1;

  // Projects selected by any scenario; "Differs" marks those not chosen by all.
  const ids = [...new Set(scenarios.flatMap((s) => s.selected))].sort();
  const projTop = measuresEnd + 3;
  const projHeader: CellValue[] = ["Project", "Name", ...scenarios.map((s) => s.name), "Differs"];
  const projRows: CellValue[][] = ids.map((id) => {
    const marks = scenarios.map((s) => (s.selected.includes(id) ? "in" : "out"));
    return [id, names[id] ?? id, ...marks, marks.every((m) => m === marks[0]) ? "" : "yes"];
  });
  const projEnd = projTop + Math.max(projRows.length, 1);

  // Chart data: one row per scenario (value and the first limit's cost).
  const chartTop = projEnd + 3;
  const firstLimit = limits[0];
  const chartHeader: CellValue[] = ["Scenario", "Value", ...(firstLimit ? [`Cost: ${firstLimit}`] : [])];
  const chartRows: CellValue[][] = scenarios.map((s) => [s.name, s.value, ...(firstLimit ? [s.costs[firstLimit] ?? 0] : [])]);
  const chartEnd = chartTop + n;

  const conditionalFormats: ConditionalFormatSpec[] = [];
  if (ids.length) {
    conditionalFormats.push({ type: "textEquals", range: a1Range(projTop + 1, 2, projEnd, 1 + n), text: "in", fill: IN_FILL });
    conditionalFormats.push({ type: "textEquals", range: a1Range(projTop + 1, 2 + n, projEnd, 2 + n), text: "yes", fill: DIFF_FILL });
  }

  return {
    name: SCENARIOS_SHEET,
    blocks: [
      { at: "A1", values: [[`PMO Scenarios: ${n} scenarios compared`]] },
      { at: a1(top, 0), values: measures, header: true },
      { at: a1(projTop - 1, 0), values: [["Projects selected by any scenario"]] },
      { at: a1(projTop, 0), values: [projHeader, ...(projRows.length ? projRows : [projHeader.map(() => null)])], header: true },
      { at: a1(chartTop, 0), values: [chartHeader, ...chartRows], header: true },
    ],
    numberFormats: [
      { range: a1Range(top + 3, 1, top + 3, n), format: "#,##0.0" },
      ...(limits.length ? [{ range: a1Range(top + 5, 1, top + 4 + limits.length, n), format: "#,##0" }] : []),
      ...(roles.length ? [{ range: a1Range(top + 5 + limits.length, 1, measuresEnd, n), format: "0.0" }] : []),
      { range: a1Range(chartTop + 1, 1, chartEnd, chartHeader.length - 1), format: "#,##0.0" },
    ],
    conditionalFormats,
    charts: [
      {
        kind: "columnClustered",
        title: "Value and cost by scenario",
        dataRange: a1Range(chartTop, 0, chartEnd, chartHeader.length - 1),
        seriesBy: "columns",
        xAxisTitle: "Scenario",
        yAxisTitle: "Amount",
        anchor: a1(top, n + 3),
        width: 420,
        height: 260,
        name: "PMOScenariosValue",
      },
    ],
    columnWidths: [22, 24, ...scenarios.map(() => 16), 10],
    freezeRows: 1,
    bold: ["A1", a1(projTop - 1, 0)],
  };
}
