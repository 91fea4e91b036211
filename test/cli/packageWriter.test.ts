/**
 * The package writer (src/cli/xlsx/write/) judged by readers we did not write: excelts reads every value,
 * formula, table and format back as the SheetSpec says; LibreOffice opens the result and its re-saved copy keeps
 * our sheet, table and chart; the user's parts are copied byte for byte; a second run replaces our sheet in place.
 */
import * as ExcelJS from "@cj-tech-master/excelts";
import { installChartSupport } from "@cj-tech-master/excelts/chart";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { writeWorkbook } from "../../src/cli/xlsx/writeWorkbook";
import type { CellValue, SheetSpec } from "../../src/sheets/sheetSpec";
import { PMO_SHEET_MARKER_NAME, a1 } from "../../src/sheets/sheetSpec";
import { toolPath } from "../../scripts/lib/requiredTools";
import { repoRoot, tempDir } from "./helpers";

installChartSupport();

const corpus = (name: string) => path.join(repoRoot, "test", "fixtures", "workbooks", name);
const parts = (file: string) => unzipSync(fs.readFileSync(file));
const text = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? new Uint8Array()).toString("utf8");

const values: CellValue[][] = [
  ["Project", "Score", "score", null, "Flag"],
  ["P1", 80.25, -3, "2027-03", true],
  ["  padded  ", 1e-7, 1e21, "a & <b> \"q\"", false],
  ["Zürich – 東京", 0, 12345678.9, null, null],
];
const spec: SheetSpec = {
  name: "PMO Test",
  blocks: [
    { at: "A1", values: [["Title"]] },
    { at: "B3", header: true, tableName: "PMOTest", values },
    {
      at: "B9",
      values: [["Total", 77.25, "label", true, null]],
      formulas: [[null, "=SUM(C4:C6)", '=IF(C4>0,"label","")', "=C4>0", "=NA()"]],
    },
    { at: "H3", header: true, values: [["Chart", "Value"], ["a", 1], ["b", 2]] },
  ],
  numberFormats: [{ range: "C4:C6", format: "0.0" }, { range: "E4:E6", format: "#,##0.000" }],
  conditionalFormats: [
    { type: "dataBar", range: "C4:C6", color: "#5B9BD5" },
    { type: "colorScale", range: "C4:C6", minColor: "#FFFFFF", midColor: "#FFEB84", midValue: 50, maxColor: "#F8696B" },
    { type: "iconSet", range: "C4:C6", icons: "3Arrows", thresholds: [-0.02, 0.02] },
    { type: "cellValue", range: "C4:C6", operator: "between", formula1: "1", formula2: "90", fill: "#C6EFCE" },
    { type: "textEquals", range: "B4:B6", text: "P1", fill: "#FFC7CE", fontColor: "#9C0006" },
  ],
  charts: [{ kind: "columnClustered", title: "Values", dataRange: "H3:I5", seriesBy: "columns", anchor: "K3", width: 300, height: 200, name: "PMOTestChart" }],
  columnWidths: [4, 14, 9],
  freezeRows: 3,
  bold: ["A1"],
  fills: [{ range: "B9:C9", color: "#DDEBF7" }],
  print: { area: "A1:F9", landscape: true, fitToOnePage: true },
};

