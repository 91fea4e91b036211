/**
 * The package writer's chart parts (src/cli/xlsx/write/chartXml.ts) on real data: the SheetSpecs of
 * `pmo-align demo` and `pmo-align frontier` are written as cells and tables by excelts, our drawing and chart parts are put in beside
 * them, and LibreOffice must open the file and re-save every chart on the same ranges.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import * as ExcelJS from "@cj-tech-master/excelts";
import { unzipSync } from "fflate";
import { toolPath } from "../../scripts/lib/requiredTools";
import { parseCell } from "../../src/cli/xlsx/cellRefs";
import { type DrawingParts, drawingParts } from "../../src/cli/xlsx/write/chartXml";
import * as writeWorkbookModule from "../../src/cli/xlsx/writeWorkbook";
import type { CellValue, SheetSpec } from "../../src/sheets/sheetSpec";
import { run, sampleWorkbook, tempDir } from "./helpers";
import { injectDrawings } from "./injectDrawings";

/** Each chart part of an .xlsx as the sorted list of ranges its series plot ($ dropped: LibreOffice may drop them). */
function chartRanges(file: string): string[][] {
  const parts = unzipSync(fs.readFileSync(file), { filter: (f) => /^xl\/charts\/chart\d+\.xml$/.test(f.name) });
  return Object.values(parts)
    .map((data) => [...Buffer.from(data).toString("utf8").matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'").replace(/\$/g, "")).sort())
    .sort((a, b) => a.join().localeCompare(b.join()));
}

/** The cells a spec writes (values; a formula cell's value is its cached result). */
function specCells(spec: SheetSpec): Map<string, CellValue> {
  const cells = new Map<string, CellValue>();
  for (const block of spec.blocks) {
    const { row, col } = parseCell(block.at);
    block.values.forEach((r, i) => r.forEach((v, j) => cells.set(`${row + i},${col + j}`, v)));
  }
  return cells;
}

/** Cells and tables only (no charts): the excelts side of the package. */
async function baseWorkbook(specs: readonly SheetSpec[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of specs) {
    const ws = workbook.addWorksheet(spec.name);
    for (const block of spec.blocks) {
      const { row, col } = parseCell(block.at);
      const headers = block.values[0]?.map(String) ?? [];
      if (block.tableName && block.values.length > 1 && new Set(headers).size === headers.length && headers.every(Boolean)) {
        ws.addTable({ name: block.tableName, ref: block.at, headerRow: true, columns: headers.map((name) => ({ name })), rows: block.values.slice(1).map((r) => [...r]) });
        continue;
      }
      block.values.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(row + i + 1, col + j + 1).value = v)));
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const itSoffice = toolPath("soffice") ? it : it.skip;

describe("DrawingML chart parts in a real results workbook", () => {
  const dir = tempDir("pmo-chartxml-");
  const ours = path.join(dir, "ours.xlsx");
  let specs: readonly SheetSpec[] = [];

  beforeAll(async () => {
    const spy = jest.spyOn(writeWorkbookModule, "writeWorkbook");
    expect((await run(["demo"], dir)).code).toBe(0);
    expect((await run(["frontier", sampleWorkbook, "--out", path.join(dir, "frontier.xlsx")], dir)).code).toBe(0);
    // The demo's sheets, and PMO Selection as the frontier command writes it (efficient frontier, cost against value).
    specs = [...spy.mock.calls[0]![2].filter((s) => s.name !== "PMO Selection"), ...spy.mock.calls[1]![2]];
    spy.mockRestore();
    const bySheet = new Map<string, DrawingParts>();
    for (const spec of specs) {
      if (!spec.charts?.length) continue;
      const cells = specCells(spec);
      bySheet.set(spec.name, drawingParts(spec.name, spec.charts, (r, c) => cells.get(`${r},${c}`) ?? null));
    }
    fs.writeFileSync(ours, await injectDrawings(await baseWorkbook(specs), bySheet));
  }, 180_000);

  it("draws every chart: ranking, selection, resources, dashboard and the others", () => {
    const withCharts = specs.filter((s) => s.charts?.length).map((s) => s.name);
    expect(withCharts).toEqual(expect.arrayContaining(["PMO Ranking", "PMO Selection", "PMO Resources", "PMO Dashboard"]));
    expect(chartRanges(ours)).toHaveLength(specs.reduce((n, s) => n + (s.charts?.length ?? 0), 0));
  });

  itSoffice("LibreOffice opens it and re-saves each chart on the same ranges", () => {
    const outDir = path.join(dir, "lo");
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, ours],
      { stdio: "ignore", timeout: 150_000 },
    );
    const resaved = chartRanges(path.join(outDir, "ours.xlsx"));
    expect(resaved.length).toBeGreaterThanOrEqual(13);
    expect(resaved).toEqual(chartRanges(ours));
  }, 180_000);
});
