/**
 * The monitoring commands end to end on the sample workbooks: status, report (HTML and PDF, checked for
 * their charts and pages), robustness and review.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { repoRoot, run, sampleWorkbook, tempDir } from "./helpers";
import { scanPdf } from "./pdfScan";

const previousWorkbook = path.join(repoRoot, "assets", "sample-portfolio-previous-cycle.xlsx");
const dir = tempDir("pmo-monitoring-");

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describe("pmo-align status", () => {
  it("prints the status as JSON and writes PMO Status and PMO Dashboard", async () => {
    const out = path.join(dir, "status.xlsx");
    const r = await run(["status", sampleWorkbook, "--json", "--out", out]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { projects: { rag: string | null; cpi: number | null; spi: number | null }[]; totals: { ev: number; ac: number; cpi: number } };
    expect(report.projects.length).toBeGreaterThan(0);
    expect(report.totals.cpi).toBeCloseTo(report.totals.ev / report.totals.ac, 12);
    for (const p of report.projects) {
      if (p.cpi === null || p.spi === null) continue;
      const worst = Math.min(p.cpi, p.spi);
      expect(p.rag).toBe(worst >= 0.95 ? "Green" : worst >= 0.85 ? "Amber" : "Red");
    }
    expect(await sheetNames(out)).toEqual(expect.arrayContaining(["PMO Status", "PMO Dashboard"]));
  });
});

it("status says so and exits 1 when the workbook has no Status table", async () => {
  const dir = tempDir();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(sampleWorkbook);
  for (const ws of wb.worksheets) if (ws.getTable("Status")) ws.removeTable("Status");
  const file = path.join(dir, "no-status.xlsx");
  await wb.xlsx.writeFile(file);
  const r = await run(["status", file, "--out", path.join(dir, "out.xlsx")]);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr).toContain("the workbook has no Status rows; 'status' needs one row per project and period");
  expect(fs.existsSync(path.join(dir, "out.xlsx"))).toBe(false);
});

describe("pmo-align report", () => {
  it("writes a self-contained HTML report with every chart as inline SVG", async () => {
    const out = path.join(dir, "report.html");
    const r = await run(["report", sampleWorkbook, "--out", out, "--frontier-levels", "3"]);
    expect(r.code).toBe(0);
    const html = fs.readFileSync(out, "utf8");
    const ids = [...html.matchAll(/<figure id="chart-([a-z]+)"[^>]*>\s*<svg/g)].map((m) => m[1]);
    expect(ids).toEqual(["delivery", "budget", "roles", "performance", "frontier", "selection"]);
    // Each chart SVG holds drawn marks, not an empty frame.
    for (const figure of html.split("<figure").slice(1)) expect((figure.match(/<path/g) ?? []).length).toBeGreaterThan(2);
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/); // nothing to fetch when opened offline
    expect(html).toContain("Projects at risk");
    expect(r.stdout).toContain("6 charts");
  });

  it("writes a PDF with the dashboard on page 1, the charts drawn as vectors and the tables after", async () => {
    const out = path.join(dir, "report.pdf");
    const r = await run(["report", sampleWorkbook, "--out", out, "--frontier-levels", "3"]);
    expect(r.code).toBe(0);
    const pdf = fs.readFileSync(out);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const scan = scanPdf(pdf);
    expect(scan.pages).toBe(scan.declaredPages);
    expect(scan.pages).toBeGreaterThanOrEqual(2); // dashboard + tables
    expect([...new Set(scan.destinations)].sort()).toEqual(["chart-budget", "chart-delivery", "chart-frontier", "chart-performance", "chart-roles", "chart-selection"]);
    // Chart titles and axis titles are drawn text; marks are filled and stroked paths.
    for (const title of ["Value delivered against plan", "Budget committed against limits", "Role load at peak against capacity", "SPI (schedule)"]) {
      expect(scan.text.replace(/\s/g, "")).toContain(title.replace(/\s/g, ""));
    }
    expect(scan.paintOps).toBeGreaterThan(100);
  });

  it("refuses an output that is neither .pdf nor .html", async () => {
    const r = await run(["report", sampleWorkbook, "--out", path.join(dir, "report.docx")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.pdf or \.html/);
  });
});

describe("pmo-align robustness", () => {
  it("is reproducible with a seed and reports sensitivity and probabilities", async () => {
    const args = ["robustness", sampleWorkbook, "--k", "5", "--draws", "2000", "--seed", "11", "--json", "--out", path.join(dir, "rob.xlsx")];
    const a = await run(args);
    const b = await run(args);
    expect(a.code).toBe(0);
    const ja = JSON.parse(a.stdout) as { topK: { probability: number[]; standardError: number[]; draws: number }; sensitivity: { drivers: unknown[] } };
    const jb = JSON.parse(b.stdout) as typeof ja;
    expect(ja.topK.probability).toEqual(jb.topK.probability);
    expect(ja.topK.draws).toBe(2000);
    expect(ja.topK.probability.reduce((s, p) => s + p, 0)).toBeCloseTo(5, 9);
    expect(ja.sensitivity.drivers.length).toBe(6);
    expect(await sheetNames(path.join(dir, "rob.xlsx"))).toContain("PMO Robustness");
  });
});

describe("pmo-align review", () => {
  it("compares the two sample cycles and writes PMO Review", async () => {
    const out = path.join(dir, "review.xlsx");
    const r = await run(["review", sampleWorkbook, previousWorkbook, "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Largest score changes/);
    expect(r.stdout).toMatch(/Estimate accuracy/);
    expect(await sheetNames(out)).toContain("PMO Review");
  });

  it("saves a snapshot as JSON and compares against it like a workbook", async () => {
    const snap = path.join(dir, "previous.json");
    const first = await run(["review", previousWorkbook, previousWorkbook, "--snapshot", snap, "--json"]);
    expect(first.code).toBe(0);
    const fromJson = await run(["review", sampleWorkbook, snap, "--json", "--out", path.join(dir, "review2.xlsx")]);
    const fromWorkbook = await run(["review", sampleWorkbook, previousWorkbook, "--json", "--out", path.join(dir, "review3.xlsx")]);
    const strip = (text: string) => {
      const r = JSON.parse(text) as { previousCycle: string; moves: unknown[]; estimateAccuracy: unknown[] };
      return { moves: r.moves, estimateAccuracy: r.estimateAccuracy };
    };
    expect(strip(fromJson.stdout)).toEqual(strip(fromWorkbook.stdout));
  });

  it("needs two files", async () => {
    const r = await run(["review", sampleWorkbook]);
    expect(r.code).toBe(2);
  });
});
