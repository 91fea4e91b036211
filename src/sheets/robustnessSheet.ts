/**
 * The `PMO Robustness` sheet: "how robust is this ranking?". A tornado of the smallest weight change per
 * driver that changes the top k (or a named pair's order), and per project the Monte Carlo probability of
 * ranking in the top k (and, when computed, of being in the optimal portfolio) with standard errors.
 */
import type { CoreIndexResult } from "../engine/robustness";
import type { TopKResult } from "../engine/robustness";
import type { SensitivityResult } from "../engine/robustness";
import type { CellValue, ChartSpec, SheetSpec } from "./sheetSpec";
import { a1, a1Range } from "./sheetSpec";

export const ROBUSTNESS_SHEET = "PMO Robustness";
/** Projects shown in the probability chart. */
export const ROBUSTNESS_CHART_TOP = 20;

export interface RobustnessSheetInput {
  readonly sensitivity: SensitivityResult;
  readonly topK: TopKResult;
  readonly k: number;
  /** Projects in input order (the order of topK.probability). */
  readonly projects: readonly { readonly id: string; readonly name: string; readonly score: number }[];
  readonly coreIndex?: CoreIndexResult | null;
  /** Monte Carlo settings in words, e.g. "10,000 draws, seed 1, Dirichlet concentration 50, ratings ±1 step". */
  readonly settings: string;
}

