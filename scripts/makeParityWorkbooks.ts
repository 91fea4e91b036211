/**
 * Writes the parity corpus (test/fixtures/parity/*.xlsx): copies of assets/sample-portfolio.xlsx that each
 * exercise one rule of the workflow layer (docs/workflow.md). Only cell values inside the existing tables
 * change, so every table keeps its range. Run: npx tsx scripts/makeParityWorkbooks.ts
 */
import * as path from "path";
import ExcelJS from "exceljs";

const ROOT = path.resolve(__dirname, "..");
const SAMPLE = path.join(ROOT, "assets", "sample-portfolio.xlsx");
export const PARITY_DIR = path.join(ROOT, "test", "fixtures", "parity");

type Cell = ExcelJS.CellValue;

/** A table of the workbook by name: its sheet, header row and first column (1-based). */
function tableAt(wb: ExcelJS.Workbook, name: string): { ws: ExcelJS.Worksheet; top: number; left: number; headers: string[]; rows: number } {
  for (const ws of wb.worksheets) {
    const t = ws.getTable(name) as unknown as { table?: { ref?: string; tableRef?: string } } | undefined;
    const ref = t?.table?.tableRef ?? t?.table?.ref;
    if (!ref) continue;
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)!;
    const col = (s: string) => [...s].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
    const [left, top, right, bottom] = [col(m[1]!), Number(m[2]), col(m[3]!), Number(m[4])];
    const headers = Array.from({ length: right - left + 1 }, (_, k) => String(ws.getCell(top, left + k).value));
    return { ws, top, left, headers, rows: bottom - top };
  }
  throw new Error(`no table ${name}`);
}

/** Sets a cell of table `name` in the row whose first column is `key` (or every row when key is null). */
function set(wb: ExcelJS.Workbook, name: string, key: string | null, header: string, value: (old: Cell) => Cell): void {
  const t = tableAt(wb, name);
  const c = t.headers.indexOf(header);
  if (c < 0) throw new Error(`${name} has no column ${header}`);
  let hit = false;
  for (let r = 1; r <= t.rows; r++) {
    if (key !== null && t.ws.getCell(t.top + r, t.left).value !== key) continue;
    const cell = t.ws.getCell(t.top + r, t.left + c);
    cell.value = value(cell.value);
    hit = true;
  }
  if (!hit) throw new Error(`${name} has no row ${key}`);
}

/** Each variant: its file name, what it exercises, and the edit. */
export const VARIANTS: readonly { readonly name: string; readonly rule: string; readonly edit: (wb: ExcelJS.Workbook) => void }[] = [
  { name: "sample", rule: "the sample as shipped", edit: () => undefined },
  {
    name: "halved-capacity",
    rule: "selection respects role capacity",
    edit: (wb) => {
      const t = tableAt(wb, "Capacity");
      for (const h of t.headers.filter((x) => /^\d{4}-\d{2}$/.test(x))) set(wb, "Capacity", null, h, (v) => Number(v) / 2);
    },
  },
  {
    name: "one-sided-rules",
    rule: "Excludes and Together written on one row only",
    edit: (wb) => {
      set(wb, "Projects", "P29", "Excludes", () => null); // P04 Excludes P29 stays
      set(wb, "Projects", "P13", "Excludes", () => null); // P14 Excludes P13: on the later row
      set(wb, "Projects", "P16", "Together", () => null); // P17 Together P16: on the later row
    },
  },
  {
    name: "blank-weight",
    rule: "a blank direct weight is an error naming the cell",
    edit: (wb) => set(wb, "Drivers", "Cost efficiency", "Weight", () => null),
  },
  {
    name: "zero-weights",
    rule: "all-zero weights are an error",
    edit: (wb) => set(wb, "Drivers", null, "Weight", () => 0),
  },
  {
    name: "pairwise-only",
    rule: "no direct weights: AHP weights from DriverComparisons",
    edit: (wb) => {
      set(wb, "Drivers", null, "Weight", () => null);
      set(wb, "Settings", "Weights method", "Value", () => "ahp");
    },
  },
  {
    name: "custom-impact-scale",
    rule: "a custom ImpactScale (scores scale with its maximum)",
    edit: (wb) => {
      const values: Record<string, number> = { None: 0, Low: 2, Moderate: 4, Strong: 7, Extreme: 10 };
      for (const [level, v] of Object.entries(values)) set(wb, "ImpactScale", level, "Value", () => v);
    },
  },
  {
    name: "category-shares",
    rule: "funding-pool shares of a limit, with the score × benefit value basis",
    edit: (wb) => {
      set(wb, "Settings", "Value basis", "Value", () => "scoreTimesBenefit");
      set(wb, "Limits", null, "Min Share", (v) => (v === null || v === undefined ? v : 0.3));
    },
  },
  {
    name: "infeasible-forced",
    rule: "forced-in projects that no portfolio can hold",
    edit: (wb) => {
      for (const id of ["P04", "P21", "P23", "P24", "P27", "P44", "P35", "P22", "P05", "P38"]) set(wb, "Projects", id, "Force", () => "In");
    },
  },
  {
    name: "past-horizon",
    rule: "a project running past the Capacity horizon is planned with its demand cut",
    edit: (wb) => {
      // P24 lasts 11 months from 2027-01; from 2027-06 it runs 4 months past 2027-12.
      set(wb, "Projects", "P24", "Start", () => new Date(Date.UTC(2027, 5, 1)));
      set(wb, "Projects", "P24", "Earliest Start", () => null);
      set(wb, "Projects", "P24", "Latest Start", () => null);
    },
  },
];

async function main(): Promise<void> {
  for (const v of VARIANTS) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(SAMPLE);
    v.edit(wb);
    await wb.xlsx.writeFile(path.join(PARITY_DIR, `${v.name}.xlsx`));
    console.log(`${v.name}.xlsx: ${v.rule}`);
  }
}

if (require.main === module) void main();
