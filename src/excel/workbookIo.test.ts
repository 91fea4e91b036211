/**
 * Reading tables, saving weights, the scenario store and "Freeze for sharing" against the Excel host double:
 * what they change, what they leave alone, and how many syncs they take.
 */
import { installHostDouble, type HostDouble } from "./testing/hostDouble";
import { readTables } from "./readTables";
import { saveDriverWeights } from "./saveWeights";
import { chunkText, listScenarios, saveScenario, type ScenarioRecord } from "./settings";
import { freezeForSharing } from "./freeze";
import { writeSheet } from "./writeSheet";
import { createTemplate } from "./workbookActions";
import { detectCapabilities } from "./requirements";
import { isCellEditModeError } from "./retry";

const caps = detectCapabilities(() => true);

function book(projects: number) {
  const cells: [number, number, unknown, string?][] = [
    [0, 0, "Driver"], [0, 1, "Description"], [0, 2, "Weight"],
    [1, 0, "Customers"], [1, 1, "Serve them"], [1, 2, 60],
    [2, 0, "Cost"], [2, 1, "Spend less"], [2, 2, 40],
  ];
  const p: [number, number, unknown, string?][] = [[2, 1, "Project"], [2, 2, "Cost"]];
  for (let i = 0; i < projects; i++) p.push([3 + i, 1, `P${i + 1}`], [3 + i, 2, 10 + i]);
  return {
    sheets: [
      { name: "Drivers", cells, tables: [{ name: "Drivers", address: "A1:C3" }] },
      { name: "Projects", cells: p, tables: [{ name: "Projects", address: `B3:C${3 + projects}` }] },
      { name: "Notes", cells: [[0, 0, 1], [0, 1, 2], [0, 2, 3, "=A1+B1"]], tables: [] },
    ],
  };
}

describe("readTables", () => {
  it("returns every table with headers, rows and where its header sits, in two syncs whatever the size", async () => {
    let double = installHostDouble(book(3));
    const tables = await readTables();
    expect(double.host.syncCount).toBe(2);
    expect(tables.find((t) => t.name === "Projects")).toEqual({
      name: "Projects",
      headers: ["Project", "Cost"],
      rows: [["P1", 10], ["P2", 11], ["P3", 12]],
      address: { sheet: "Projects", headerRow: 2, firstColumn: 1 },
    });
    double = installHostDouble(book(2000));
    expect((await readTables()).find((t) => t.name === "Projects")!.rows).toHaveLength(2000);
    expect(double.host.syncCount).toBe(2);
  });
});

describe("saveDriverWeights", () => {
  it("writes the Weight column only, matching drivers by name", async () => {
    const double = installHostDouble(book(1));
    expect(await saveDriverWeights({ customers: 25, Cost: 75 })).toBe(2);
    const drivers = double.snapshot().sheets[0].cells;
    expect([drivers.C2.v, drivers.C3.v]).toEqual([25, 75]);
    expect([drivers.A2.v, drivers.B2.v, drivers.A3.v, drivers.B3.v]).toEqual(["Customers", "Serve them", "Cost", "Spend less"]);
  });

  it("names the missing table in words", async () => {
    installHostDouble({ sheets: [{ name: "S", cells: [], tables: [] }] });
    await expect(saveDriverWeights({ A: 1 })).rejects.toThrow("table Drivers: the table is missing, so the weights were not saved.");
  });
});

