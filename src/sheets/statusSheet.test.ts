import { statusRow } from "../../test/support/statusRow";
import { statusReport } from "../engine/monitoring";
import { cellAt } from "./cellAt";
import { STATUS_SHEET, statusSheet } from "./statusSheet";

const row = statusRow;

describe("PMO Status sheet", () => {
  const report = statusReport(
    [row("A", "2027-01", 100, 50, 50, 50), row("A", "2027-02", 100, 60, 54, 60), row("B", "2027-02", 200, 100, 100, 90)],
    { names: { A: "Alpha", B: "Beta" } },
  );
  const spec = statusSheet(report);

  it("writes one row per project, worst first, with cached values and live formulas", () => {
    expect(spec.name).toBe(STATUS_SHEET);
    expect(cellAt(spec, "A4")?.value).toBe("Project");
    expect(cellAt(spec, "A5")?.value).toBe("A"); // Amber (CPI 0.9, SPI 0.9) sorts before Green
    expect(cellAt(spec, "O5")?.value).toBe("Amber");
    expect(cellAt(spec, "J5")).toEqual({ value: 0.9, formula: '=IF(G5>0,F5/G5,"")' });
    expect(cellAt(spec, "O5")?.formula).toBe('=IF(OR(J5="",K5=""),"",IF(MIN(J5,K5)>=0.95,"Green",IF(MIN(J5,K5)>=0.85,"Amber","Red")))');
    expect(cellAt(spec, "A6")?.value).toBe("B");
    expect(cellAt(spec, "O6")?.value).toBe("Green");
    expect(cellAt(spec, "P5")?.value).toBeCloseTo(-0.1, 12); // CPI 1 → 0.9
  });

  it("leaves TCPI blank once the actual cost exceeds the budget, in the cached value and the formula", () => {
    const over = statusSheet(statusReport([row("C", "2027-02", 100, 100, 80, 120)], {}));
    expect(cellAt(over, "N5")?.value ?? "").toBe("");
    expect(cellAt(over, "N5")?.formula).toBe('=IF(D5>G5,(D5-F5)/(D5-G5),"")');
  });

  it("adds portfolio totals as sums and ratios of sums", () => {
    // Table rows 5–6, totals two rows below: row 8.
    expect(cellAt(spec, "A8")?.value).toBe("Portfolio total");
    expect(cellAt(spec, "D8")).toEqual({ value: 300, formula: "=SUM(D5:D6)" });
    expect(cellAt(spec, "J8")?.value).toBeCloseTo(154 / 150, 12);
    expect(cellAt(spec, "J8")?.formula).toBe('=IF(G8>0,F8/G8,"")');
  });

  it("colours RAG words and puts arrow icons with the trend cut-offs on the trend columns", () => {
    const rag = (spec.conditionalFormats ?? []).filter((c) => c.type === "textEquals");
    expect(rag.map((c) => (c.type === "textEquals" ? c.text : ""))).toEqual(["Green", "Amber", "Red"]);
    expect(rag.every((c) => c.range === "O5:O8")).toBe(true);
    const icons = (spec.conditionalFormats ?? []).find((c) => c.type === "iconSet");
    expect(icons).toEqual({ type: "iconSet", range: "P5:Q6", icons: "3Arrows", thresholds: [-0.02, 0.02] });
  });
});
