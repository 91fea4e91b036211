/**
 * The bundled sample workbooks (assets/), read the way the CLI reads them: they match the generator, parse
 * without problems, score, and convert into valid selection and allocation problems. Broken copies of the
 * sample's tables produce problems at the exact table, row and column.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { readTablesFromFile } from "../../src/cli/xlsx/readTables";
import { isoDateToExcelSerial } from "../../src/engine/portfolio/months";
import { readPortfolio } from "../../src/engine/portfolio/readPortfolio";
import { projectValues, toAllocationProblem, toSelectionProblem } from "../../src/workflow";
import { scorePortfolio } from "../../src/engine/portfolio/scorePortfolio";
import type { RawCell, TableData } from "../../src/engine/portfolio/tableData";
import type { Portfolio } from "../../src/engine/portfolio/types";
import { checkSelectionProblem } from "../../src/engine/selection";
import { validateAllocationProblem } from "../../src/engine/resources";
import { toolPath } from "../../scripts/lib/requiredTools";
import { currentCycle, previousCycle, type SampleCell } from "../../scripts/sample/samplePortfolio";

const ASSETS = path.resolve(__dirname, "..", "..", "assets");

let tables: TableData[];
let previousTables: TableData[];
let portfolio: Portfolio;

beforeAll(async () => {
  tables = (await readTablesFromFile(path.join(ASSETS, "sample-portfolio.xlsx"))).tables;
  previousTables = (await readTablesFromFile(path.join(ASSETS, "sample-portfolio-previous-cycle.xlsx"))).tables;
  const read = readPortfolio(tables);
  expect(read.problems).toEqual([]);
  portfolio = read.portfolio!;
});

/** A generator cell as the reader returns it: dates as serials, formulas as their result. */
function asRead(cell: SampleCell): RawCell {
  if (cell instanceof Date) return isoDateToExcelSerial(cell.toISOString());
  if (cell !== null && typeof cell === "object") return cell.result;
  return cell;
}

describe("the committed sample workbooks match the generator (run `npm run sample` after changing it)", () => {
  it("current cycle", () => {
    const { cycle } = currentCycle();
    for (const expected of cycle.tables) {
      const actual = tables.find((t) => t.name === expected.name)!;
      expect(actual.headers).toEqual(expected.headers);
      expect(actual.rows).toEqual(expected.rows.map((r) => r.map(asRead)));
    }
    expect(tables.map((t) => t.name).sort()).toEqual(cycle.tables.map((t) => t.name).sort());
  });

  it("previous cycle", () => {
    const { projects } = currentCycle();
    for (const expected of previousCycle(projects).tables) {
      const actual = previousTables.find((t) => t.name === expected.name)!;
      expect(actual.rows).toEqual(expected.rows.map((r) => r.map(asRead)));
    }
  });
});