describe("scenario store", () => {
  const record = (name: string, size = 10): ScenarioRecord => ({
    name,
    savedAt: "2027-01-01T00:00:00.000Z",
    summary: { value: 1, costs: { Cost: 2 }, selected: Array.from({ length: size }, (_, i) => `P${i}`), rolePeaks: {}, status: "optimal" },
    inputs: { note: "x".repeat(size) },
  });

  it("keeps scenarios on a very hidden PMO Data sheet in cell-sized JSON chunks and replaces by name", async () => {
    const double = installHostDouble(book(1));
    await saveScenario(record("A"));
    await saveScenario(record("B", 50_000)); // larger than one cell (32,767 characters)
    await saveScenario(record("A", 3));
    const list = await listScenarios();
    expect(list.map((s) => s.name)).toEqual(["B", "A"]);
    expect(list[0].summary.selected).toHaveLength(50_000);
    const data = double.snapshot().sheets.find((s) => s.name === "PMO Data")!;
    expect((data as unknown as { visibility: string }).visibility).toBe("VeryHidden");
    for (const c of Object.values(data.cells)) expect(String(c.v).length).toBeLessThanOrEqual(32_767);
  });

  it("chunks text without losing characters", () => {
    const text = "abcdefghij".repeat(7);
    expect(chunkText(text, 16).join("")).toBe(text);
    expect(chunkText(text, 16).every((c) => c.length <= 16)).toBe(true);
  });
});

describe("freezeForSharing", () => {
  it("turns formulas into values on PMO sheets only, adds the note, and never touches user formulas", async () => {
    const double = installHostDouble(book(2));
    await writeSheet(
      { name: "PMO Result", blocks: [{ at: "A1", values: [[1, 2, 3]], formulas: [[null, null, "=A1+B1"]] }] },
      { capabilities: caps },
    );
    double.resetCounters();
    const outcome = await freezeForSharing("Frozen on 2027-01-01");
    expect(outcome).toEqual({ sheets: ["PMO Result"], formulasFrozen: 1, syncs: 3 });
    expect(double.host.syncCount).toBe(3);
    const snap = double.snapshot();
    const pmo = snap.sheets.find((s) => s.name === "PMO Result")!;
    expect(pmo.cells.C1).toEqual({ v: 3 }); // the calculated value, no longer a formula
    expect(pmo.cells.A3.v).toBe("Frozen on 2027-01-01");
    expect(snap.sheets.find((s) => s.name === "Notes")!.cells.C1).toEqual({ v: 3, f: "=A1+B1" });
  });

  it("skips a sheet listed as owned that lost its marker (the user replaced it)", async () => {
    const double = installHostDouble({
      sheets: [{ name: "PMO Ranking", cells: [[0, 0, 1], [0, 1, 2, "=A1*2"]], tables: [] }],
      settings: { "PMOAlign.ownedSheets": JSON.stringify(["PMO Ranking"]) },
    });
    expect((await freezeForSharing("note")).sheets).toEqual([]);
    expect(double.snapshot().sheets[0].cells.B1.f).toBe("=A1*2");
  });
});

describe("createTemplate", () => {
  it("stacks tables that share a sheet and leaves existing tables alone", async () => {
    const double = installHostDouble(book(1));
    const created = await createTemplate([
      { sheet: "Drivers", name: "Drivers", headers: ["Driver", "Weight"] },
      { sheet: "Drivers", name: "DriverComparisons", headers: ["Driver"] },
      { sheet: "Limits", name: "Limits", headers: ["Limit", "Amount"] },
    ]);
    expect(created).toEqual(["DriverComparisons", "Limits"]);
    const snap = double.snapshot();
    expect(snap.sheets.find((s) => s.name === "Drivers")!.tables).toEqual([
      { name: "Drivers", address: "A1:C3" },
      { name: "DriverComparisons", address: "A6:A7" },
    ]);
    expect(snap.sheets.find((s) => s.name === "Limits")!.tables).toEqual([{ name: "Limits", address: "A1:B2" }]);
  });
});

describe("cell-edit mode", () => {
  it("retries the batch and tells the user while Excel is busy", async () => {
    const double: HostDouble = installHostDouble(book(1));
    (double.host as unknown as { cellEditSyncs: number }).cellEditSyncs = 2;
    const told: string[] = [];
    const tables = await readTables({ onBusy: (m) => told.push(m), delayMs: 1 });
    expect(tables.length).toBe(2);
    expect(told).toHaveLength(2);
    expect(told[0]).toMatch(/cell is being edited/);
  });
  it("recognises only the cell-edit error code", () => {
    expect(isCellEditModeError({ code: "InvalidOperationInCellEditMode" })).toBe(true);
    expect(isCellEditModeError(new Error("InvalidOperationInCellEditMode"))).toBe(false);
  });
});
