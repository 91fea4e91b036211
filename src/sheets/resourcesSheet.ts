/**
 * The `PMO Resources` sheet: role × month load of the chosen plan against capacity (colour scales),
 * deficits and utilisation as live formulas, the shift plan (planned start → new start), the projects
 * left unstaffed with the rule that keeps each out, hiring needs, and a load-vs-capacity chart per role.
 */
import type { HiringNeeds } from "../engine/resources";
import type { AllocationProblem, AllocationResult } from "../engine/resources";
import { unstaffedReasons } from "../engine/resources";
import { rolePeaks } from "../engine/resources";
import type { CellValue, ChartSpec, ConditionalFormatSpec, NumberFormatSpec, SheetBlock, SheetSpec } from "./sheetSpec";
import { a1, a1Range } from "./sheetSpec";
import { statusText } from "./selectionSheet";

export const RESOURCES_SHEET = "PMO Resources";

export interface HiringSection {
  readonly needs: HiringNeeds;
  /** What the needs are for, e.g. "every project at its planned start". */
  readonly description: string;
}

export interface ResourcesSheetInput {
  readonly problem: AllocationProblem;
  readonly result: AllocationResult;
  readonly names?: Readonly<Record<string, string>>;
  readonly hiring?: HiringSection | null;
}

const EPS = 1e-9;

