/**
 * The sheet writer against the Excel host double (queued operations, counted syncs, a 5 MB request limit):
 * atomic replacement, ownership, request splitting and the A1/format helpers.
 */
import { installHostDouble, type HostDouble } from "./testing/hostDouble";
import { charsToPoints, mergeFormulas, rowChunks, temporaryName, writeSheet } from "./writeSheet";
import { detectCapabilities } from "./requirements";
import type { SheetSpec } from "../sheets/sheetSpec";

const caps = detectCapabilities(() => true);
const emptyBook = { sheets: [{ name: "Sheet1", cells: [[0, 0, "mine"]], tables: [] }] };

function spec(rows: number, text = "x"): SheetSpec {
  return {
    name: "PMO Test",
    blocks: [
      { at: "A1", values: [["Title"]] },
      {
        at: "A3",
        values: [["Id", "Text", "Double"], ...Array.from({ length: rows }, (_, i) => [`P${i}`, text, i])],
        formulas: [[null, null, null], ...Array.from({ length: rows }, (_, i) => [null, null, `=C${i + 4}*2`])],
        header: true,
        tableName: "PMOTest",
      },
    ],
    numberFormats: [{ range: "C4:C5", format: "0.0" }],
    conditionalFormats: [{ type: "dataBar", range: `C4:C${rows + 3}`, color: "#5B9BD5" }],
    charts: [{ kind: "barStacked", title: "T", dataRange: `A3:C${rows + 3}`, seriesBy: "columns", anchor: "E3", width: 300, height: 200, name: "PMOTestChart", xAxisTitle: "x", yAxisTitle: "y" }],
    columnWidths: [10, 20],
    freezeRows: 3,
  };
}

