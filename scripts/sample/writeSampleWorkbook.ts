/**
 * Writes a SampleCycle as an .xlsx with every table as a real Excel table (ListObject), plus the Examples
 * sheet of =PMO.* formulas in the current cycle.
 */
import ExcelJS from "exceljs";
import { DRIVERS, STAKEHOLDERS } from "./catalogue";
import type { SampleCell, SampleCycle, SampleTable } from "./samplePortfolio";

const TITLE_FONT: Partial<ExcelJS.Font> = { bold: true, size: 13, color: { argb: "FF1F4E79" } };
/** A fixed creation date keeps the file's metadata stable between runs. */
const CREATED = new Date(Date.UTC(2026, 10, 1));

function decode(at: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(at)!;
  return { col: m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0), row: Number(m[2]) };
}

function cellValue(cell: SampleCell): ExcelJS.CellValue {
  if (cell !== null && typeof cell === "object" && !(cell instanceof Date)) return { formula: cell.formula, result: cell.result };
  return cell;
}

function addTable(sheet: ExcelJS.Worksheet, table: SampleTable): void {
  const { row, col } = decode(table.at);
  const title = sheet.getCell(row - 2, col);
  title.value = table.title;
  title.font = TITLE_FONT;
  sheet.addTable({
    name: table.name,
    ref: table.at,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    rows: table.rows.map((r) => r.map(cellValue)),
  });
  table.headers.forEach((h, k) => {
    const column = sheet.getColumn(col + k);
    const width = Math.max(h.length, ...table.rows.slice(0, 60).map((r) => displayLength(r[k])));
    column.width = Math.max(column.width ?? 0, Math.min(42, width + 2));
    const format = table.formats?.[h];
    if (format) {
      for (let r = 0; r < table.rows.length; r++) sheet.getCell(row + 1 + r, col + k).numFmt = format;
    }
  });
}

function displayLength(cell: SampleCell | undefined): number {
  if (cell === null || cell === undefined) return 0;
  if (cell instanceof Date) return 10;
  if (typeof cell === "object") return 6;
  if (typeof cell === "number") return Math.min(12, String(Math.round(cell)).length + 3);
  return cell.length;
}

const IMPACTS = `Projects[[${DRIVERS[0].name}]:[${DRIVERS[DRIVERS.length - 1].name}]]`;
const PAIRWISE = `DriverComparisons[[${DRIVERS[0].name}]:[${DRIVERS[DRIVERS.length - 1].name}]]`;
const STACKED = `StackedJudgements[[${DRIVERS[0].name}]:[${DRIVERS[DRIVERS.length - 1].name}]]`;
const VOTES = `{${STAKEHOLDERS.filter((s) => s.upper).map((s) => s.weight).join(";")}}`;

/** Result shape of an example: rows and columns in terms of the sample's counts. */
type Shape = (n: { projects: number; drivers: number; status: number }) => readonly [number, number];

/** [what it shows, formula without "=", result shape]: each is written live below the list. */
export const EXAMPLE_FORMULAS: readonly (readonly [string, string, Shape])[] = [
  ["Alignment score per project (0–100)", `PMO.ALIGNMENT(${IMPACTS},Drivers[Weight])`, (n) => [n.projects, 1]],
  ["Contribution of each driver to each score", `PMO.CONTRIBUTION(${IMPACTS},Drivers[Weight])`, (n) => [n.projects, n.drivers]],
  ["AHP weights from the pairwise comparisons", `PMO.WEIGHTS(${PAIRWISE})`, (n) => [n.drivers, 1]],
  ["Consistency ratio of the comparisons (acceptable below 0.10)", `PMO.CONSISTENCY(${PAIRWISE})`, () => [1, 1]],
  ["Rank of each project by alignment score", `PMO.RANK(PMO.ALIGNMENT(${IMPACTS},Drivers[Weight]))`, (n) => [n.projects, 1]],
  ["WSJF: cost of delay ÷ job size", "PMO.WSJF(Projects[Cost of Delay],Projects[Job Size])", (n) => [n.projects, 1]],
  ["Earned value per status row: CPI, SPI, CV, SV, EAC, ETC, VAC, TCPI", "PMO.EVM(Status[BAC],Status[PV],Status[EV],Status[AC])", (n) => [n.status, 8]],
  ["Group weights of the four executives (AIJ, the CEO's vote counts double)", `PMO.GROUPWEIGHTS(${STACKED},${VOTES})`, (n) => [n.drivers, 1]],
  ["Consensus of the four executives (Goepel's indicator, 0–1)", `PMO.CONSENSUS(${STACKED},${VOTES})`, () => [1, 1]],
];

