import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "@cj-tech-master/excelts";
// exceljs's own zip library, to edit the XML the way Excel writes it.
import JSZip from "jszip";
import { toolPath } from "../../../scripts/lib/requiredTools";
import { readPortfolio } from "../../engine/portfolio";
import { readTables, readTablesFromBuffer, readTablesFromFile, rawCell } from "./readTables";

/** Re-saves `file` as .xlsx with headless LibreOffice, the way a user's file may have been produced. */
function resaveWithLibreOffice(file: string, dir: string): string {
  const outDir = path.join(dir, "lo-out");
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, file],
    { stdio: "ignore", timeout: 90_000 },
  );
  return path.join(outDir, path.basename(file));
}

/** A workbook with two tables off A1, a date, a formula with its cached result, rich text, a hyperlink and an error. */
function sampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Plan Sheet");
  ws.getCell("B2").value = "Projects below";
  ws.addTable({
    name: "Projects",
    ref: "B4",
    headerRow: true,
    columns: [{ name: "Project" }, { name: "Start" }, { name: "Cost" }, { name: "Note" }],
    rows: [
      ["P1", new Date(Date.UTC(2027, 2, 1)), 100, { richText: [{ text: "rich " }, { text: "text", font: { bold: true } }] }],
      ["P2", new Date(Date.UTC(2027, 0, 15)), { formula: "C5*2", result: 200 }, { text: "link", hyperlink: "https://example.com" }],
      ["P3", null, { formula: "1/0", result: { error: "#DIV/0!" } }, null],
    ],
  });
  const other = wb.addWorksheet("Drivers");
  other.addTable({ name: "Drivers", ref: "A1", headerRow: true, columns: [{ name: "Driver" }, { name: "Weight" }], rows: [["Growth", 2], ["Risk", 1]] });
  return wb;
}

describe("readTables", () => {
  let dir: string;
  let written: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "pmo-readtables-"));
    written = path.join(dir, "tables.xlsx");
    await sampleWorkbook().xlsx.writeFile(written);
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const expectSampleTables = (tables: Awaited<ReturnType<typeof readTablesFromFile>>["tables"]) => {
    const projects = tables.find((t) => t.name === "Projects")!;
    expect(projects.headers).toEqual(["Project", "Start", "Cost", "Note"]);
    expect(projects.address).toEqual({ sheet: "Plan Sheet", headerRow: 3, firstColumn: 1 });
    // 2027-03-01 and 2027-01-15 as Excel serials (1900 date system).
    expect(projects.rows).toEqual([
      ["P1", 46447, 100, "rich text"],
      ["P2", 46402, 200, "link"],
      ["P3", null, null, null],
    ]);
    const drivers = tables.find((t) => t.name === "Drivers")!;
    expect(drivers.rows).toEqual([["Growth", 2], ["Risk", 1]]);
    expect(drivers.address).toEqual({ sheet: "Drivers", headerRow: 0, firstColumn: 0 });
  };

  /** The one error value of the sample, reported at its cell instead of read as text. */
  const expectErrorCell = (problems: readonly { severity: string; cell?: string; message: string }[]) => {
    expect(problems).toEqual([expect.objectContaining({ severity: "error", table: "Projects", row: 3, column: "Cost", cell: "'Plan Sheet'!D7" })]);
    expect(problems[0]!.message).toContain("the Excel error #DIV/0!");
  };

  it("reads tables written by excelts: dates as serials, formulas as cached results, rich text and links as text, error values as errors", async () => {
    const { tables, problems } = await readTablesFromFile(written);
    expectErrorCell(problems);
    expect(tables.map((t) => t.name)).toEqual(["Projects", "Drivers"]);
    expectSampleTables(tables);
  });

  it("reads the same tables from bytes in memory", async () => {
    expectSampleTables((await readTablesFromBuffer(new Uint8Array(fs.readFileSync(written)))).tables);
  });

  const itSoffice = toolPath("soffice") ? it : it.skip;
  itSoffice("reads the same tables from a file re-saved by LibreOffice", () => {
    const resaved = resaveWithLibreOffice(written, dir);
    return readTablesFromFile(resaved).then(({ tables, problems }) => {
      expectErrorCell(problems);
      expect(tables.map((t) => t.name).sort()).toEqual(["Drivers", "Projects"]);
      expectSampleTables(tables);
    });
  });

  it("reads tables whose XML omits headerRowCount, as Excel writes them", async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(written));
    const tableFiles = Object.keys(zip.files).filter((name) => /^xl\/tables\/.+\.xml$/.test(name));
    expect(tableFiles.length).toBe(2);
    for (const name of tableFiles) {
      const xml = await zip.file(name)!.async("string");
      zip.file(name, xml.replace(/\s*headerRowCount="1"/, ""));
    }
    const excelLike = path.join(dir, "excel-like.xlsx");
    fs.writeFileSync(excelLike, await zip.generateAsync({ type: "nodebuffer" }));
    const { tables } = await readTablesFromFile(excelLike);
    expectSampleTables(tables);
  });

  it("falls back to sheets named like template tables when the workbook has no tables, with a warning", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("projects");
    const put = (row: number, values: ExcelJS.CellValue[]) => values.forEach((v, k) => (ws.getCell(row, 2 + k).value = v));
    put(2, ["Project", "Cost"]);
    put(3, ["P1", 5]);
    put(4, ["P2", 7]);
    put(6, ["notes", "ignored after the blank row"]);
    wb.addWorksheet("Scratch").getCell("A1").value = "not a template sheet";
    const { tables, problems } = readTables(wb);
    expect(tables).toEqual([{ name: "Projects", headers: ["Project", "Cost"], rows: [["P1", 5], ["P2", 7]], address: { sheet: "projects", headerRow: 1, firstColumn: 1 } }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: "warning", table: "Projects", cell: "projects!B2" });
    expect(problems[0].message).toContain("no Excel tables");
  });

  it("maps cell values", () => {
    expect(rawCell(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(rawCell({ formula: "A1", result: new Date(Date.UTC(2027, 0, 1)) } as ExcelJS.CellValue)).toBe(46388);
    expect(rawCell({ formula: "A1" } as ExcelJS.CellValue)).toBeNull();
    expect(rawCell(true)).toBe(true);
  });

  it("problems link to the table's real cells through its address", async () => {
    const wb = sampleWorkbook();
    const { tables } = readTables(wb);
    const { problems } = readPortfolio(tables);
    // Projects lacks the drivers' impact columns: those problems carry no cell, but Drivers' own reading is clean.
    expect(problems.filter((p) => p.table === "Drivers")).toEqual([]);
    expect(problems.some((p) => p.table === "Projects" && p.column === "Growth")).toBe(true);
  });
});
