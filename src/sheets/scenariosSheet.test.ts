import { scenariosSheet, SCENARIOS_SHEET } from "./scenariosSheet";
import { cellAt } from "./cellAt";

const a = { name: "Base", savedAt: "2027-01-05T10:00:00.000Z", status: "optimal", value: 120, costs: { Cost: 900 }, selected: ["P1", "P2"], rolePeaks: { Dev: 3 } };
const b = { name: "Lean", savedAt: "2027-01-06T10:00:00.000Z", status: "optimal", value: 90, costs: { Cost: 500 }, selected: ["P2", "P3"], rolePeaks: { Dev: 2 } };

describe("scenariosSheet compares saved scenarios side by side", () => {
  const spec = scenariosSheet([a, b], { P1: "CRM", P2: "ERP", P3: "Data" });

  it("lists value, count, cost per limit and role peaks per scenario", () => {
    expect(spec.name).toBe(SCENARIOS_SHEET);
    expect(cellAt(spec, "B3")?.value).toBe("Base");
    expect(cellAt(spec, "C3")?.value).toBe("Lean");
    expect(cellAt(spec, "A6")?.value).toBe("Value");
    expect(cellAt(spec, "B6")?.value).toBe(120);
    expect(cellAt(spec, "C7")?.value).toBe(2);
    expect(cellAt(spec, "A8")?.value).toBe("Cost: Cost");
    expect(cellAt(spec, "C8")?.value).toBe(500);
    expect(cellAt(spec, "A9")?.value).toBe("Peak load: Dev");
  });

  it("marks projects in or out of each scenario and flags the differences", () => {
    const block = spec.blocks.find((b) => b.values[0][0] === "Project")!;
    const rows = block.values.slice(1);
    expect(rows.map((r) => r[0])).toEqual(["P1", "P2", "P3"]);
    expect(rows[0]).toEqual(["P1", "CRM", "in", "out", "yes"]);
    expect(rows[1]).toEqual(["P2", "ERP", "in", "in", ""]);
  });

  it("charts value and cost over the per-scenario rows, header included", () => {
    const chart = spec.charts![0];
    const block = spec.blocks[spec.blocks.length - 1];
    expect(block.values).toEqual([["Scenario", "Value", "Cost: Cost"], ["Base", 120, 900], ["Lean", 90, 500]]);
    expect(chart.dataRange.startsWith(block.at)).toBe(true);
    expect(chart.dataRange.endsWith(`C${Number(block.at.slice(1)) + 2}`)).toBe(true);
  });
});
