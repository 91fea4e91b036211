/**
 * An Excel error value (#N/A, #REF!) stops only the features whose column holds it, and the same ones in the
 * CLI (the .xlsx reader's problems) and the task pane (Office.js `valueTypes` "Error", read through the Excel
 * host double): one workbook, written with exceljs, read both ways.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { blockedFeatures, type Feature, readPortfolio, type WorkbookProblem } from "../../src/engine/portfolio";
import { readTablesFromFile } from "../../src/cli/xlsx/readTables";
import { installHostDouble } from "../../src/excel/testing/hostDouble";
import { readTables as readTablesInPane } from "../../src/excel/readTables";
import { parseWorkbook } from "../../src/taskpane/engineBridge";
import { fixtureFromXlsx } from "../e2e/support/xlsxFixture";
import { tempDir } from "../cli/helpers";

type Cell = string | number | { error: string };
type Grid = Record<string, Cell[][]>;

/** Drivers, Projects, Limits, Capacity, Demand, Status, Settings and a table of the user's own. */
function portfolio(valueBasis: string): Grid {
  return {
    Drivers: [["Driver", "Description", "Weight"], ["Customers", "Serve them", 60], ["Savings", "Spend less", 40]],
    Projects: [
      ["Project", "Name", "Owner", "Category", "Cost", "Benefit", "Start", "Duration months", "Customers", "Savings"],
      ["P1", "CRM", "Ana", "Grow", 100, 300, "2027-01", 2, "Strong", "Low"],
      ["P2", "ERP", "Ben", "Run", 200, 250, "2027-02", 3, "Low", "Strong"],
      ["P3", "BI", "Chloé", "Grow", 150, 400, "2027-03", 2, "Moderate", "Moderate"],
    ],
    Limits: [["Limit", "Amount"], ["Cost", 300]],
    Capacity: [["Role", "Unit", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06"], ["Developer", "FTE", 3, 3, 3, 3, 3, 3]],
    Demand: [["Project", "Role", "Month Offset", "FTE"], ["P1", "Developer", 0, 1], ["P2", "Developer", 0, 2]],
    Status: [["Project", "Period", "BAC", "PV", "EV", "AC"], ["P1", "2027-02", 100, 50, 40, 45]],
    Settings: [["Key", "Value"], ["Value basis", valueBasis]],
    MyNotes: [["Topic", "Figure"], ["Budget", 12]],
  };
}

async function writeWorkbook(grid: Grid, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(grid)) {
    const ws = wb.addWorksheet(name);
    ws.addTable({
      name,
      ref: "A1",
      headerRow: true,
      columns: (rows[0] as string[]).map((h) => ({ name: h })),
      rows: rows.slice(1).map((r) => r.map((v) => (typeof v === "object" ? { error: v.error } : v))) as ExcelJS.CellValue[][],
    });
  }
  await wb.xlsx.writeFile(file);
}

interface Outcome {
  readonly blocked: Feature[];
  readonly problems: { severity: string; table: string; row?: number; column?: string; cell?: string }[];
}

const outcome = (problems: readonly WorkbookProblem[], blocked: Iterable<Feature>): Outcome => ({
  blocked: [...blocked].sort(),
  problems: problems.map((p) => ({ severity: p.severity, table: p.table, row: p.row, column: p.column, cell: p.cell })),
});

async function cli(file: string): Promise<Outcome> {
  const read = await readTablesFromFile(file);
  const { problems } = readPortfolio(read.tables, { readerProblems: read.problems });
  return outcome(problems, blockedFeatures(problems));
}

async function pane(file: string): Promise<Outcome> {
  installHostDouble(await fixtureFromXlsx(file));
  const parsed = parseWorkbook(await readTablesInPane(), {});
  return outcome(parsed.problems, parsed.blocked);
}

const ALL_BUT_STATUS: Feature[] = ["allocation", "review", "scoring", "selection"];

const cases: { name: string; table: string; row: number; column: number; code: string; basis?: string; blocked: Feature[]; severity: "error" | "warning" }[] = [
  { name: "#N/A in Projects[Owner] blocks nothing", table: "Projects", row: 1, column: 2, code: "#N/A", blocked: [], severity: "warning" },
  { name: "#N/A in Projects[Benefit] with value basis score blocks only Review", table: "Projects", row: 2, column: 5, code: "#N/A", blocked: ["review"], severity: "error" },
  {
    name: "#N/A in Projects[Benefit] with value basis benefit blocks Selection (and Resources, which keeps its rules)",
    table: "Projects", row: 2, column: 5, code: "#N/A", basis: "benefit", blocked: ["allocation", "review", "selection"], severity: "error",
  },
  { name: "#REF! in a driver column blocks Scoring and everything built on it", table: "Projects", row: 3, column: 8, code: "#REF!", blocked: ALL_BUT_STATUS, severity: "error" },
  { name: "#DIV/0! in Projects[Start] blocks Resources", table: "Projects", row: 1, column: 6, code: "#DIV/0!", blocked: ["allocation"], severity: "error" },
  { name: "#N/A in Capacity blocks Resources", table: "Capacity", row: 1, column: 3, code: "#N/A", blocked: ["allocation"], severity: "error" },
  { name: "#VALUE! in Status blocks Status", table: "Status", row: 1, column: 4, code: "#VALUE!", blocked: ["monitoring"], severity: "error" },
  { name: "#N/A in Limits blocks Selection", table: "Limits", row: 1, column: 1, code: "#N/A", blocked: ["allocation", "selection"], severity: "error" },
  { name: "#N/A in a table of the user's own blocks nothing", table: "MyNotes", row: 1, column: 1, code: "#N/A", blocked: [], severity: "warning" },
  { name: "#REF! in the project id blocks every feature", table: "Projects", row: 1, column: 0, code: "#REF!", blocked: ["allocation", "monitoring", "review", "scoring", "selection"], severity: "error" },
];

describe("an Excel error value stops only the features whose column holds it, in the CLI and the pane alike", () => {
  const dir = tempDir("pmo-error-values-");

  it("the workbook without error values blocks nothing on either path", async () => {
    const file = path.join(dir, "clean.xlsx");
    await writeWorkbook(portfolio("score"), file);
    expect(await cli(file)).toEqual({ blocked: [], problems: [] });
    expect(await pane(file)).toEqual({ blocked: [], problems: [] });
  });

  it.each(cases)("$name", async (c) => {
    const grid = portfolio(c.basis ?? "score");
    grid[c.table]![c.row]![c.column] = { error: c.code };
    const file = path.join(dir, `${c.table}-${c.row}-${c.column}-${c.basis ?? "score"}.xlsx`);
    await writeWorkbook(grid, file);
    const fromCli = await cli(file);
    expect(fromCli.blocked).toEqual(c.blocked);
    // One problem for the cell (no second "expected a number" for the blank it reads as), naming it; without
    // its id, P1 is unknown to Demand and Status, which say so.
    const header = grid[c.table]![0]![c.column] as string;
    const letter = String.fromCharCode(65 + c.column);
    expect(fromCli.problems[0]).toEqual({ severity: c.severity, table: c.table, row: c.row, column: header, cell: `${c.table}!${letter}${c.row + 1}` });
    expect(fromCli.problems.slice(1).map((p) => p.table)).toEqual(c.column === 0 && c.table === "Projects" ? ["Demand", "Status"] : []);
    expect(await pane(file)).toEqual(fromCli);
  });

  it("words the problem the same way on both paths, saying when the value is read as blank", async () => {
    const grid = portfolio("score");
    grid.Projects![1]![2] = { error: "#N/A" };
    const file = path.join(dir, "owner-words.xlsx");
    await writeWorkbook(grid, file);
    const read = await readTablesFromFile(file);
    const fromCli = readPortfolio(read.tables, { readerProblems: read.problems }).problems.map((p) => p.message);
    installHostDouble(await fixtureFromXlsx(file));
    const fromPane = parseWorkbook(await readTablesInPane(), {}).problems.map((p) => p.message);
    expect(fromCli).toEqual([
      "table Projects, row 1, column 'Owner': the cell holds the Excel error #N/A; fix its formula or type a value (read as blank: no feature uses this column)",
    ]);
    expect(fromPane).toEqual(fromCli);
  });
});