export function resourcesSheet(input: ResourcesSheetInput): SheetSpec {
  const { problem, result } = input;
  const months = problem.months;
  const nm = months.length;
  const roles = Object.keys(problem.capacity);
  const unit = problem.unit ?? "FTE";
  const blocks: SheetBlock[] = [];
  const numberFormats: NumberFormatSpec[] = [];
  const conditionalFormats: ConditionalFormatSpec[] = [];
  const charts: ChartSpec[] = [];
  const bold = ["A1", "A2"];

  blocks.push({ at: "A1", values: [["PMO Resources: role load by month against capacity"]] });
  blocks.push({ at: "A2", values: [[statusLine(input)]] });

  // Role × month matrices; load is the plan, deficit and utilisation are formulas over load and capacity.
  let row = 3;
  const matrix = (title: string, value: (role: string, t: number) => CellValue, formula?: (r: number, t: number, i: number) => string) => {
    const top = row;
    const values: CellValue[][] = [[title, ...months]];
    const formulas: (string | null)[][] = [[null, ...months.map(() => null)]];
    roles.forEach((role, i) => {
      values.push([role, ...months.map((_, t) => value(role, t))]);
      formulas.push([null, ...months.map((_, t) => (formula ? formula(top + 1 + i, t, i) : null))]);
    });
    blocks.push({ at: a1(top, 0), values, formulas: formula ? formulas : undefined, header: true });
    row = top + roles.length + 2;
    return { top, range: roles.length && nm ? a1Range(top + 1, 1, top + roles.length, nm) : null };
  };

  const load = matrix(`Load (${unit})`, (role, t) => result.load[role]?.[t] ?? 0);
  const cap = matrix(`Capacity (${unit})`, (role, t) => problem.capacity[role]?.[t] ?? 0);
  const cellL = (i: number, t: number) => a1(load.top + 1 + i, t + 1);
  const cellC = (i: number, t: number) => a1(cap.top + 1 + i, t + 1);
  const deficit = matrix(
    `Deficit (${unit})`,
    (role, t) => Math.max(0, (result.load[role]?.[t] ?? 0) - (problem.capacity[role]?.[t] ?? 0)),
    (_r, t, i) => `=MAX(0,${cellL(i, t)}-${cellC(i, t)})`,
  );
  const util = matrix(
    "Utilisation",
    (role, t) => {
      const c = problem.capacity[role]?.[t] ?? 0;
      return c > 0 ? (result.load[role]?.[t] ?? 0) / c : null;
    },
    (_r, t, i) => `=IF(${cellC(i, t)}>0,${cellL(i, t)}/${cellC(i, t)},"")`,
  );
  if (load.range && cap.range && deficit.range && util.range) {
    numberFormats.push({ range: load.range, format: "0.0" }, { range: cap.range, format: "0.0" }, { range: deficit.range, format: "0.0;-0.0;\"\"" });
    numberFormats.push({ range: util.range, format: "0%" });
    conditionalFormats.push({ type: "colorScale", range: load.range, minColor: "#FFFFFF", maxColor: "#F4B183" });
    conditionalFormats.push({ type: "cellValue", range: deficit.range, operator: "greaterThan", formula1: "0", fill: "#FFC7CE", fontColor: "#9C0006" });
    conditionalFormats.push({ type: "colorScale", range: util.range, minColor: "#63BE7B", midColor: "#FFEB84", midValue: 1, maxColor: "#F8696B" });
  }

  // Peak load per role, as the engine defines it (the Dashboard and the task pane show the same figures).
  const peaks: CellValue[][] = [["Peak load", "Month", `Load (${unit})`, `Capacity (${unit})`, "Utilisation"]];
  for (const p of rolePeaks(problem, result.load)) peaks.push([p.role, p.monthLabel, p.load, p.capacity, p.utilisation]);
  blocks.push({ at: a1(row, 0), values: peaks, header: true });
  if (roles.length) {
    numberFormats.push({ range: a1Range(row + 1, 2, row + roles.length, 3), format: "0.0" }, { range: a1Range(row + 1, 4, row + roles.length, 4), format: "0%" });
  }
  row += peaks.length + 1;

  // Shift plan: every project, planned start → new start, or unstaffed.
  const staffed = new Map(result.schedule.map((s) => [s.id, s]));
  const label = (t: number) => months[t] ?? `month ${t}`;
  const plan: CellValue[][] = [["Project", "Name", "Value", "Planned start", "New start", "Shift (months)", "Staffed"]];
  for (const p of problem.projects) {
    const s = staffed.get(p.id);
    plan.push([p.id, input.names?.[p.id] ?? p.id, p.value, label(p.start), s ? label(s.start) : "", s ? s.start - p.start : null, s ? "yes" : "no"]);
  }
  const planTop = row;
  blocks.push({ at: a1(planTop, 0), values: plan, header: true, tableName: problem.projects.length ? "PMOShiftPlan" : undefined });
  if (problem.projects.length) {
    const staffedRange = a1Range(planTop + 1, 6, planTop + problem.projects.length, 6);
    conditionalFormats.push({ type: "textEquals", range: staffedRange, text: "yes", fill: "#C6EFCE", fontColor: "#006100" });
    conditionalFormats.push({ type: "textEquals", range: staffedRange, text: "no", fill: "#FFC7CE", fontColor: "#9C0006" });
    numberFormats.push({ range: a1Range(planTop + 1, 2, planTop + problem.projects.length, 2), format: "#,##0.0" });
    numberFormats.push({ range: a1Range(planTop + 1, 5, planTop + problem.projects.length, 5), format: "+0;-0;0" });
  }
  row = planTop + plan.length + 1;

  if (result.unstaffed.length) {
    // The same sentence as the task pane's banner: derived from the model by trying each allowed start.
    const rows: CellValue[][] = [["Unstaffed", "Value", "Binding rule", "Why it is not staffed"]];
    const value = new Map(problem.projects.map((p) => [p.id, p.value]));
    for (const r of unstaffedReasons(problem, result)) rows.push([r.id, value.get(r.id) ?? null, r.rule, r.sentence]);
    blocks.push({ at: a1(row, 0), values: rows, header: true });
    numberFormats.push({ range: a1Range(row + 1, 1, row + rows.length - 1, 1), format: "#,##0.0" });
    row += rows.length + 1;
  }

  if (input.hiring) {
    const { needs, description } = input.hiring;
    const hRoles = roles.filter((r) => (needs.perMonth[r] ?? []).some((x) => x > EPS));
    const values: CellValue[][] = [[`Hiring needs (${unit}): ${description}`, ...months, "Peak", "Cost"]];
    for (const r of hRoles) {
      const need = needs.perMonth[r];
      values.push([r, ...months.map((_, t) => need[t] ?? 0), needs.peak[r] ?? Math.max(...need), needs.cost?.[r] ?? null]);
    }
    if (!hRoles.length) values.push(["none: capacity covers the plan", ...months.map(() => null), null, null]);
    blocks.push({ at: a1(row, 0), values, header: true });
    if (hRoles.length) {
      numberFormats.push({ range: a1Range(row + 1, 1, row + hRoles.length, nm + 1), format: "0.0;-0.0;\"\"" });
      numberFormats.push({ range: a1Range(row + 1, nm + 2, row + hRoles.length, nm + 2), format: "#,##0" });
    }
    row += values.length + 1;
  }

  // Chart data per role (month header, load row, capacity row), linked by formula to the matrices.
  roles.forEach((role, i) => {
    const top = row;
    const values: CellValue[][] = [
      [role, ...months],
      ["Load", ...months.map((_, t) => result.load[role]?.[t] ?? 0)],
      ["Capacity", ...months.map((_, t) => problem.capacity[role]?.[t] ?? 0)],
    ];
    const formulas: (string | null)[][] = [
      [null, ...months.map(() => null)],
      [null, ...months.map((_, t) => `=${cellL(i, t)}`)],
      [null, ...months.map((_, t) => `=${cellC(i, t)}`)],
    ];
    blocks.push({ at: a1(top, 0), values, formulas, header: true });
    charts.push({
      kind: "lineMarkers",
      title: `${role}: load against capacity`,
      dataRange: a1Range(top, 0, top + 2, nm),
      seriesBy: "rows",
      xAxisTitle: "Month",
      yAxisTitle: unit,
      anchor: a1(3 + i * 16, nm + 4),
      width: 420,
      height: 220,
      name: `PMOResourcesLoad${i + 1}`,
    });
    row += 4;
  });

  return {
    name: RESOURCES_SHEET,
    blocks,
    numberFormats,
    conditionalFormats,
    charts,
    columnWidths: [22, ...months.map(() => 9), 9, 10],
    freezeRows: 2,
    bold,
  };
}

function statusLine({ problem, result }: ResourcesSheetInput): string {
  const shift = problem.maxShift === null ? "starts anywhere in their window" : problem.maxShift ? `starts moved up to ±${problem.maxShift} month${problem.maxShift === 1 ? "" : "s"}` : "fixed starts";
  if (result.status === "infeasible") return `Status: infeasible (${shift})`;
  const moved = result.schedule.filter((s) => s.start !== s.plannedStart).length;
  const gain = result.objective - result.baseline.objective;
  return [
    `Status: ${statusText(result.status, result.gap)}`,
    `value ${fmt(result.objective)} (${shift})`,
    `priority allocation ${fmt(result.baseline.objective)}${result.baseline.feasible === false ? " (breaks a portfolio rule)" : gain > EPS ? `, +${fmt(gain)}` : ""}`,
    `${result.schedule.length} staffed, ${result.unstaffed.length} unstaffed, ${moved} moved`,
  ].join(" · ");
}

function fmt(x: number): string {
  return Number(x.toFixed(2)).toLocaleString("en-US");
}