async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("package writer, read back by excelts", () => {
  const dir = tempDir("pmo-writer-");
  const out = path.join(dir, "out.xlsx");
  beforeAll(() => writeWorkbook(corpus("openpyxl-minimal.xlsx"), out, [spec]));

  it("every value and formula with its cached result, as the SheetSpec says", async () => {
    const ws = (await readBack(out)).getWorksheet("PMO Test")!;
    const cell = (ref: string) => ws.getCell(ref).value;
    expect(cell("A1")).toBe("Title");
    // Table headers are the unique column names Excel needs ("score" repeats "Score" without regard to case).
    expect(["B3", "C3", "D3", "E3", "F3"].map(cell)).toEqual(["Project", "Score", "score2", "Column4", "Flag"]);
    values.slice(1).forEach((row, i) =>
      row.forEach((v, j) => {
        expect([a1(3 + i, 1 + j), cell(a1(3 + i, 1 + j))]).toEqual([a1(3 + i, 1 + j), v]);
      }),
    );
    expect(cell("B9")).toBe("Total");
    expect(cell("C9")).toEqual({ formula: "SUM(C4:C6)", result: 77.25 });
    expect(cell("D9")).toEqual({ formula: 'IF(C4>0,"label","")', result: "label" });
    expect(cell("E9")).toEqual({ formula: "C4>0", result: true });
    expect((cell("F9") as { formula: string }).formula).toBe("NA()");
  });

  it("tables, number formats, header and bold fonts, fills, widths, frozen rows and print setup", async () => {
    const ws = (await readBack(out)).getWorksheet("PMO Test")!;
    const table = ws.getTable("PMOTest") as unknown as { table: { tableRef?: string; ref?: string; columns: { name: string }[]; style?: { theme?: string; showRowStripes?: boolean } } };
    expect(table.table.columns.map((c) => c.name)).toEqual(["Project", "Score", "score2", "Column4", "Flag"]);
    expect(table.table.tableRef ?? table.table.ref).toBe("B3:F6");
    expect(table.table.style).toMatchObject({ theme: "TableStyleMedium2", showRowStripes: true });
    expect(ws.getCell("C4").numFmt).toBe("0.0");
    expect(ws.getCell("E5").numFmt).toBe("#,##0.000");
    expect(ws.getCell("B4").numFmt ?? "General").toBe("General");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("H3").font).toMatchObject({ bold: true, color: { argb: "FFFFFFFF" } });
    expect(ws.getCell("H3").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FF1F4E79" } });
    expect(ws.getCell("C9").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect([1, 2, 3].map((c) => ws.getColumn(c).width)).toEqual([4, 14, 9]);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1 });
    expect(ws.pageSetup.printArea).toMatch(/A\$?1:\$?F\$?9/);
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; operator?: string }[] }[] }).conditionalFormattings;
    expect(cfs.map((c) => [c.ref, c.rules[0]!.type, c.rules[0]!.operator ?? ""])).toEqual([
      ["C4:C6", "dataBar", ""],
      ["C4:C6", "colorScale", ""],
      ["C4:C6", "iconSet", ""],
      ["C4:C6", "cellIs", "between"],
      ["B4:B6", "cellIs", "equal"],
    ]);
  });

  it("the worksheet's children follow the schema order Excel enforces", () => {
    // openpyxl's workbook has sheet1 and sheet2; ours is the next free name.
    const xml = text(parts(out)["xl/worksheets/sheet3.xml"]);
    const order = ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "conditionalFormatting", "printOptions", "pageMargins", "pageSetup", "drawing", "legacyDrawing", "tableParts"];
    const children = [...xml.replace(/<sheetData>.*<\/sheetData>/s, "<sheetData/>").matchAll(/<(\w+)[\s/>]/g)].map((m) => m[1]!).filter((t) => order.includes(t));
    const ranks = children.map((c) => order.indexOf(c));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(children)).toEqual(new Set(order.filter((o) => o !== "printOptions" && o !== "legacyDrawing")));
  });
});

describe("the user's workbook is kept", () => {
  it("every part of the input other than the four we edit is copied byte for byte, extra parts included", async () => {
    const dir = tempDir("pmo-writer-");
    // openpyxl's workbook plus parts we know nothing about: a custom XML item referenced from the package, and one referenced from nowhere.
    const input = parts(corpus("openpyxl-minimal.xlsx"));
    input["customXml/item1.xml"] = strToU8('<?xml version="1.0"?><data xmlns="urn:example">kept</data>');
    input["xl/unknown/blob.bin"] = new Uint8Array([0, 1, 2, 250, 251, 252]);
    input["_rels/.rels"] = strToU8(text(input["_rels/.rels"]).replace("</Relationships>", '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="/customXml/item1.xml" Id="rId99"/></Relationships>'));
    const file = path.join(dir, "in.xlsx");
    fs.writeFileSync(file, zipSync(input));
    for (const source of [file, corpus("libreoffice-sample.xlsx")]) {
      const out = path.join(dir, `out-${path.basename(source)}`);
      await writeWorkbook(source, out, [spec]);
      const before = parts(source);
      const after = parts(out);
      const edited = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];
      for (const [name, bytes] of Object.entries(before)) {
        if (edited.includes(name)) continue;
        expect([source, name, Buffer.from(after[name] ?? []).equals(Buffer.from(bytes))]).toEqual([source, name, true]);
      }
      // The edited parts keep what the user had: every sheet, relationship and style count only grows.
      expect(text(after["xl/workbook.xml"])).toMatch(/name="Drivers"[^>]*\/>.*name="Projects"/s);
      const names = (await readBack(out)).worksheets.map((w) => w.name);
      expect(names).toEqual([...(await readBack(source)).worksheets.map((w) => w.name), "PMO Test"]);
    }
  });

  it("a second run replaces our sheet in place: same position, no duplicate sheet, table, chart or marker", async () => {
    const dir = tempDir("pmo-writer-");
    const first = path.join(dir, "first.xlsx");
    const second = path.join(dir, "second.xlsx");
    const sample = corpus("libreoffice-sample.xlsx");
    await writeWorkbook(sample, first, [spec, { ...spec, name: "PMO Other", blocks: spec.blocks.map((b) => (b.tableName ? { ...b, tableName: "PMOOther" } : b)) }]);
    // Our first sheet now sits between user sheets; it must stay there.
    await writeWorkbook(first, second, [{ ...spec, blocks: [...spec.blocks, { at: "A12", values: [["second run"]] }] }]);
    const names = (await readBack(second)).worksheets.map((w) => w.name);
    expect(names).toEqual((await readBack(first)).worksheets.map((w) => w.name));
    expect(names.filter((n) => n === "PMO Test")).toHaveLength(1);
    expect((await readBack(second)).getWorksheet("PMO Test")!.getCell("A12").value).toBe("second run");
    const files = parts(second);
    const count = (re: RegExp) => Object.keys(files).filter((n) => re.test(n)).length;
    expect(count(/^xl\/charts\/chart\d+\.xml$/)).toBe(2);
    expect(count(/^xl\/drawings\/drawing\d+\.xml$/)).toBe(2);
    const tablesIn = (f: Record<string, Uint8Array>) => Object.keys(f).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n)).length;
    expect(tablesIn(files)).toBe(tablesIn(parts(first)));
    const workbookXml = text(files["xl/workbook.xml"]);
    expect(workbookXml.match(new RegExp(`name="${PMO_SHEET_MARKER_NAME}"`, "g"))).toHaveLength(2);
    expect(workbookXml.match(/_xlnm\.Print_Area/g)).toHaveLength(2);
    assertConsistentPackage(files);
    const tables = Object.entries(files).filter(([n]) => /^xl\/tables\/table\d+\.xml$/.test(n)).map(([, b]) => text(b));
    const ids = tables.map((t) => /\bid="(\d+)"/.exec(t)![1]);
    const tableNames = tables.map((t) => /\bname="([^"]+)"/.exec(t)![1]!.toLowerCase());
    expect(new Set(ids).size).toBe(tables.length);
    expect(new Set(tableNames).size).toBe(tables.length);
    expect(tableNames).toEqual(expect.arrayContaining(["pmotest", "pmoother"]));
  });

  it("a table name the user already uses gets a number, and table ids stay unique", async () => {
    const dir = tempDir("pmo-writer-");
    const out = path.join(dir, "out.xlsx");
    await writeWorkbook(corpus("openpyxl-minimal.xlsx"), out, [{ ...spec, blocks: spec.blocks.map((b) => (b.tableName ? { ...b, tableName: "projects" } : b)) }]);
    const files = parts(out);
    const tables = Object.entries(files).filter(([n]) => n.startsWith("xl/tables/")).map(([, b]) => text(b));
    expect(tables.map((t) => /\bname="([^"]+)"/.exec(t)![1])).toEqual(expect.arrayContaining(["Projects", "projects2"]));
    expect(new Set(tables.map((t) => /\bid="(\d+)"/.exec(t)![1])).size).toBe(tables.length);
    assertConsistentPackage(files);
  });
});

