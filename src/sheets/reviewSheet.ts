/**
 * The `PMO Review` sheet: two planning cycles compared. Weight changes, the projects whose score moved
 * most and why, selection changes, benefits forecast against realised, and estimate accuracy by category.
 */
import type { CycleReview } from "../engine/review";
import type { CellValue, ChartSpec, NumberFormatSpec, SheetBlock, SheetSpec } from "./sheetSpec";
import { a1, a1Range } from "./sheetSpec";

export const REVIEW_SHEET = "PMO Review";
/** Movers listed (largest score changes). */
export const REVIEW_MOVERS = 15;

const blank = (x: number | null | undefined): CellValue => (x === null || x === undefined ? "" : x);

export function reviewSheet(review: CycleReview): SheetSpec {
  const blocks: SheetBlock[] = [];
  const formats: NumberFormatSpec[] = [];
  const charts: ChartSpec[] = [];
  const bold: string[] = ["A1"];
  let row = 3;
  const section = (title: string, values: CellValue[][], tableName?: string) => {
    blocks.push({ at: a1(row, 0), values: [[title]] });
    bold.push(a1(row, 0));
    const header = row + 1;
    blocks.push({ at: a1(header, 0), values, header: true, ...(tableName && values.length > 1 ? { tableName } : {}) });
    row = header + values.length + 1;
    return { header, first: header + 1, last: header + Math.max(values.length - 1, 1) };
  };

  blocks.push({ at: "A1", values: [[`PMO Review: ${review.currentCycle} compared with ${review.previousCycle}`]] });
  blocks.push({
    at: "A2",
    values: [
      [
        `${review.moves.length} projects in both cycles, ${review.added.length} new, ${review.removed.length} dropped or finished. Score changes split into rating and weight effects that add up exactly.`,
      ],
    ],
  });

  const w = section("Driver weights", [["Driver", review.previousCycle, review.currentCycle, "Change"], ...review.weightChanges.map((c) => [c.driver, c.previousWeight, c.currentWeight, c.delta])], "PMOReviewWeights");
  formats.push({ range: a1Range(w.first, 1, w.last, 3), format: "0.0%" });

  const movers = review.moves.slice(0, REVIEW_MOVERS);
  const m = section(
    `Largest score changes (${movers.length} of ${review.moves.length})`,
    [
      ["Project", "Name", "Previous score", "Score", "Change", "Previous rank", "Rank", "Places up", "Selected before", "Selected now", "Why"],
      ...movers.map((x) => [
        x.id,
        x.name,
        x.previousScore,
        x.currentScore,
        x.scoreDelta,
        x.previousRank,
        x.currentRank,
        x.rankDelta,
        x.previouslySelected === null ? "" : x.previouslySelected ? "Yes" : "No",
        x.currentlySelected === null ? "" : x.currentlySelected ? "Yes" : "No",
        x.explanation,
      ]),
    ],
    "PMOReviewMoves",
  );
  formats.push({ range: a1Range(m.first, 2, m.last, 4), format: "0.0" }, { range: a1Range(m.first, 4, m.last, 4), format: "+0.0;-0.0;0.0" });
  const arrows = { type: "iconSet" as const, range: a1Range(m.first, 7, m.last, 7), icons: "3Arrows" as const, thresholds: [0, 1] as const };

  const changes: CellValue[][] = [["Change", "Projects"]];
  if (review.enteredSelection.length) changes.push(["Entered the selection", review.enteredSelection.join(", ")]);
  if (review.leftSelection.length) changes.push(["Left the selection", review.leftSelection.join(", ")]);
  if (review.added.length) changes.push(["New candidates", review.added.join(", ")]);
  if (review.removed.length) changes.push(["No longer candidates", review.removed.join(", ")]);
  if (changes.length === 1) changes.push(["None", ""]);
  section("Portfolio changes", changes);

  const bt = review.benefitTotals;
  const b = section(
    `Benefits forecast against realised (finished projects: ${review.benefits.length}; realised ${bt.ratio === null ? "—" : `${(bt.ratio * 100).toFixed(0)}%`} of forecast)`,
    [
      ["Project", "Name", "Category", "Forecast", "Realised", "Realised ÷ forecast", "Shortfall"],
      ...review.benefits.map((x) => [x.id, x.name, x.category, x.forecast, x.realised, blank(x.ratio), x.shortfall]),
      ...(review.benefits.length ? [["Total", "", "", bt.forecast, bt.realised, blank(bt.ratio), bt.forecast - bt.realised]] : []),
    ],
  );
  formats.push({ range: a1Range(b.first, 3, b.last, 4), format: "#,##0" }, { range: a1Range(b.first, 5, b.last, 5), format: "0%" }, { range: a1Range(b.first, 6, b.last, 6), format: "#,##0" });
  if (review.benefits.length) bold.push(a1Range(b.last, 0, b.last, 6));

  const acc = section("Estimate accuracy: final cost ÷ first estimate (above 1 = overrun)", [
    ["Category", "Mean", "Median", "Min", "Max", "Projects"],
    ...review.estimateAccuracy.map((c) => [c.category, c.mean, c.median, c.min, c.max, c.count]),
  ]);
  formats.push({ range: a1Range(acc.first, 1, acc.last, 4), format: "0.00" });
  const categories = review.estimateAccuracy.filter((c) => c.category !== "All").length;
  if (categories > 0) {
    charts.push({
      kind: "columnClustered",
      title: "Final cost ÷ first estimate by category",
      dataRange: a1Range(acc.header, 0, acc.header + categories, 2),
      seriesBy: "columns",
      yAxisTitle: "Ratio",
      anchor: a1(acc.header, 12),
      width: 420,
      height: 240,
      name: "PMOReviewEstimateAccuracy",
    });
  }
  const e = section("Estimates of finished projects", [
    ["Project", "Name", "Category", "First estimate", "Final cost", "Ratio"],
    ...review.estimates.map((x) => [x.id, x.name, x.category, x.firstEstimate, x.finalCost, blank(x.ratio)]),
  ]);
  formats.push({ range: a1Range(e.first, 3, e.last, 4), format: "#,##0" }, { range: a1Range(e.first, 5, e.last, 5), format: "0.00" });

  if (review.statusChanges.length) {
    const s = section("Delivery status in both cycles", [
      ["Project", `RAG ${review.previousCycle}`, `RAG ${review.currentCycle}`, `CPI ${review.previousCycle}`, `CPI ${review.currentCycle}`],
      ...review.statusChanges.map((x) => [x.id, x.previousRag ?? "", x.currentRag ?? "", blank(x.previousCpi), blank(x.currentCpi)]),
    ]);
    formats.push({ range: a1Range(s.first, 3, s.last, 4), format: "0.00" });
  }

  return {
    name: REVIEW_SHEET,
    blocks,
    numberFormats: formats,
    conditionalFormats: movers.length ? [arrows] : [],
    charts,
    columnWidths: [22, 30, 14, 12, 12, 14, 10, 10, 10, 10, 90],
    bold,
  };
}
