import { cellAt } from "./cellAt";
import { RANKING_CHART_TOP, rankingSheet } from "./rankingSheet";

const drivers = [
  { name: "Growth", weight: 0.6 },
  { name: "Risk", weight: 0.4 },
];
const rows = Array.from({ length: 20 }, (_, i) => ({
  rank: i + 1,
  project: `P${i + 1}`,
  name: `Project ${i + 1}`,
  score: 100 - i * 4,
  contributions: [60 - i * 2, 40 - i * 2],
  cost: i === 3 ? null : 10 * (i + 1),
  benefit: 500 - i,
}));

describe("rankingSheet", () => {
  const spec = rankingSheet({ drivers, rows, weightsSource: "AHP (eigenvector)", consistency: { cr: 0, consistent: true } });

  it("writes the header, one row per project in rank order and the weights line", () => {
    expect(spec.name).toBe("PMO Ranking");
    expect(cellAt(spec, "A4")?.value).toBe("Rank");
    expect(["E4", "F4", "G4", "H4", "I4"].map((r) => cellAt(spec, r)?.value)).toEqual(["Growth", "Risk", "Cost", "Benefit", "Score per cost"]);
    expect(cellAt(spec, "B5")?.value).toBe("P1");
    expect(cellAt(spec, "D6")?.value).toBe(96);
    expect(cellAt(spec, "E6")?.value).toBe(58);
    expect(cellAt(spec, "B24")?.value).toBe("P20");
    expect(cellAt(spec, "B25")).toBeUndefined();
    expect(String(cellAt(spec, "A2")?.value)).toContain("Growth 60.0%, Risk 40.0%");
    expect(String(cellAt(spec, "A2")?.value)).toContain("CR 0.000: consistent (2 drivers are always consistent)");
  });

  it("judges CR against Saaty's bar for the number of drivers (0.08 for 4)", () => {
    const four = ["A", "B", "C", "D"].map((name) => ({ name, weight: 0.25 }));
    const fourRows = rows.map((r) => ({ ...r, contributions: [1, 2, 3, 4] }));
    const line = (cr: number) => String(cellAt(rankingSheet({ drivers: four, rows: fourRows, weightsSource: "AHP (eigenvector)", consistency: { cr, consistent: cr < 0.08 } }), "A2")?.value);
    expect(line(0.09)).toContain("CR 0.090: too inconsistent (0.08 or more for 4 drivers, Saaty's bar), review the comparisons");
    expect(line(0.07)).toContain("CR 0.070: consistent (under 0.08, Saaty's bar for 4 drivers)");
  });

  it("computes score per cost as a live formula with its value, blank without a cost", () => {
    expect(cellAt(spec, "I5")).toEqual({ value: 10, formula: '=IF(N(G5)>0,D5/G5,"")' });
    expect(cellAt(spec, "I8")?.value).toBeNull();
  });

  it("formats the score with a data bar and freezes the header", () => {
    expect(spec.conditionalFormats).toContainEqual({ type: "dataBar", range: "D5:D24", color: "#5B9BD5" });
    expect(spec.numberFormats).toContainEqual({ range: "D5:D24", format: "0.0" });
    expect(spec.freezeRows).toBe(4);
  });

  it("charts the driver contributions of the top projects from a linked, contiguous block", () => {
    const chart = spec.charts?.[0];
    expect(chart?.kind).toBe("barStacked");
    // Chart block starts two columns right of the table (K) and holds the top 15 rows.
    expect(chart?.dataRange).toBe(`K4:M${4 + RANKING_CHART_TOP}`);
    expect(cellAt(spec, "K5")).toEqual({ value: "P1", formula: "=B5" });
    expect(cellAt(spec, "M19")).toEqual({ value: 12, formula: "=F19" });
    expect(cellAt(spec, "K20")).toBeUndefined();
  });

  it("has no chart and no table for an empty ranking", () => {
    const empty = rankingSheet({ drivers, rows: [], weightsSource: "direct weights" });
    expect(empty.charts).toEqual([]);
    expect(empty.blocks.some((b) => b.tableName)).toBe(false);
    expect(String(cellAt(empty, "A2")?.value)).not.toContain("CR");
  });
});
