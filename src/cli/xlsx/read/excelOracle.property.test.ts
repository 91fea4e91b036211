/**
 * An oracle we did not write: random tables (numbers, unicode text, booleans, blanks, dates, either date
 * system) written by excelts, read back by excelts' own reader and by our streaming reader; both must give the
 * same tables and problems. The same holds for every workbook of the corpus (openpyxl, exceljs, LibreOffice)
 * and for the bundled sample.
 */
import * as ExcelJS from "@cj-tech-master/excelts";
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { readTables, readTablesFromBuffer } from "../readTables";

type Cell = string | number | boolean | Date | null;

const text = fc.string({ unit: "grapheme", maxLength: 12 });
const cell: fc.Arbitrary<Cell> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  text,
  fc.boolean(),
  fc.constant(null),
  // Whole milliseconds from 1901 to 2099, as a user's dates (and times of day) are.
  fc.integer({ min: Date.UTC(1901, 0, 1), max: Date.UTC(2099, 11, 31) }).map((ms) => new Date(ms)),
);

const tableSpec = fc
  .record({
    headers: fc.uniqueArray(fc.string({ unit: "grapheme", minLength: 1, maxLength: 10 }).filter((h) => h.trim() !== ""), {
      minLength: 1,
      maxLength: 5,
      selector: (h) => h.trim().toLowerCase(),
    }),
    top: fc.integer({ min: 1, max: 4 }),
    left: fc.integer({ min: 1, max: 4 }),
    rowCount: fc.integer({ min: 1, max: 8 }),
    seed: fc.array(cell, { minLength: 40, maxLength: 40 }),
  })
  .map(({ headers, top, left, rowCount, seed }) => ({
    headers,
    ref: `${String.fromCharCode(64 + left)}${top}`,
    rows: Array.from({ length: rowCount }, (_, r) => headers.map((__, k) => seed[(r * headers.length + k) % seed.length] ?? null)),
  }));

describe("the streaming reader against excelts' reader", () => {
  it("reads what excelts wrote exactly as excelts reads it", async () => {
    await fc.assert(
      fc.asyncProperty(tableSpec, tableSpec, fc.boolean(), fc.constantFrom("Projects", "Pläne ✓ & <Co>"), async (projects, drivers, date1904, sheetName) => {
        const wb = new ExcelJS.Workbook();
        wb.properties.date1904 = date1904;
        const add = (sheet: string, name: string, t: typeof projects) =>
          wb.addWorksheet(sheet).addTable({ name, ref: t.ref, headerRow: true, columns: t.headers.map((h) => ({ name: h })), rows: t.rows });
        add(sheetName, "Projects", projects);
        add("Drivers", "Drivers", drivers);
        const bytes = new Uint8Array(await wb.xlsx.writeBuffer());

        const theirs = new ExcelJS.Workbook();
        await theirs.xlsx.load(bytes);
        const expected = readTables(theirs);
        const ours = await readTablesFromBuffer(bytes);
        expect(ours).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});

describe("the streaming reader against excelts' reader on real files", () => {
  const root = path.resolve(__dirname, "..", "..", "..", "..");
  const corpus = path.join(root, "test", "fixtures", "workbooks");
  const files = [
    ...fs
      .readdirSync(corpus)
      // The 20,000-project file takes excelts half a minute here; corpus.test.ts scores it through the CLI.
      .filter((f) => f.endsWith(".xlsx") && !f.startsWith("broken-") && !f.startsWith("encrypted") && !f.includes("20000"))
      .map((f) => path.join(corpus, f)),
    path.join(root, "assets", "sample-portfolio.xlsx"),
  ];

  it.each(files.map((f) => [path.basename(f), f]))("%s", async (_, file) => {
    const bytes = new Uint8Array(fs.readFileSync(file));
    const theirs = new ExcelJS.Workbook();
    await theirs.xlsx.load(bytes);
    const expected = readTables(theirs);
    const ours = await readTablesFromBuffer(bytes);
    expect(ours.tables.length).toBeGreaterThan(0);
    expect(ours).toEqual(expected);
  }, 60_000);
});
