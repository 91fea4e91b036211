import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { toolPath } from "../../scripts/lib/requiredTools";
import { run, sampleWorkbook, sha256, tempDir } from "./helpers";

// CLI commands over real .xlsx files: the bundled sample (assets/sample-portfolio.xlsx) and broken copies.

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Rows of a sheet as arrays of plain values (1-based columns shifted to 0-based). */
function sheetRows(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1).map((v) => (v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v));
  });
  return rows;
}

/** A copy of the sample with `edit` applied to its Projects table. */
async function brokenCopy(dir: string, name: string, edit: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = await readBook(sampleWorkbook);
  edit(wb.getWorksheet("Projects")!, wb);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

function headerColumn(ws: ExcelJS.Worksheet, header: string): { row: number; col: number } {
  for (let r = 1; r <= 10; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= row.cellCount; c++) if (row.getCell(c).value === header) return { row: r, col: c };
  }
  throw new Error(`header ${header} not found`);
}

describe("pmo-align score on the sample workbook", () => {
  const dir = tempDir();
  const before = sha256(sampleWorkbook);
  let json: { ranking: { rank: number; project: string; score: number; cost: number }[]; drivers: string[]; weights: number[] };
  const out = path.join(dir, "ranked.xlsx");

  beforeAll(async () => {
    const r = await run(["score", sampleWorkbook, "--json", "--out", out]);
    expect(r.code).toBe(0);
    json = JSON.parse(r.stdout);
  });

  it("writes PMO Ranking into a copy that keeps the template sheets, leaving the input unchanged", async () => {
    expect(sha256(sampleWorkbook)).toBe(before);
    const wb = await readBook(out);
    expect(wb.getWorksheet("Projects")).toBeDefined();
    const rows = sheetRows(wb.getWorksheet("PMO Ranking")!);
    expect(rows[3].slice(0, 4)).toEqual(["Rank", "Project", "Name", "Score"]);
    expect(rows[3].slice(4, 4 + json.drivers.length)).toEqual(json.drivers);
    json.ranking.forEach((p, i) => {
      expect(rows[4 + i][1]).toBe(p.project);
      expect(rows[4 + i][3]).toBeCloseTo(p.score, 9);
    });
    expect(json.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it("prints a ranking table with the weights line, and writes out/<name>-ranked.xlsx by default", async () => {
    const cwd = tempDir();
    const r = await run(["score", sampleWorkbook], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Weights \(/);
    expect(r.stdout).toMatch(new RegExp(`^\\s+1\\s+${json.ranking[0].project}\\s`, "m"));
    expect(fs.existsSync(path.join(cwd, "out", "sample-portfolio-ranked.xlsx"))).toBe(true);
  });

  it("replaces an existing PMO Ranking sheet instead of adding a second one", async () => {
    const again = path.join(dir, "again.xlsx");
    expect((await run(["score", out, "--out", again])).code).toBe(0);
    const wb = await readBook(again);
    expect(wb.worksheets.filter((w) => w.name.startsWith("PMO Ranking"))).toHaveLength(1);
  });

  it("refuses to write over the input", async () => {
    const copy = path.join(dir, "input.xlsx");
    fs.copyFileSync(sampleWorkbook, copy);
    const hash = sha256(copy);
    const r = await run(["score", copy, "--out", copy]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("is the input");
    expect(sha256(copy)).toBe(hash);
  });
});

describe("broken workbooks", () => {
  const dir = tempDir();

  it("names a missing column in the command that needs it, and only warns the others", async () => {
    const file = await brokenCopy(dir, "no-duration.xlsx", (ws) => {
      const at = headerColumn(ws, "Duration months");
      ws.getCell(at.row, at.col).value = "Length";
      const table = ws.getTable("Projects") as unknown as { table: { columns: { name: string }[] } };
      table.table.columns[at.col - 1].name = "Length";
    });
    const r = await run(["allocate", file, "--out", path.join(dir, "alloc.xlsx")]);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/Duration/);
    expect(r.stderr).toContain("Resources needs Start and Duration months");
    const score = await run(["score", file, "--out", path.join(dir, "ranked.xlsx")]);
    expect(score.code).toBe(0);
    expect(score.stderr).toContain("(stops Resources)");
  });

  it("names the cell holding text where a number belongs, stopping Selection only when it maximises benefit", async () => {
    const file = await brokenCopy(dir, "text-cost.xlsx", (ws) => {
      const at = headerColumn(ws, "Benefit");
      ws.getCell(at.row + 3, at.col).value = "lots";
    });
    const r = await run(["select", file, "--value", "benefit"]);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("'lots'");
    expect(r.stderr).toMatch(/Benefit/);
    expect(r.stderr).toMatch(/row 3|Projects!\w+\d+/);
    // The sample maximises the score: Benefit then feeds only the cycle review.
    const byScore = await run(["select", file]);
    expect(byScore.code).toBe(0);
    expect(byScore.stderr).toMatch(/'lots'.*\(stops Review\)/);
  });

  it("reports a missing Projects table", async () => {
    const file = await brokenCopy(dir, "no-projects.xlsx", (ws) => ws.removeTable("Projects"));
    const r = await run(["allocate", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("table Projects is missing");
  });

  it("says the weights need a DriverComparisons table when it is gone", async () => {
    const file = await brokenCopy(dir, "no-comparisons.xlsx", (_ws, wb) => wb.getWorksheet("Drivers")!.removeTable("DriverComparisons"));
    const r = await run(["weights", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("pmo-align weights: table DriverComparisons: missing or empty in 'no-comparisons.xlsx'; the weights command needs pairwise comparisons");
  });

  it("rejects a file that is not a workbook", async () => {
    const file = path.join(dir, "fake.xlsx");
    fs.writeFileSync(file, "not a zip");
    const r = await run(["score", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("fake.xlsx");
    expect(r.stderr.split("\n")).toHaveLength(1);
  });
});

describe("select, frontier, allocate and weights from the sample workbook", () => {
  const dir = tempDir();

  it("select writes PMO Selection whose yes rows are the engine's choice, with totals", async () => {
    const out = path.join(dir, "selected.xlsx");
    const r = await run(["select", sampleWorkbook, "--json", "--out", out]);
    expect([0]).toContain(r.code);
    const result = JSON.parse(r.stdout);
    expect(result.status).toBe("optimal");
    const rows = sheetRows((await readBook(out)).getWorksheet("PMO Selection")!);
    const yes = rows.filter((row) => row && row[0] === "yes").map((row) => row[1]);
    expect(yes.sort()).toEqual([...result.selected].sort());
    for (const [limit, spent] of Object.entries(result.totals as Record<string, number>)) {
      const total = rows.find((row) => row && row[0] === limit && typeof row[2] === "number");
      expect(total?.[1]).toBeCloseTo(spent, 6);
    }
  });

  it("select --value benefit maximises benefit", async () => {
    const r = await run(["select", sampleWorkbook, "--value", "benefit", "--json", "--out", path.join(dir, "b.xlsx")]);
    const score = await run(["select", sampleWorkbook, "--value", "score", "--json", "--out", path.join(dir, "s.xlsx")]);
    expect(JSON.parse(r.stdout).objective).toBeGreaterThan(1000 * JSON.parse(score.stdout).objective);
  });

  it("frontier writes the frontier table beside the selection", async () => {
    const out = path.join(dir, "frontier.xlsx");
    const r = await run(["frontier", sampleWorkbook, "--levels", "4", "--json", "--out", out, "--time-limit", "10"]);
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout);
    expect(f.points).toHaveLength(4);
    const rows = sheetRows((await readBook(out)).getWorksheet("PMO Selection")!);
    const header = rows.findIndex((row) => row && String(row[0]).startsWith("Budget ("));
    expect(header).toBeGreaterThan(0);
    expect(rows[header + 1][1]).toBeCloseTo(f.points[0].objective, 6);
  });

  it("allocate writes PMO Resources with the engine's load", async () => {
    const out = path.join(dir, "allocated.xlsx");
    const r = await run(["allocate", sampleWorkbook, "--shift", "1", "--json", "--out", out, "--time-limit", "20"]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    const rows = sheetRows((await readBook(out)).getWorksheet("PMO Resources")!);
    const [role, load] = Object.entries(result.load as Record<string, number[]>)[0];
    const loadRow = rows.find((row, i) => i > 3 && i < 10 && row && row[0] === role)!;
    expect(loadRow.slice(1, 1 + load.length)).toEqual(load);
  });

  it("weights reads DriverComparisons from the workbook", async () => {
    const r = await run(["weights", sampleWorkbook, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.labels.length).toBeGreaterThanOrEqual(6);
    expect(json.weights.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 12);
  });
});

(toolPath("soffice") ? describe : describe.skip)("LibreOffice recalculation of the written formulas", () => {
  it("recalculates the selection totals to the engine's numbers", async () => {
    const dir = tempDir();
    const out = path.join(dir, "selected.xlsx");
    const r = await run(["select", sampleWorkbook, "--json", "--out", out]);
    const result = JSON.parse(r.stdout);
    // Drop the cached results so LibreOffice has to compute every formula itself.
    const wb = await readBook(out);
    const ws = wb.getWorksheet("PMO Selection")!;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { formula?: string } | null;
        if (v && typeof v === "object" && v.formula) cell.value = { formula: v.formula } as ExcelJS.CellFormulaValue;
      }),
    );
    const stripped = path.join(dir, "stripped.xlsx");
    await wb.xlsx.writeFile(stripped);
    execFileSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/lo-profile`, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", stripped, "--outdir", dir], { stdio: "ignore", timeout: 90_000 });
    const csv = fs.readFileSync(path.join(dir, "stripped-PMO Selection.csv"), "utf8").split(/\r?\n/).map((l) => l.split(","));
    const valueRow = csv.find((row) => row[0] === "Value" && row[1] !== "")!;
    expect(Number(valueRow[1])).toBeCloseTo(result.objective, 6);
    for (const [limit, spent] of Object.entries(result.totals as Record<string, number>)) {
      const row = csv.find((cells) => cells[0] === limit && cells[2] !== "")!;
      expect(Number(row[1])).toBeCloseTo(spent, 4);
      expect(Number(row[4])).toBeCloseTo(Number(row[2]) - spent, 4);
    }
  }, 120_000);
});
