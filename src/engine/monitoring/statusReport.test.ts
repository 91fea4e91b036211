import { statusRow } from "../../../test/support/statusRow";
import * as fs from "fs";
import * as path from "path";
import { statusReport } from "./statusReport";

// test/fixtures/reference/cases/earned-value-basic.json (PMBOK formulas, exact fractions)
const repoRoot = path.resolve(__dirname, "..", "..", "..");
const reference = JSON.parse(
  fs.readFileSync(path.resolve(repoRoot, "test", "fixtures", "reference", "cases", "earned-value-basic.json"), "utf8"),
) as { inputs: { BAC: number; PV: number; EV: number; AC: number }; expected: Record<string, number> };

const row = statusRow;

describe("statusReport", () => {
  it("computes the reference earned-value case", () => {
    const { BAC, PV, EV, AC } = reference.inputs;
    const e = reference.expected;
    const report = statusReport([row("P1", "2027-03", BAC, PV, EV, AC)]);
    const p = report.projects[0];
    expect(p.cv).toBe(e.CV);
    expect(p.sv).toBe(e.SV);
    expect(p.cpi).toBeCloseTo(e.CPI, 4);
    expect(p.spi).toBeCloseTo(e.SPI, 4);
    expect(p.eac).toBeCloseTo(e.EAC_BAC_over_CPI, 9);
    expect(p.etc).toBeCloseTo(e.ETC, 9);
    expect(p.vac).toBeCloseTo(e.VAC, 9);
    expect(p.tcpi).toBeCloseTo(e.TCPI_to_BAC, 9);
    // CPI 0.893 is Amber, SPI 0.833 is below 0.85: Red.
    expect(p.rag).toBe("Red");
  });

  it("uses the latest period per project and the trend across the last periods", () => {
    const report = statusReport([
      row("A", "2027-03", 100, 60, 60, 50, 3), // CPI 1.2
      row("A", "2027-01", 100, 20, 20, 25, 1), // CPI 0.8
      row("A", "2027-02", 100, 40, 38, 40, 2),
      row("B", "2027-02", 100, 50, 45, 45, 5), // SPI 0.9 → 0.9, CPI 1 → 1
      row("B", "2027-03", 100, 60, 54, 54, 6),
    ]);
    const a = report.projects.find((p) => p.project === "A")!;
    expect(a.period).toBe("2027-03");
    expect(a.cpi).toBeCloseTo(1.2, 12);
    expect(a.cpiDelta).toBeCloseTo(1.2 - 0.8, 12);
    expect(a.cpiTrend).toBe("up");
    expect(a.spiTrend).toBe("flat");
    expect(a.history.map((h) => h.period)).toEqual(["2027-01", "2027-02", "2027-03"]);
    const b = report.projects.find((p) => p.project === "B")!;
    expect(b.cpiTrend).toBe("flat");
    expect(b.rag).toBe("Amber");
    expect(report.asOf).toBe("2027-03");
    // Worst first.
    expect(report.projects.map((p) => p.project)).toEqual(["B", "A"]);
  });

  it("totals are ratios of sums, not averages of ratios", () => {
    const report = statusReport([row("Big", "2027-01", 1000, 1000, 1000, 500), row("Small", "2027-01", 10, 10, 5, 10)]);
    // ΣEV/ΣAC = 1005/510; the mean of the CPIs would be (2 + 0.5)/2 = 1.25.
    expect(report.totals.cpi).toBeCloseTo(1005 / 510, 12);
    expect(report.totals.spi).toBeCloseTo(1005 / 1010, 12);
    expect(report.totals.bac).toBe(1010);
    expect(report.totals.counts).toEqual({ Green: 1, Amber: 0, Red: 1, None: 0 });
  });

  it("keeps projects not started with undefined indices and says why", () => {
    const report = statusReport([row("New", "2027-01", 100, 0, 0, 0)]);
    const p = report.projects[0];
    expect(p.cpi).toBeNull();
    expect(p.spi).toBeNull();
    expect(p.rag).toBeNull();
    expect(p.notes.join(" ")).toMatch(/AC\) is 0/);
    expect(report.totals.counts.None).toBe(1);
  });

  it("applies the user's thresholds and a falling trend", () => {
    const rows = [row("A", "2027-01", 100, 50, 50, 50), row("A", "2027-02", 100, 60, 54, 60)];
    const strict = statusReport(rows, { thresholds: { green: 0.95, amber: 0.92 } });
    expect(strict.projects[0].rag).toBe("Red");
    expect(strict.projects[0].cpiTrend).toBe("down");
    expect(statusReport(rows, { thresholds: { green: 0.9, amber: 0.8 } }).projects[0].rag).toBe("Green");
  });

  it("rejects a repeated project and period naming the row", () => {
    expect(() => statusReport([row("A", "2027-01", 1, 1, 1, 1, 1), row("A", "2027-01", 1, 1, 1, 1, 4)])).toThrow(/row 4.*already in row 1/);
  });
});
