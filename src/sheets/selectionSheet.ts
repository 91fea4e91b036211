/**
 * The `PMO Selection` sheet: which projects the optimal portfolio takes and why the others are out,
 * spend against each limit (live SUMIFS formulas), the status line, the baselines and the value they
 * leave on the table, and, with a frontier, the budget-versus-value curve and a cost/value scatter.
 */
import type { FrontierResult, SelectionProblem, SelectionResult } from "../engine/selection";
import { selectionReasons } from "./selectionReasons";
import type { CellValue, ChartSpec, ConditionalFormatSpec, NumberFormatSpec, SheetBlock, SheetSpec } from "./sheetSpec";
import { a1, a1Range } from "./sheetSpec";

export const SELECTION_SHEET = "PMO Selection";

export interface SelectionSheetInput {
  readonly problem: SelectionProblem;
  readonly result: SelectionResult;
  /** What `value` means, e.g. "Score", "Benefit", "Score × benefit". */
  readonly valueLabel: string;
  /** Project names by id (the id is shown when absent). */
  readonly names?: Readonly<Record<string, string>>;
  readonly frontier?: FrontierResult | null;
}

const HEADER_ROW = 3;
const GREEN = "#C6EFCE";
const GREY = "#EDEDED";

/** "optimal · gap 0.00%", "feasible (time limit) · gap 1.20%", "infeasible". */
export function statusText(status: SelectionResult["status"], gap: number | null): string {
  if (status === "infeasible") return "infeasible";
  const g = gap === null ? "" : ` · gap ${(gap * 100).toFixed(2)}%`;
  return status === "optimal" ? `optimal${g}` : `feasible, not proven optimal (time limit)${g}`;
}

