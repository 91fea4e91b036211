/**
 * The `PMO Ranking` sheet: projects by alignment score with the contribution of each driver, cost,
 * benefit (blank without a Benefit column) and score per cost. Pure layout: the CLI renders it with its
 * package writer, the add-in with Office.js.
 */
import { consistencyVerdict } from "../engine/ahp";
import type { CellValue, SheetSpec } from "./sheetSpec";
import { a1, a1Range } from "./sheetSpec";

export const RANKING_SHEET = "PMO Ranking";
/** Projects shown in the driver-contribution chart (more bars become unreadable). */
export const RANKING_CHART_TOP = 15;

export interface RankingSheetRow {
  readonly rank: number;
  readonly project: string;
  readonly name: string;
  /** Alignment score 0–100. */
  readonly score: number;
  /** Score points contributed by each driver, in `drivers` order (they sum to the score). */
  readonly contributions: readonly number[];
  readonly cost: number | null;
  readonly benefit: number | null;
}

export interface RankingSheetInput {
  readonly drivers: readonly { readonly name: string; readonly weight: number }[];
  /** In rank order. */
  readonly rows: readonly RankingSheetRow[];
  /** How the weights were found, e.g. "AHP (eigenvector)" or "direct weights". */
  readonly weightsSource: string;
  /** AHP consistency, when the weights came from pairwise comparisons. */
  readonly consistency?: { readonly cr: number; readonly consistent: boolean } | null;
}

const TITLE_ROW = 0;
const HEADER_ROW = 3;

export function rankingSheet(input: RankingSheetInput): SheetSpec {
  const nd = input.drivers.length;
  const n = input.rows.length;
  const headers: CellValue[] = [
    "Rank",
    "Project",
    "Name",
    "Score",
    ...input.drivers.map((d) => d.name),
    "Cost",
    "Benefit",
    "Score per cost",
  ];
  const colScore = 3;
  const colCost = 4 + nd;
  const colVpc = colCost + 2;
  const lastCol = colVpc;
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + Math.max(n, 1);

  const values: CellValue[][] = [headers];
  const formulas: (string | null)[][] = [headers.map(() => null)];
  input.rows.forEach((r, i) => {
    const row = first + i;
    const vpc = r.cost !== null && r.cost > 0 ? r.score / r.cost : null;
    values.push([r.rank, r.project, r.name, r.score, ...r.contributions, r.cost, r.benefit, vpc]);
    const f: (string | null)[] = headers.map(() => null);
    // Score per cost stays live if the user edits a cost in the sheet.
    f[colVpc] = `=IF(N(${a1(row, colCost)})>0,${a1(row, colScore)}/${a1(row, colCost)},"")`;
    formulas.push(f);
  });

  const weightsLine = input.drivers.map((d) => `${d.name} ${(d.weight * 100).toFixed(1)}%`).join(", ");
  const consistency = input.consistency
    ? ` · CR ${input.consistency.cr.toFixed(3)}: ${consistencyVerdict(input.consistency.cr, input.drivers.length, "drivers")}${input.consistency.consistent ? "" : ", review the comparisons"}`
    : "";

  // Chart data: a contiguous copy (project + contributions) of the top rows, linked by formula.
  const top = Math.min(n, RANKING_CHART_TOP);
  const chartCol = lastCol + 2;
  const chartValues: CellValue[][] = [["Project", ...input.drivers.map((d) => d.name)]];
  const chartFormulas: (string | null)[][] = [chartValues[0].map(() => null)];
  for (let i = 0; i < top; i++) {
    const r = input.rows[i];
    chartValues.push([r.project, ...r.contributions]);
    chartFormulas.push([`=${a1(first + i, 1)}`, ...r.contributions.map((_, k) => `=${a1(first + i, 4 + k)}`)]);
  }

  const contribRange = nd > 0 ? a1Range(first, 4, last, 3 + nd) : null;
  return {
    name: RANKING_SHEET,
    blocks: [
      { at: a1(TITLE_ROW, 0), values: [["PMO Ranking: projects by strategic alignment"]] },
      { at: a1(TITLE_ROW + 1, 0), values: [[`Weights (${input.weightsSource}): ${weightsLine}${consistency}`]] },
      { at: a1(HEADER_ROW, 0), values, formulas, header: true, tableName: n > 0 ? "PMORanking" : undefined },
      ...(top > 0
        ? [{ at: a1(HEADER_ROW, chartCol), values: chartValues, formulas: chartFormulas, header: true }]
        : []),
    ],
    numberFormats: [
      { range: a1Range(first, colScore, last, colScore), format: "0.0" },
      ...(contribRange ? [{ range: contribRange, format: "0.0" }] : []),
      { range: a1Range(first, colCost, last, colCost + 1), format: "#,##0" },
      { range: a1Range(first, colVpc, last, colVpc), format: "0.0000" },
      ...(top > 0 ? [{ range: a1Range(first, chartCol + 1, first + top - 1, chartCol + nd), format: "0.0" }] : []),
    ],
    conditionalFormats: [{ type: "dataBar", range: a1Range(first, colScore, last, colScore), color: "#5B9BD5" }],
    charts:
      top > 0 && nd > 0
        ? [
            {
              kind: "barStacked",
              title: `Driver contributions to the score (top ${top})`,
              dataRange: a1Range(HEADER_ROW, chartCol, HEADER_ROW + top, chartCol + nd),
              seriesBy: "columns",
              xAxisTitle: "Project",
              yAxisTitle: "Score points",
              anchor: a1(HEADER_ROW, chartCol + nd + 2),
              width: 520,
              height: 360,
              name: "PMORankingContributions",
            },
          ]
        : [],
    columnWidths: [6, 10, 34, 8, ...input.drivers.map((d) => Math.max(10, Math.min(18, d.name.length + 2))), 12, 12, 14],
    freezeRows: HEADER_ROW + 1,
    bold: [a1(TITLE_ROW, 0)],
  };
}