describe("the sample portfolio", () => {
  it("has the promised content", () => {
    expect(portfolio.projects).toHaveLength(48);
    expect(portfolio.drivers.map((d) => d.name)).toEqual(["Customer experience", "Revenue growth", "Cost efficiency", "Risk & compliance", "Innovation", "Employee engagement"]);
    expect(portfolio.capacity.map((r) => r.role)).toEqual(["Developer", "Analyst", "Architect", "Tester"]);
    expect(portfolio.horizon.months).toHaveLength(12);
    expect(portfolio.horizon.months[0]).toBe("2027-01");
    expect(portfolio.limits.map((l) => l.name)).toEqual(["CapEx", "OpEx"]);
    expect(new Set(portfolio.projects.map((p) => p.category))).toEqual(new Set(["Run", "Grow", "Transform"]));
    expect(portfolio.projects.filter((p) => p.force === "in")).toHaveLength(3);
    expect(portfolio.projects.filter((p) => p.force === "out")).toHaveLength(2);
    expect(portfolio.projects.filter((p) => p.dependsOn.length > 0).length).toBeGreaterThanOrEqual(5);
    expect(portfolio.projects.filter((p) => p.excludes.length > 0).length).toBeGreaterThanOrEqual(4);
    expect(new Set(portfolio.projects.map((p) => p.owner)).size).toBeGreaterThanOrEqual(5);
  });

  it("reads typed values: names, dates, words and costs per limit", () => {
    const p2 = portfolio.projects.find((p) => p.id === "P02")!;
    expect(p2).toMatchObject({ name: "Customer portal v2", category: "Grow", dependsOn: ["P03"] });
    expect(p2.cost).toBe(p2.costs.CapEx + p2.costs.OpEx);
    expect(p2.impactWords.every((w) => typeof w === "string")).toBe(true);
    const erp = portfolio.projects.find((p) => p.name === "ERP upgrade")!;
    expect(erp).toMatchObject({ force: "in", startMonth: "2027-01", start: 0 });
    const payroll = portfolio.projects.find((p) => p.name === "Payroll system replacement")!;
    const alternative = portfolio.projects.find((p) => p.name === "Payroll upgrade in place")!;
    expect(payroll.excludes).toEqual([alternative.id]);
    expect(alternative.excludes).toEqual([payroll.id]);
  });

  it("every project fits the capacity horizon and every demand row lies inside its project", () => {
    for (const p of portfolio.projects) {
      expect(p.start).toBeGreaterThanOrEqual(0);
      expect(p.start + p.duration).toBeLessThanOrEqual(12);
      expect(p.earliestStart!).toBeLessThanOrEqual(p.start);
      expect(p.latestStart!).toBeGreaterThanOrEqual(p.start);
    }
    const duration = new Map(portfolio.projects.map((p) => [p.id, p.duration]));
    expect(portfolio.demand.every((d) => d.monthOffset < duration.get(d.project)!)).toBe(true);
  });

  it("has three reporting periods for each project under way", () => {
    const byProject = new Map<string, string[]>();
    for (const s of portfolio.status) byProject.set(s.project, [...(byProject.get(s.project) ?? []), s.period]);
    expect(byProject.size).toBeGreaterThanOrEqual(8);
    for (const periods of byProject.values()) expect(periods).toEqual(["2027-01", "2027-02", "2027-03"]);
  });

  it("scores in 0–100 with weights summing to 1; its judgements are acceptable but one is worth fixing", () => {
    const scores = scorePortfolio(portfolio);
    expect(scores.method).toBe("direct");
    expect(scores.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(scores.weights).toEqual([0.28, 0.23, 0.15, 0.15, 0.11, 0.08].map((w) => expect.closeTo(w, 12)));
    for (const s of scores.scores) {
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(100);
    }
    expect(scores.ranking).toHaveLength(48);
    expect(scores.ranking[0].score).toBe(Math.max(...scores.scores));
    expect(scores.ahp!.cr).toBeGreaterThan(0.05);
    expect(scores.ahp!.cr).toBeLessThan(0.1);
    const worst = scores.ahp!.inconsistencies[0];
    expect([worst.rowLabel, worst.columnLabel]).toEqual(["Innovation", "Employee engagement"]);
    expect(worst.crIfChanged).toBeLessThan(scores.ahp!.cr / 2);

    const ahp = scorePortfolio(portfolio, { method: "ahp" });
    expect(ahp.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(ahp.weights).toEqual(ahp.ahp!.weights);
  });

  it("converts into a valid selection problem", () => {
    const scores = scorePortfolio(portfolio);
    const problem = toSelectionProblem(portfolio, scores, { valueBasis: "scoreTimesBenefit" });
    expect(() => checkSelectionProblem(problem)).not.toThrow();
    expect(problem.projects).toHaveLength(48);
    expect(problem.limits).toEqual({ CapEx: portfolio.limits[0].amount, OpEx: portfolio.limits[1].amount });
    expect(problem.projects[1].value).toBeCloseTo((scores.scores[1] / 100) * portfolio.projects[1].benefit, 6);
    expect(problem.forceIn).toHaveLength(3);
    expect(problem.requires).toContainEqual(["P02", "P03"]);
    expect(problem.exclusive!.length).toBe(3);
    expect(problem.together).toEqual([[expect.any(String), expect.any(String)]]);
    expect(problem.categoryShares).toEqual([
      { limit: "CapEx", category: "Run", min: 0.2 },
      { limit: "CapEx", category: "Transform", max: 0.45 },
    ]);
    // Role totals over the horizon: capacity is the sum of the Capacity row; demand the sum of Demand rows.
    const developer = portfolio.capacity.find((r) => r.role === "Developer")!;
    expect(problem.roleCapacity!.Developer).toBe(developer.capacity.reduce((a, b) => a + b, 0));
    const p01Dev = portfolio.demand.filter((d) => d.project === "P01" && d.role === "Developer").reduce((a, d) => a + d.amount, 0);
    expect(problem.projects[0].roleDemand!.Developer).toBe(p01Dev);
  });

  it("converts into a valid allocation problem", () => {
    const values = projectValues(portfolio, scorePortfolio(portfolio), "score");
    const problem = toAllocationProblem(portfolio, values, { maxShift: 1 });
    expect(() => validateAllocationProblem(problem)).not.toThrow();
    expect(problem.months).toEqual(portfolio.horizon.months);
    expect(problem.maxShift).toBe(1);
    expect(problem.unit).toBe("FTE");
    expect(Object.keys(problem.rates!)).toEqual(["Developer", "Analyst", "Architect", "Tester"]);
    expect(problem.finishToStart).toHaveLength(1);
    for (const p of problem.projects) {
      for (const row of Object.values(p.demand)) expect(row).toHaveLength(p.duration);
    }
    expect(toAllocationProblem(portfolio, values).maxShift).toBe(portfolio.settings.maxShift);
  });
});

describe("the Examples sheet", () => {
  it("holds =PMO.* array formulas over the tables, sized to the sample", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(ASSETS, "sample-portfolio.xlsx"));
    const sheet = wb.getWorksheet("Examples")!;
    const live = (address: string) => sheet.getCell(address).value as { formula: string; shareType?: string; ref?: string };
    expect(live("A15")).toMatchObject({ formula: "PMO.ALIGNMENT(Projects[[Customer experience]:[Employee engagement]],Drivers[Weight])", shareType: "array", ref: "A15:A62" });
    expect(live("C15")).toMatchObject({ formula: expect.stringMatching(/^PMO\.CONTRIBUTION\(/), ref: "C15:H62" });
    expect(live("J15")).toMatchObject({ formula: expect.stringMatching(/^PMO\.WEIGHTS\(DriverComparisons\[/), ref: "J15:J20" });
    expect(live("L15").formula).toMatch(/^PMO\.CONSISTENCY\(/);
    expect(live("R15")).toMatchObject({ formula: "PMO.EVM(Status[BAC],Status[PV],Status[EV],Status[AC])", ref: `R15:Y${14 + portfolio.status.length}` });
    expect(String(sheet.getCell("A2").value)).toContain("#NAME?");
  });
});

(toolPath("soffice") ? describe : describe.skip)("the sample re-saved by LibreOffice (as users' files may be)", () => {
  it("reads the same portfolio", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pmo-sample-lo-"));
    try {
      execFileSync(
        "soffice",
        [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", dir, path.join(ASSETS, "sample-portfolio.xlsx")],
        { stdio: "ignore", timeout: 90_000 },
      );
      const { tables: resaved, problems: readProblems } = await readTablesFromFile(path.join(dir, "sample-portfolio.xlsx"));
      expect(readProblems).toEqual([]);
      const { portfolio: again, problems } = readPortfolio(resaved);
      expect(problems).toEqual([]);
      expect(again).toEqual(portfolio);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the previous-cycle workbook", () => {
  it("reads without problems and shares projects with the current cycle, with outcomes for finished ones", () => {
    const { portfolio: previous, problems } = readPortfolio(previousTables);
    expect(problems).toEqual([]);
    const currentIds = new Set(portfolio.projects.map((p) => p.id));
    const shared = previous!.projects.filter((p) => currentIds.has(p.id));
    expect(shared.length).toBeGreaterThanOrEqual(30);
    const finished = previous!.projects.filter((p) => p.finalCost !== undefined);
    expect(finished.length).toBeGreaterThanOrEqual(10);
    expect(finished.every((p) => p.benefitRealised !== undefined && !currentIds.has(p.id))).toBe(true);
    // Some ratings and weights moved between cycles.
    const changed = shared.filter((p) => p.impacts.join() !== portfolio.projects.find((c) => c.id === p.id)!.impacts.join());
    expect(changed.length).toBeGreaterThan(3);
    expect(previous!.drivers.map((d) => d.weight)).not.toEqual(portfolio.drivers.map((d) => d.weight));
    expect(previous!.horizon.months[0]).toBe("2026-01");
  });
});

describe("broken copies of the sample report the exact table, row and column", () => {
  /** The sample's tables with one cell changed (row -1 = header). */
  function broken(table: string, row: number, column: string, value: RawCell): TableData[] {
    return tables.map((t) => {
      if (t.name !== table) return t;
      const c = t.headers.indexOf(column);
      if (c < 0) throw new Error(`no column ${column}`);
      if (row < 0) return { ...t, headers: t.headers.map((h, k) => (k === c ? String(value) : h)) };
      return { ...t, rows: t.rows.map((r, k) => (k === row - 1 ? r.map((v, j) => (j === c ? value : v)) : r)) };
    });
  }
  const errors = (copy: TableData[]) => readPortfolio(copy).problems.filter((p) => p.severity === "error");

  it("missing column", () => {
    const [p] = errors(broken("Projects", -1, "Duration months", "Duraton months"));
    expect(p).toMatchObject({ table: "Projects", column: "Duration months", blocks: ["allocation"] });
    expect(p.message).toContain("did you mean 'Duration months'?");
  });

  it("text in a number cell", () => {
    expect(errors(broken("Projects", 7, "Cost", "TBD"))).toEqual([
      expect.objectContaining({ table: "Projects", row: 7, column: "Cost", cell: "Projects!E10" }),
    ]);
  });

  it("unknown impact word 'Hgh'", () => {
    const [p, ...rest] = errors(broken("Projects", 12, "Innovation", "Hgh"));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ table: "Projects", row: 12, column: "Innovation", cell: "Projects!S15" });
    expect(p.message).toContain("'Hgh' is not valid; expected an impact level: None, Low, Moderate, Strong, Extreme or 0–9");
  });

  it("duplicate id", () => {
    const found = errors(broken("Projects", 20, "Project", "P05"));
    const p = found.find((x) => x.column === "Project")!;
    expect(p).toMatchObject({ table: "Projects", row: 20, cell: "Projects!A23" });
    expect(p.message).toContain("already in row 5");
  });

  it("unknown dependency", () => {
    expect(errors(broken("Projects", 2, "Depends On", "P03, P99"))).toEqual([
      expect.objectContaining({ table: "Projects", row: 2, column: "Depends On", cell: "Projects!V5" }),
    ]);
  });

  it("empty table", () => {
    const copy = tables.map((t) => (t.name === "Drivers" ? { ...t, rows: [] } : t));
    const found = errors(copy).filter((p) => p.table === "Drivers");
    expect(found).toEqual([expect.objectContaining({ table: "Drivers", message: "table Drivers: no drivers: add at least one row with a Driver name" })]);
  });
});