export function selectionSheet(input: SelectionSheetInput): SheetSpec {
  const { problem, result } = input;
  const limits = Object.keys(problem.limits);
  const reasons = selectionReasons(problem, result);
  const chosen = new Set(result.selected);
  const rows = [...problem.projects].sort(
    (a, b) => Number(chosen.has(b.id)) - Number(chosen.has(a.id)) || b.value - a.value || a.id.localeCompare(b.id),
  );

  const colValue = 4;
  const colCost0 = 5;
  const colWhy = colCost0 + limits.length;
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(rows.length, 1);
  const header: CellValue[] = ["Selected", "Project", "Name", "Category", input.valueLabel, ...limits, "Why"];
  const table: CellValue[][] = [header];
  for (const p of rows) {
    table.push([
      chosen.has(p.id) ? "yes" : "no",
      p.id,
      input.names?.[p.id] ?? p.id,
      p.category ?? "",
      p.value,
      ...limits.map((l) => p.costs[l] ?? 0),
      reasons.get(p.id) ?? "",
    ]);
  }

  const selRange = a1Range(first, 0, last, 0);
  const blocks: SheetBlock[] = [
    { at: "A1", values: [["PMO Selection: the portfolio with the most value within the limits"]] },
    { at: "A2", values: [[statusLine(input)]] },
    { at: a1(HEADER_ROW, 0), values: table, header: true, tableName: rows.length ? "PMOSelection" : undefined },
  ];
  const numberFormats: NumberFormatSpec[] = [
    { range: a1Range(first, colValue, last, colValue), format: "#,##0.0" },
    ...(limits.length ? [{ range: a1Range(first, colCost0, last, colWhy - 1), format: "#,##0.##" }] : []),
  ];
  const conditionalFormats: ConditionalFormatSpec[] = [
    { type: "textEquals", range: selRange, text: "yes", fill: GREEN, fontColor: "#006100" },
    { type: "textEquals", range: selRange, text: "no", fill: GREY },
  ];
  const bold = ["A1", "A2"];

  // Totals against limits: live formulas over the table, so a user's yes/no edit recalculates.
  let row = last + 2;
  const totalsHeader = row;
  const totals: CellValue[][] = [["Totals", "Selected", "Limit", "Used", "Left"]];
  const totalsF: (string | null)[][] = [[null, null, null, null, null]];
  const valueRow = row + 1;
  totals.push(["Value", result.objective, null, null, null]);
  totalsF.push([null, `=SUMIFS(${a1Range(first, colValue, last, colValue)},${selRange},"yes")`, null, null, null]);
  limits.forEach((l, k) => {
    const r = row + 2 + k;
    const spent = result.totals[l] ?? 0;
    const amount = problem.limits[l];
    totals.push([l, spent, amount, amount > 0 ? spent / amount : null, amount - spent]);
    totalsF.push([
      null,
      `=SUMIFS(${a1Range(first, colCost0 + k, last, colCost0 + k)},${selRange},"yes")`,
      null,
      `=IF(${a1(r, 2)}>0,${a1(r, 1)}/${a1(r, 2)},"")`,
      `=${a1(r, 2)}-${a1(r, 1)}`,
    ]);
  });
  blocks.push({ at: a1(totalsHeader, 0), values: totals, formulas: totalsF, header: true });
  const totalsLast = totalsHeader + totals.length - 1;
  numberFormats.push({ range: a1Range(valueRow, 1, valueRow, 1), format: "#,##0.0" });
  if (limits.length) {
    numberFormats.push({ range: a1Range(valueRow + 1, 1, totalsLast, 2), format: "#,##0.##" });
    numberFormats.push({ range: a1Range(valueRow + 1, 3, totalsLast, 3), format: "0.0%" });
    numberFormats.push({ range: a1Range(valueRow + 1, 4, totalsLast, 4), format: "#,##0.##" });
    conditionalFormats.push({ type: "dataBar", range: a1Range(valueRow + 1, 3, totalsLast, 3), color: "#5B9BD5" });
    conditionalFormats.push({ type: "cellValue", range: a1Range(valueRow + 1, 3, totalsLast, 3), operator: "greaterThan", formula1: "1", fill: "#FFC7CE", fontColor: "#9C0006" });
  }
  row = totalsLast + 2;

  if (result.conflicts.length) {
    const conflictRows: CellValue[][] = [["Conflicting constraints"], ...result.conflicts.map((c) => [c.message] as CellValue[])];
    blocks.push({ at: a1(row, 0), values: conflictRows, header: true });
    row += conflictRows.length + 1;
  }

  if (result.baselines) {
    const { rankAndCut, greedy } = result.baselines;
    const base: CellValue[][] = [
      ["Method", "Value", "Projects", "Meets every constraint", "Value left on the table"],
      [result.status === "optimal" ? "Optimal (this sheet)" : "Best found (this sheet)", result.objective, result.selected.length, "yes", 0],
      // A baseline that breaks a rule is no alternative: no "value left" for it (it could read as negative).
      ...[rankAndCut, greedy].map((b) => [baselineLabel(b.name), b.objective, b.selected.length, b.feasible ? "yes" : "no", b.feasible ? b.valueLeftOnTable : "n/a (breaks a rule)"] as CellValue[]),
    ];
    blocks.push({ at: a1(row, 0), values: base, header: true });
    numberFormats.push({ range: a1Range(row + 1, 1, row + 3, 1), format: "#,##0.0" });
    numberFormats.push({ range: a1Range(row + 1, 4, row + 3, 4), format: "#,##0.0" });
    row += base.length + 1;
  }

  const charts: ChartSpec[] = [];
  if (input.frontier && input.frontier.points.length) {
    const fr = frontierBlock(input, row + 1);
    blocks.push(...fr.blocks);
    numberFormats.push(...fr.numberFormats);
    charts.push(...fr.charts);
    row = fr.nextRow;
  }

  return {
    name: SELECTION_SHEET,
    blocks,
    numberFormats,
    conditionalFormats,
    charts,
    columnWidths: [12, 10, 34, 14, 12, ...limits.map(() => 12), 30],
    freezeRows: HEADER_ROW + 1,
    bold,
  };
}

function baselineLabel(name: string): string {
  return name === "rank-and-cut" ? "Rank and cut at the budget line" : "Value-per-cost greedy";
}

