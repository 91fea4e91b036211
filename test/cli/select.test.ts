import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { readReference, run, stockcoProblem, tempDir, writeJson } from "./helpers";

// Winston, Operations Research (4th ed.), Stockco capital budgeting:
// test/fixtures/reference/cases/winston-stockco.json (optimum 42 with investments 2, 3, 4).
const ref = readReference<{ optimum: number; chosen_items_1based: number[] }>("cases", "winston-stockco.json");

describe("pmo-align select (JSON problem)", () => {
  const dir = tempDir();
  const file = writeJson(dir, "stockco.json", stockcoProblem());

  it("prints the published optimum as JSON with the documented fields", async () => {
    const r = await run(["select", file, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.status).toBe("optimal");
    expect(json.objective).toBe(ref.optimum);
    expect([...json.selected].sort()).toEqual(ref.chosen_items_1based.map((i) => `P${i}`));
    expect(json.gap).toBe(0);
    expect(json.conflicts).toEqual([]);
    expect(json.baselines.rankAndCut.objective).toBeLessThanOrEqual(ref.optimum);
    expect(json.baselines.rankAndCut.valueLeftOnTable).toBe(ref.optimum - json.baselines.rankAndCut.objective);
    expect(json.why.P1).toBe("over capex limit");
  });

  it("prints a readable summary: status, value, spend against the limit", async () => {
    const r = await run(["select", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Status: optimal");
    expect(r.stdout).toContain("Value 42 with 3 of 4 projects");
    expect(r.stdout).toContain("Spend: capex 14 of 14 (100%)");
    expect(r.stdout).toMatch(/^P2\s+22\s+7$/m);
  });

  it("explains an infeasible problem and exits 3", async () => {
    const infeasible = writeJson(dir, "infeasible.json", { ...stockcoProblem(), forceIn: ["P1", "P2", "P3"] });
    const r = await run(["select", infeasible, "--json"]);
    expect(r.code).toBe(3);
    const json = JSON.parse(r.stdout);
    expect(json.status).toBe("infeasible");
    expect(json.conflicts.length).toBeGreaterThan(0);
    expect(json.conflicts[0].message).toMatch(/capex/i);
    const human = await run(["select", infeasible]);
    expect(human.stdout).toContain("No portfolio meets every constraint");
  });

  it("writes a PMO Selection sheet into a new workbook when --out is given", async () => {
    const out = path.join(dir, "res", "selection.xlsx");
    const r = await run(["select", file, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Wrote PMO Selection");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet("PMO Selection")!;
    expect(ws.getCell("A5").value).toBe("yes");
    expect(ws.getCell("B5").value).toBe("P2");
    // Totals block: value row, then capex row with a SUMIFS formula and its result.
    const capexRow = [...Array(30).keys()].map((i) => ws.getRow(i + 1)).find((row) => row.getCell(1).value === "capex")!;
    expect(capexRow.getCell(2).value).toMatchObject({ formula: 'SUMIFS(F5:F8,A5:A8,"yes")', result: 14 });
  });

  it("rejects bad input with one line and exit 1", async () => {
    const bad = writeJson(dir, "bad.json", { projects: [{ id: "P1", value: "high", costs: {} }], limits: { capex: 1 } });
    const r = await run(["select", bad]);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("value");
    expect(r.stderr).toContain("'high'");
    const unknown = writeJson(dir, "unknown.json", { ...stockcoProblem(), forceIn: ["P9"] });
    const r2 = await run(["select", unknown]);
    expect(r2.code).toBe(1);
    expect(r2.stderr).toContain("P9");
    const notJson = path.join(dir, "broken.json");
    fs.writeFileSync(notJson, "{ not json");
    const r3 = await run(["select", notJson]);
    expect(r3.code).toBe(1);
    expect(r3.stderr).toContain("is not valid JSON");
  });

  it("refuses --value for a JSON problem (usage error, exit 2)", async () => {
    const r = await run(["select", file, "--value", "benefit"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--value");
  });
});

describe("pmo-align frontier (JSON problem)", () => {
  const dir = tempDir();
  const file = writeJson(dir, "stockco.json", stockcoProblem());

  it("gives a non-decreasing frontier whose point at the full budget is the optimum", async () => {
    const r = await run(["frontier", file, "--levels", "5", "--json"]);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout);
    expect(f.limit).toBe("capex");
    expect(f.points).toHaveLength(5);
    for (let i = 1; i < f.points.length; i++) expect(f.points[i].objective).toBeGreaterThanOrEqual(f.points[i - 1].objective);
    // Total cost 19 buys everything: 16 + 22 + 12 + 8.
    expect(f.points[f.points.length - 1]).toMatchObject({ budget: 19, objective: 58, count: 4 });
  });

  it("names an unknown --limit and exits 2", async () => {
    const r = await run(["frontier", file, "--limit", "opex"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'opex'");
    expect(r.stderr).toContain("capex");
  });

  it("prints a table and rejects --levels 1", async () => {
    const r = await run(["frontier", file, "--levels", "3"]);
    expect(r.stdout).toMatch(/Budget \(capex\)\s+Best value/);
    expect((await run(["frontier", file, "--levels", "1"])).code).toBe(2);
  });
});
