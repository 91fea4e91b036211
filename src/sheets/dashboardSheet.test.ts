import type { DashboardData } from "../engine/monitoring";
import { cellAt, chartXValues } from "./cellAt";
import { DASHBOARD_SHEET, dashboardSheet } from "./dashboardSheet";

const data: DashboardData = {
  title: "Steering dashboard",
  asOf: "2027-03",
  currency: "EUR",
  thresholds: { green: 0.95, amber: 0.85 },
  totals: { bac: 1000, pv: 500, ev: 450, ac: 470, cv: -20, sv: -50, cpi: 450 / 470, spi: 0.9, eac: 1044, vac: -44, tcpi: 1.04, rag: "Amber", counts: { Green: 2, Amber: 1, Red: 1, None: 0 } },
  periods: [
    { period: "2027-01", pv: 100, ev: 90, ac: 95 },
    { period: "2027-02", pv: 300, ev: 280, ac: 290 },
    { period: "2027-03", pv: 500, ev: 450, ac: 470 },
  ],
  budgets: [{ limit: "CapEx", amount: 800, committed: 760 }, { limit: "OpEx", amount: 300, committed: 120 }],
  rolePeaks: [{ role: "Dev", peakMonth: "2027-05", load: 12, capacity: 10, utilisation: 1.2 }],
  roleUnit: "FTE",
  atRisk: [{ project: "P7", name: "Seven", rag: "Red", cpi: 0.7, spi: 0.9, vac: -100 }],
  selection: { status: "optimal", objective: 180.5, gap: 0, valueLabel: "Score", selected: [{ id: "P1", name: "One", value: 90, cost: 400 }, { id: "P2", name: "Two", value: 90.5, cost: 360 }] },
  frontier: { limit: "CapEx", points: [{ budget: 400, objective: 90, count: 1 }, { budget: 800, objective: 180.5, count: 2 }] },
};

/** The rectangle "A1:D5" as 0-based corners. */
function corners(range: string): number[] {
  return range.split(":").flatMap((ref) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
    return [Number(m[2]) - 1, [...m[1]].reduce((c, ch) => c * 26 + ch.charCodeAt(0) - 64, 0) - 1];
  });
}

describe("PMO Dashboard sheet", () => {
  const spec = dashboardSheet(data);

  it("prints on one landscape page covering the data and every chart", () => {
    expect(spec.name).toBe(DASHBOARD_SHEET);
    expect(spec.print).toMatchObject({ landscape: true, fitToOnePage: true });
    const [, , lastRow, lastCol] = corners(spec.print!.area);
    for (const chart of spec.charts ?? []) {
      const [r, c] = corners(chart.anchor);
      expect(r).toBeLessThanOrEqual(lastRow);
      expect(c).toBeLessThanOrEqual(lastCol);
    }
    for (const b of spec.blocks) expect(corners(b.at)[0] + b.values.length - 1).toBeLessThanOrEqual(lastRow);
  });

  it("shows the headline figures and one chart per section, each over its own data", () => {
    expect(cellAt(spec, "B5")?.value).toBe(450);
    expect(cellAt(spec, "H5")?.value).toBe("Amber");
    expect((spec.charts ?? []).map((c) => c.name)).toEqual(["PMODashboardDelivery", "PMODashboardBudget", "PMODashboardRoles", "PMODashboardSelection", "PMODashboardFrontier"]);
    for (const chart of spec.charts ?? []) {
      const [r0, c0] = corners(chart.dataRange);
      const header = cellAt(spec, chart.dataRange.split(":")[0]);
      expect(typeof header?.value).toBe("string"); // the header row of a data block
      expect(r0).toBeGreaterThan(4);
      expect(c0).toBeLessThan(7);
    }
    // A numeric x (the frontier's budget) goes with a scatter kind, never on a category axis.
    for (const chart of spec.charts ?? []) {
      const numericX = chartXValues(spec, chart).some((v) => typeof v === "number");
      expect([chart.name, numericX]).toEqual([chart.name, chart.kind === "xyScatter" || chart.kind === "scatterLines"]);
    }
    expect(spec.charts!.find((c) => c.name === "PMODashboardFrontier")?.kind).toBe("scatterLines");
    const delivery = spec.charts![0];
    expect(cellAt(spec, delivery.dataRange.split(":")[1])?.value).toBe(470); // last AC
  });

  it("lists projects at risk with RAG fills and flags overloaded roles", () => {
    const rag = (spec.conditionalFormats ?? []).filter((c) => c.type === "textEquals");
    expect(rag.length).toBeGreaterThanOrEqual(6);
    expect((spec.conditionalFormats ?? []).some((c) => c.type === "cellValue" && c.formula1 === "1")).toBe(true);
  });

  it("leaves out charts without data", () => {
    const bare = dashboardSheet({ ...data, periods: [], budgets: [], rolePeaks: [], selection: null, frontier: null, atRisk: [] });
    expect(bare.charts).toEqual([]);
    expect(bare.blocks.some((b) => b.values.some((r) => r[0] === "None"))).toBe(true);
  });
});