function statusLine({ problem, result, valueLabel }: SelectionSheetInput): string {
  const status = `Status: ${statusText(result.status, result.gap)}`;
  if (result.status === "infeasible") {
    return `${status}: no portfolio meets every constraint${result.conflicts.length ? `; ${result.conflicts[0].message}` : ""}`;
  }
  const parts = [
    status,
    `${valueLabel.toLowerCase()} ${round(result.objective)}`,
    `${result.selected.length} of ${problem.projects.length} projects`,
  ];
  if (result.baselines) {
    const cut = result.baselines.rankAndCut;
    parts.push(cut.feasible ? `rank-and-cut leaves ${round(Math.max(cut.valueLeftOnTable, 0))} on the table` : "rank-and-cut breaks a rule");
  }
  return parts.join(" · ");
}

function round(x: number): string {
  return Number(x.toFixed(2)).toLocaleString("en-US");
}

/** Frontier table (with the chosen portfolio as its own marked series) and a cost/value scatter. */
function frontierBlock(input: SelectionSheetInput, top: number) {
  const frontier = input.frontier as FrontierResult;
  const { problem, result } = input;
  const limit = frontier.limit;
  const chosenBudget = problem.limits[limit];
  type Row = { budget: number; value: number; chosen: number | null; count: number; status: string; gap: number | null; changed: string };
  const points: Row[] = frontier.points.map((p) => ({
    budget: p.budget,
    value: p.objective,
    chosen: null,
    count: p.count,
    status: p.status,
    gap: p.gap,
    changed: p.changed ? "yes" : "",
  }));
  if (result.status !== "infeasible" && chosenBudget !== undefined) {
    const at = points.findIndex((p) => Math.abs(p.budget - chosenBudget) < 1e-9);
    if (at >= 0) points[at].chosen = result.objective;
    else {
      points.push({ budget: chosenBudget, value: result.objective, chosen: result.objective, count: result.selected.length, status: result.status, gap: result.gap, changed: "" });
      points.sort((a, b) => a.budget - b.budget);
    }
  }
  const values: CellValue[][] = [
    [`Budget (${limit})`, "Best value", "This portfolio", "Projects", "Status", "Gap", "Set changed"],
    ...points.map((p) => [p.budget, p.value, p.chosen, p.count, p.status, p.gap, p.changed] as CellValue[]),
  ];
  const lastRow = top + points.length;
  const blocks: SheetBlock[] = [
    { at: a1(top - 1, 0), values: [["Efficient frontier: best value at each budget"]] },
    { at: a1(top, 0), values, header: true },
  ];
  // Scatter of each project's cost against its value, selected and not selected as two series.
  const scatterCol = 9;
  const chosen = new Set(result.selected);
  const scatter: CellValue[][] = [
    [`Cost (${limit})`, "Selected", "Not selected"],
    ...problem.projects.map((p) => {
      const cost = p.costs[limit] ?? 0;
      return [cost, chosen.has(p.id) ? p.value : null, chosen.has(p.id) ? null : p.value] as CellValue[];
    }),
  ];
  blocks.push({ at: a1(top, scatterCol), values: scatter, header: true });
  const scatterLast = top + problem.projects.length;
  // The budget is a number: a scatter with lines puts it on a value axis (a line chart would plot it as a series).
  const charts: ChartSpec[] = [
    {
      kind: "scatterLines",
      title: `Efficient frontier: value by ${limit} budget`,
      dataRange: a1Range(top, 0, lastRow, 2),
      seriesBy: "columns",
      xAxisTitle: `${limit} budget`,
      yAxisTitle: "Best value",
      anchor: a1(top, 13),
      width: 480,
      height: 300,
      name: "PMOSelectionFrontier",
    },
    {
      kind: "xyScatter",
      title: `Projects: ${limit} cost versus value`,
      dataRange: a1Range(top, scatterCol, scatterLast, scatterCol + 2),
      seriesBy: "columns",
      xAxisTitle: `${limit} cost`,
      yAxisTitle: input.valueLabel,
      anchor: a1(top + 17, 13),
      width: 480,
      height: 300,
      name: "PMOSelectionCostValue",
    },
  ];
  const numberFormats: NumberFormatSpec[] = [
    { range: a1Range(top + 1, 0, lastRow, 0), format: "#,##0.##" },
    { range: a1Range(top + 1, 1, lastRow, 2), format: "#,##0.0" },
    { range: a1Range(top + 1, 5, lastRow, 5), format: "0.00%" },
  ];
  return { blocks, charts, numberFormats, nextRow: Math.max(lastRow, scatterLast) + 2 };
}