describe("writeSheet with the Excel host double", () => {
  let double: HostDouble;
  beforeEach(() => {
    double = installHostDouble(emptyBook);
  });

  it("writes blocks with formulas, a table, formats, a chart and the ownership marker in two syncs", async () => {
    const outcome = await writeSheet(spec(3), { capabilities: caps });
    expect(outcome).toMatchObject({ sheet: "PMO Test", replaced: false, syncs: 2 });
    expect(double.host.syncCount).toBe(2);
    const s = double.snapshot().sheets.find((x) => x.name === "PMO Test")!;
    expect(s.cells.A4.v).toBe("P0");
    expect(s.cells.C5.f).toBe("=C5*2");
    expect(s.tables).toEqual([{ name: "PMOTest", address: "A3:C6" }]);
    expect(s.names.map((n) => n.name)).toEqual(["PMO_ALIGN_SHEET"]);
    expect(JSON.parse(String(double.snapshot().settings["PMOAlign.ownedSheets"]))).toEqual(["PMO Test"]);
  });

  it("replaces its own sheet atomically, keeping the table name, in three syncs", async () => {
    await writeSheet(spec(3), { capabilities: caps });
    double.resetCounters();
    const outcome = await writeSheet(spec(5), { capabilities: caps });
    expect(outcome).toMatchObject({ replaced: true, syncs: 3 });
    const sheets = double.snapshot().sheets;
    expect(sheets.map((s) => s.name)).toEqual(["Sheet1", "PMO Test"]);
    expect(sheets[1].tables).toEqual([{ name: "PMOTest", address: "A3:C8" }]);
  });

  it("keeps month labels and other strings as text (format @ before the value), so Excel does not make dates of them", async () => {
    const months: SheetSpec = {
      name: "PMO Months",
      blocks: [
        { at: "A1", values: [["Role", "2027-03", "2027-04"], ["Dev", 2, 3]], header: true },
        { at: "A4", values: [["Period", "Load"], ["2027-05", 1]], formulas: [[null, null], [null, "=B2+B3"]] },
      ],
      numberFormats: [{ range: "B2:C2", format: "0.0" }],
    };
    await writeSheet(months, { capabilities: caps });
    const cells = double.snapshot().sheets.find((x) => x.name === "PMO Months")!.cells as Record<string, { v: unknown; f?: string; nf?: string }>;
    expect([cells.B1, cells.C1, cells.A5]).toEqual([
      { v: "2027-03", nf: "@" },
      { v: "2027-04", nf: "@" },
      { v: "2027-05", nf: "@" },
    ]);
    // Numbers and formulas keep a number format: "@" would make Excel show a formula as text.
    expect(cells.B2).toEqual({ v: 2, nf: "0.0" });
    expect(cells.B5?.f).toBe("=B2+B3");
    expect(cells.B5?.nf).toBeUndefined();
  });

  it("draws a numeric-x chart as an XY scatter with lines (the first column is x, not a series)", async () => {
    const frontier: SheetSpec = {
      name: "PMO Frontier",
      blocks: [{ at: "A1", values: [["Budget (CapEx)", "Best value"], [1_000_000, 500], [23_900_000, 1210]], header: true }],
      charts: [{ kind: "scatterLines", title: "F", dataRange: "A1:B3", seriesBy: "columns", anchor: "D1", width: 300, height: 200, name: "PMOFrontier" }],
    };
    await writeSheet(frontier, { capabilities: caps });
    const sheet = double.snapshot().sheets.find((x) => x.name === "PMO Frontier") as unknown as { charts: { type: string; source: string }[] };
    expect(sheet.charts.map((c) => [c.type, c.source])).toEqual([["XYScatterLines", "A1:B3"]]);
  });

  it("refuses a same-named sheet without the marker and leaves it as it was", async () => {
    double.loadWorkbook({ sheets: [{ name: "PMO Test", cells: [[0, 0, "user data"]], tables: [] }] });
    await expect(writeSheet(spec(2), { capabilities: caps })).rejects.toThrow("A sheet named 'PMO Test' already exists and was not created by PMO Align");
    const sheets = double.snapshot().sheets;
    expect(sheets.map((s) => s.name)).toEqual(["PMO Test"]);
    expect(sheets[0].cells).toEqual({ A1: { v: "user data" } });
  });

  it("refuses a table name used on a user's sheet before changing anything", async () => {
    double.loadWorkbook({ sheets: [{ name: "Data", cells: [[0, 0, "h"], [1, 0, 1]], tables: [{ name: "PMOTest", address: "A1:A2" }] }] });
    await expect(writeSheet(spec(2), { capabilities: caps })).rejects.toThrow("The table name 'PMOTest' is already used on sheet 'Data'");
    expect(double.snapshot().sheets.map((s) => s.name)).toEqual(["Data"]);
  });

  it("splits cell data over several requests so none exceeds Excel on the web's 5 MB limit", async () => {
    // 6,000 rows × ~1 KB of text ≈ 6 MB: one request would be refused by the host.
    const big = spec(6000, "y".repeat(1000));
    const outcome = await writeSheet(big, { capabilities: caps });
    expect(outcome.syncs).toBeGreaterThan(2);
    for (const r of double.host.requests) expect(r.bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    const s = double.snapshot().sheets.find((x) => x.name === "PMO Test")!;
    expect(s.cells.A6003.v).toBe("P5999");
    expect(s.cells.C6003.f).toBe("=C6003*2");
  });

  it("leaves no temporary sheet behind when a write fails", async () => {
    // The host rejects the bad range at sync time, after the temporary sheet was added in the same batch.
    await expect(writeSheet({ ...spec(2), conditionalFormats: [{ type: "dataBar", range: "not a range", color: "#000000" }] }, { capabilities: caps })).rejects.toThrow(
      "Invalid address",
    );
    expect(double.snapshot().sheets.map((s) => s.name)).toEqual(["Sheet1"]);
  });

  it("refuses on hosts without the needed API set, with the reason", async () => {
    const old = detectCapabilities((_n, v) => Number(v.split(".")[1]) <= 5);
    await expect(writeSheet(spec(2), { capabilities: old })).rejects.toThrow("needs Excel API 1.7");
    expect(double.host.syncCount).toBe(0);
  });
});

describe("writer helpers", () => {
  it("lays formulas over values cell by cell and pads rows to the block width", () => {
    expect(mergeFormulas([["a", 1], ["b"]], [[null, "=1+1"], [null, null]], 2)).toEqual([["a", "=1+1"], ["b", ""]]);
  });
  it("chunks rows by serialised size without splitting a row", () => {
    const grid = Array.from({ length: 10 }, (_, i) => [`r${i}`, "x".repeat(90)]);
    const chunks = rowChunks(grid, 300);
    expect(chunks.map((c) => c.rows.length).reduce((a, b) => a + b)).toBe(10);
    expect(chunks.every((c) => c.bytes <= 300)).toBe(true);
    expect(chunks.map((c) => c.offset)).toEqual(chunks.map((_, i) => chunks.slice(0, i).reduce((s, c) => s + c.rows.length, 0)));
  });
  it("keeps temporary names within Excel's 31 characters and converts widths to points", () => {
    expect(temporaryName("PMO A very long result sheet name")).toHaveLength(31);
    expect(charsToPoints(8.43)).toBe(52);
  });
});