const itSoffice = toolPath("soffice") ? it : it.skip;
describe("LibreOffice opens what we write", () => {
  itSoffice(
    "a new workbook and a copy of openpyxl's: the re-saved files keep our sheet, its table, values and chart",
    async () => {
      const dir = tempDir("pmo-writer-lo-");
      const fresh = path.join(dir, "fresh.xlsx");
      const copy = path.join(dir, "copy.xlsx");
      await writeWorkbook(null, fresh, [spec]);
      await writeWorkbook(corpus("openpyxl-minimal.xlsx"), copy, [spec]);
      const outDir = path.join(dir, "lo");
      execFileSync(
        "soffice",
        [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, fresh, copy],
        { stdio: "ignore", timeout: 120_000 },
      );
      for (const name of ["fresh.xlsx", "copy.xlsx"]) {
        const resaved = path.join(outDir, name);
        const wb = await readBack(resaved);
        const ws = wb.getWorksheet("PMO Test")!;
        expect([name, ws.getCell("C4").value, ws.getCell("B5").value, ws.getCell("C9").value]).toEqual([name, 80.25, "  padded  ", { formula: "SUM(C4:C6)", result: 77.25 }]);
        const files = parts(resaved);
        const tables = Object.entries(files).filter(([n]) => n.startsWith("xl/tables/")).map(([, b]) => text(b));
        expect(tables.some((t) => /name="PMOTest"/.test(t) && /ref="B3:F6"/.test(t))).toBe(true);
        const charts = Object.entries(files).filter(([n]) => /^xl\/charts\/chart\d+\.xml$/.test(n)).map(([, b]) => text(b));
        expect(charts).toHaveLength(1);
        expect(charts[0]!.replace(/&apos;/g, "'")).toContain("<c:f>'PMO Test'!$I$4:$I$5</c:f>");
        if (name === "copy.xlsx") expect(wb.worksheets.map((w) => w.name)).toEqual(["Drivers", "Projects", "PMO Test"]);
      }
    },
    180_000,
  );
});

/** Every override names a part that exists, and every internal relationship points at one. */
function assertConsistentPackage(files: Record<string, Uint8Array>): void {
  const names = new Set(Object.keys(files).map((n) => n.toLowerCase()));
  for (const m of text(files["[Content_Types].xml"]).matchAll(/PartName="\/([^"]+)"/g)) expect([m[1], names.has(m[1]!.toLowerCase())]).toEqual([m[1], true]);
  for (const [name, bytes] of Object.entries(files)) {
    if (!name.endsWith(".rels")) continue;
    const base = name.replace(/_rels\/[^/]*\.rels$/, "");
    for (const m of text(bytes).matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(m[0])) continue;
      const target = /Target="([^"]+)"/.exec(m[0])![1]!;
      const resolved = path.posix.normalize(target.startsWith("/") ? target.slice(1) : base + target);
      expect([name, resolved, names.has(resolved.toLowerCase())]).toEqual([name, resolved, true]);
    }
  }
}