export function robustnessSheet(input: RobustnessSheetInput): SheetSpec {
  const { sensitivity, topK } = input;
  const crit = sensitivity.criterion;
  const what = crit.kind === "topK" ? `the top ${crit.k} set` : `the order of ${crit.pair[0]} and ${crit.pair[1]}`;
  const smallest = sensitivity.smallestChange;
  const verdict =
    smallest === null
      ? `No single weight change within 0–100% changes ${what}.`
      : `The smallest single weight change that changes ${what} is ${smallest.toFixed(1)} percentage points (${sensitivity.drivers[sensitivity.mostSensitiveDriver!]!.driver}).`;

  // Tornado: most sensitive driver first; bars are the margin before a flip, the full feasible range when none.
  const drivers = sensitivity.drivers
    .map((d) => ({ ...d, margin: Math.min(d.up ?? Infinity, d.down ?? Infinity) }))
    .sort((a, b) => a.margin - b.margin || a.driver.localeCompare(b.driver));
  const tornadoTop = 3;
  const tornadoHeader = ["Driver", "Weight", "Decrease (pp)", "Increase (pp)", "If decreased", "If increased"];
  const tornadoRows: CellValue[][] = drivers.map((d) => [
    d.driver,
    d.weight,
    d.down === null ? "none" : d.down,
    d.up === null ? "none" : d.up,
    d.downSwap ? `${d.downSwap.rises} overtakes ${d.downSwap.falls}` : "",
    d.upSwap ? `${d.upSwap.rises} overtakes ${d.upSwap.falls}` : "",
  ]);
  const chartCol = 7;
  const chartHeader = ["Driver", "Decrease", "Increase"];
  const chartRows: CellValue[][] = drivers.map((d) => [d.driver, -(d.down ?? d.weight * 100), d.up ?? (1 - d.weight) * 100]);
  const tFirst = tornadoTop + 1;
  const tLast = tornadoTop + Math.max(drivers.length, 1);

  const probTop = tLast + 3;
  const order = input.projects.map((p, i) => ({ ...p, i })).sort((a, b) => b.score - a.score || a.i - b.i);
  const core = input.coreIndex ?? null;
  const probHeader = ["Project", "Name", "Score", `P(top ${input.k})`, "Std error", ...(core ? ["Core index", "Core std error"] : [])];
  const probRows: CellValue[][] = order.map((p) => [
    p.id,
    p.name,
    p.score,
    topK.probability[p.i]!,
    topK.standardError[p.i]!,
    ...(core ? [core.probability[p.i]!, core.standardError[p.i]!] : []),
  ]);
  const pFirst = probTop + 2;
  const pLast = probTop + 1 + Math.max(order.length, 1);
  const shown = Math.min(order.length, ROBUSTNESS_CHART_TOP);

  const charts: ChartSpec[] = [];
  const tornadoHeight = Math.max(200, 40 + 28 * drivers.length);
  if (drivers.length > 0) {
    charts.push({
      kind: "barStacked",
      title: `Weight change (pp) before ${what} changes`,
      dataRange: a1Range(tornadoTop, chartCol, tLast, chartCol + 2),
      seriesBy: "columns",
      xAxisTitle: "Driver",
      yAxisTitle: "Percentage points",
      anchor: a1(tornadoTop, chartCol + 4),
      width: 460,
      height: tornadoHeight,
      name: "PMORobustnessTornado",
    });
  }
  // The chart's data: a contiguous copy (project, probability) of the top rows by score.
  const probChartCol = probHeader.length + 1;
  const probChartBlock: CellValue[][] = [["Project", `P(top ${input.k})`], ...order.slice(0, shown).map((p) => [p.id, topK.probability[p.i]!])];
  if (shown > 0) {
    charts.push({
      kind: "barClustered",
      title: `Probability of ranking in the top ${input.k} (top ${shown} by score)`,
      dataRange: a1Range(probTop + 1, probChartCol, probTop + 1 + shown, probChartCol + 1),
      seriesBy: "columns",
      yAxisTitle: "Probability",
      // Below the tornado chart (15 pt rows) so the two never overlap.
      anchor: a1(Math.max(probTop + 1, tornadoTop + Math.ceil(tornadoHeight / 15) + 2), probChartCol + 3),
      width: 460,
      height: Math.max(220, 40 + 18 * shown),
      name: "PMORobustnessTopK",
    });
  }

  return {
    name: ROBUSTNESS_SHEET,
    blocks: [
      { at: "A1", values: [["PMO Robustness: how robust is this ranking?"]] },
      { at: "A2", values: [[verdict]] },
      { at: "A3", values: [["Sensitivity: each driver weight moved alone, the others rescaled proportionally; exact crossing points. 'none' = no change anywhere in 0–100%."]] },
      { at: a1(tornadoTop, 0), values: [tornadoHeader, ...tornadoRows], header: true, tableName: drivers.length > 0 ? "PMOSensitivity" : undefined },
      ...(drivers.length > 0 ? [{ at: a1(tornadoTop, chartCol), values: [chartHeader, ...chartRows], header: true }] : []),
      { at: a1(probTop, 0), values: [[`Monte Carlo (${input.settings}): share of draws in the top ${input.k}; standard error sqrt(p(1−p)/draws)${core ? `; core index over ${core.draws} re-optimisations (${core.optimalDraws} proven optimal)` : ""}.`]] },
      { at: a1(probTop + 1, 0), values: [probHeader, ...probRows], header: true, tableName: order.length > 0 ? "PMOTopKProbability" : undefined },
      ...(shown > 0 ? [{ at: a1(probTop + 1, probChartCol), values: probChartBlock, header: true }] : []),
    ],
    numberFormats: [
      { range: a1Range(tFirst, 1, tLast, 1), format: "0.0%" },
      { range: a1Range(tFirst, 2, tLast, 3), format: "0.0" },
      { range: a1Range(tFirst, chartCol + 1, tLast, chartCol + 2), format: "0.0;0.0" },
      { range: a1Range(pFirst, 2, pLast, 2), format: "0.0" },
      { range: a1Range(pFirst, 3, pLast, probHeader.length - 1), format: "0.000" },
      ...(shown > 0 ? [{ range: a1Range(pFirst, probChartCol + 1, probTop + 1 + shown, probChartCol + 1), format: "0.000" }] : []),
    ],
    conditionalFormats: [
      { type: "dataBar", range: a1Range(pFirst, 3, pLast, 3), color: "#5B9BD5" },
      ...(core ? [{ type: "dataBar" as const, range: a1Range(pFirst, 5, pLast, 5), color: "#70AD47" }] : []),
    ],
    charts,
    columnWidths: [22, 30, 13, 13, 26, 26, 4, 22, 10, 10],
    freezeRows: 3,
    bold: ["A1", "A2"],
  };
}