/** Column where each live example starts (row 15, label in row 14); spacing leaves room for the results. */
const EXAMPLE_COLUMNS = [1, 3, 10, 12, 14, 16, 18, 27, 29];
const LIVE_ROW = 15;

const letter = (col: number) => {
  let n = col;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/**
 * Live examples are written as array formulas over their result range (`{=…}` in Excel), which every Excel
 * version and LibreOffice calculate in full; exceljs cannot write Excel 365's spilling dynamic-array formulas.
 */
function addExamples(workbook: ExcelJS.Workbook, counts: { projects: number; drivers: number; status: number }): void {
  const sheet = workbook.addWorksheet("Examples");
  sheet.getCell("A1").value = "Example PMO Align formulas";
  sheet.getCell("A1").font = TITLE_FONT;
  sheet.getCell("A2").value =
    "These cells show #NAME? until the PMO Align add-in is loaded (Home › PMO Align); then they calculate. The live results below are array formulas sized for this sample; after adding projects, type the formula into a single cell (Excel 365 spills the result).";
  sheet.getCell("A2").font = { italic: true };
  sheet.getCell("A4").value = "What";
  sheet.getCell("B4").value = "Formula";
  sheet.getCell("C4").value = "Live at";
  [sheet.getCell("A4"), sheet.getCell("B4"), sheet.getCell("C4")].forEach((c) => (c.font = { bold: true }));
  EXAMPLE_FORMULAS.forEach(([what, formula, shape], k) => {
    const col = EXAMPLE_COLUMNS[k];
    const [rows, cols] = shape(counts);
    const ref = `${letter(col)}${LIVE_ROW}:${letter(col + cols - 1)}${LIVE_ROW + rows - 1}`;
    sheet.getCell(5 + k, 1).value = what;
    sheet.getCell(5 + k, 2).value = `=${formula}`;
    sheet.getCell(5 + k, 3).value = ref;
    const label = sheet.getCell(LIVE_ROW - 1, col);
    label.value = what.startsWith("AHP") ? "AHP weights" : what.split(/[:(]/)[0].trim();
    label.font = { bold: true };
    sheet.getCell(LIVE_ROW, col).value = rows * cols === 1 ? { formula } : ({ formula, shareType: "array", ref } as ExcelJS.CellValue);
  });
  sheet.getColumn(1).width = 58;
  sheet.getColumn(2).width = 60;
}

/** The workbook for one cycle; `examples` adds the Examples sheet. */
export function buildSampleWorkbook(cycle: SampleCycle, examples: boolean): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "PMO Align sample generator";
  workbook.created = CREATED;
  workbook.modified = CREATED;
  workbook.calcProperties.fullCalcOnLoad = true;
  const sheets = new Map<string, ExcelJS.Worksheet>();
  for (const table of cycle.tables) {
    let sheet = sheets.get(table.sheet);
    if (!sheet) {
      // Freeze the header on sheets holding one long table.
      const long = table.name === "Projects" || table.name === "Status";
      sheet = workbook.addWorksheet(table.sheet, long ? { views: [{ state: "frozen", ySplit: 3 }] } : {});
      sheets.set(table.sheet, sheet);
    }
    addTable(sheet, table);
  }
  if (examples) {
    const rowsOf = (name: string) => cycle.tables.find((t) => t.name === name)?.rows.length ?? 0;
    addExamples(workbook, { projects: rowsOf("Projects"), drivers: rowsOf("Drivers"), status: rowsOf("Status") });
  }
  return workbook;
}
