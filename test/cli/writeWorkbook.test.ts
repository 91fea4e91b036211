import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import type { SheetSpec } from "../../src/sheets/sheetSpec";
import { unzipSync } from "fflate";
import { PMO_SHEET_MARKER, PMO_SHEET_MARKER_NAME } from "../../src/sheets/sheetSpec";
import { writeWorkbook } from "../../src/cli/xlsx/writeWorkbook";
import { sha256, tempDir } from "./helpers";

const spec: SheetSpec = {
  name: "PMO Test",
  blocks: [
    { at: "A1", values: [["Title"]] },
    { at: "A3", header: true, tableName: "PMOTest", values: [["Project", "Score", "RAG"], ["P1", 80, "Green"], ["P2", 40, "Red"]] },
    { at: "A7", values: [["Total", 120]], formulas: [[null, "=SUM(B4:B5)"]] },
    { at: "E3", header: true, values: [["Plain", "Header"]] },
  ],
  numberFormats: [{ range: "B4:B5", format: "0.0" }],
  conditionalFormats: [
    { type: "dataBar", range: "B4:B5", color: "#5B9BD5" },
    { type: "colorScale", range: "B4:B5", minColor: "#FFFFFF", midColor: "#FFEB84", midValue: 50, maxColor: "#F8696B" },
    { type: "iconSet", range: "B4:B5", icons: "3Arrows" },
    { type: "cellValue", range: "B4:B5", operator: "greaterThanOrEqual", formula1: "50", fill: "#C6EFCE" },
    { type: "textEquals", range: "C4:C5", text: "Red", fill: "#FFC7CE", fontColor: "#9C0006" },
    { type: "iconSet", range: "B4:B5", icons: "3Arrows", thresholds: [-0.02, 0.02] },
  ],
  charts: [{ kind: "line", title: "t", dataRange: "A3:B5", seriesBy: "columns", anchor: "H3", width: 300, height: 200, name: "c" }],
  columnWidths: [12, 9],
  freezeRows: 3,
  bold: ["A1"],
  fills: [{ range: "A7", color: "#DDEBF7" }],
  print: { area: "A1:C7", landscape: true, fitToOnePage: true },
};

async function makeInput(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data").getCell("A1").value = 42;
  wb.addWorksheet("PMO Test").getCell("A1").value = "old content";
  wb.addWorksheet("After");
  const file = path.join(dir, "input.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("writeWorkbook", () => {
  it("renders values, formulas, formats, conditional formats, panes, widths, print setup and tables into a copy", async () => {
    const dir = tempDir();
    const input = await makeInput(dir);
    const hash = sha256(input);
    const out = path.join(dir, "nested", "folder", "out.xlsx");
    const report = await writeWorkbook(input, out, [spec]);
    expect(report).toEqual({ outPath: out, sheets: ["PMO Test"], charts: 1 });
    expect(sha256(input)).toBe(hash);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Data", "PMO Test", "After"]);
    expect(wb.getWorksheet("Data")!.getCell("A1").value).toBe(42);
    const ws = wb.getWorksheet("PMO Test")!;
    expect(ws.getCell("A1").value).toBe("Title");
    // The add-in's ownership marker: a name scoped to the sheet (index 1), not a note on a cell.
    const workbookXml = Buffer.from(unzipSync(fs.readFileSync(out), { filter: (f) => f.name === "xl/workbook.xml" })["xl/workbook.xml"]!).toString("utf8");
    expect(workbookXml).toContain(`<definedName name="${PMO_SHEET_MARKER_NAME}" localSheetId="1"`);
    expect(workbookXml).toContain(`>"${PMO_SHEET_MARKER}"</definedName>`);
    expect(ws.getCell("A1").note).toBeUndefined();
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("B4").value).toBe(80);
    expect(ws.getCell("B4").numFmt).toBe("0.0");
    expect(ws.getCell("B7").value).toEqual({ formula: "SUM(B4:B5)", result: 120 });
    expect(ws.getCell("E3").font?.bold).toBe(true);
    expect(ws.getCell("A7").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    const table = ws.getTable("PMOTest") as unknown as { table: { ref?: string; tableRef?: string } };
    expect(table).toBeDefined();
    const types = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; operator?: string }[] }[] }).conditionalFormattings.map((c) => [c.ref, c.rules[0].type, c.rules[0].operator ?? ""]);
    expect(types).toEqual([
      ["B4:B5", "dataBar", ""],
      ["B4:B5", "colorScale", ""],
      ["B4:B5", "iconSet", ""],
      ["B4:B5", "cellIs", "greaterThanOrEqual"],
      ["C4:C5", "cellIs", "equal"],
      ["B4:B5", "iconSet", ""],
    ]);
    const cfs = (ws as unknown as { conditionalFormattings: { rules: { cfvo?: { type: string; value?: number }[] }[] }[] }).conditionalFormattings;
    expect(cfs[2].rules[0].cfvo?.map((c) => c.type)).toEqual(["percent", "percent", "percent"]);
    expect(cfs[5].rules[0].cfvo).toEqual([{ type: "percent", value: 0 }, { type: "num", value: -0.02 }, { type: "num", value: 0.02 }]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.getColumn(1).width).toBe(12);
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    expect(ws.pageSetup.printArea).toMatch(/A1:C7/);
  });

  it("writes a new workbook without an input, and refuses to write over the input", async () => {
    const dir = tempDir();
    const fresh = path.join(dir, "fresh.xlsx");
    await writeWorkbook(null, fresh, [spec]);
    expect(fs.existsSync(fresh)).toBe(true);
    const input = await makeInput(dir);
    const hash = sha256(input);
    await expect(writeWorkbook(input, path.join(dir, ".", "input.xlsx"), [spec])).rejects.toThrow("is the input");
    const link = path.join(dir, "link.xlsx");
    fs.symlinkSync(input, link);
    await expect(writeWorkbook(input, link, [spec])).rejects.toThrow("is the input");
    expect(sha256(input)).toBe(hash);
  });
});
