import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { repoRoot, sampleWorkbook, sha256, tempDir } from "./helpers";
import { scanPdf } from "./pdfScan";

// Smoke test of the installed entry point: bin/pmo-align.js → dist/cli (npm run build:cli).
const bin = path.join(repoRoot, "bin", "pmo-align.js");
const compiled = path.join(repoRoot, "dist", "cli", "cli", "main.js");

/** Newest modification time of the TypeScript the CLI build compiles. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

beforeAll(() => {
  // `npm test` builds first; build here only when dist/cli is missing or older than the sources.
  const sources = Math.max(...["cli", "engine", "sheets"].map((d) => newestSource(path.join(repoRoot, "src", d))));
  if (!fs.existsSync(compiled) || fs.statSync(compiled).mtimeMs < sources) {
    execFileSync("npm", ["run", "build:cli"], { cwd: repoRoot, stdio: "ignore" });
  }
}, 120_000);

function pmoAlign(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", timeout: 90_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

type Cell = ExcelJS.CellValue;

/** A worksheet's rows as arrays, index 0 = column A. */
function sheetRows(wb: ExcelJS.Workbook, name: string): Cell[][] {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet '${name}' in the results workbook`);
  const rows: Cell[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) rows.push((ws.getRow(r).values as Cell[]).slice(1));
  return rows;
}

/** The rows of the table whose header row starts with `header`, up to the first blank row. */
function tableAfter(rows: readonly Cell[][], ...header: string[]): Cell[][] {
  const at = rows.findIndex((r) => header.every((h, i) => r[i] === h));
  if (at < 0) throw new Error(`no table headed ${header.join(", ")}`);
  const body: Cell[][] = [];
  for (let r = at + 1; r < rows.length && rows[r]!.length > 0 && rows[r]![0] !== null && rows[r]![0] !== undefined; r++) body.push(rows[r]!);
  return body;
}

/** The printed lines of demo section `title`, up to the next blank-line-and-numbered heading. */
function sectionOf(stdout: string, title: RegExp): string {
  const lines = stdout.split("\n");
  const at = lines.findIndex((l) => title.test(l));
  if (at < 0) throw new Error(`no section ${title} in the demo output`);
  const end = lines.findIndex((l, i) => i > at && /^(\d+\. |Wrote )/.test(l));
  return lines.slice(at + 1, end < 0 ? undefined : end).join("\n");
}

/** "P09 0.72, P35 0.67" → [["P09", "0.72"], ["P35", "0.67"]] */
const listed = (text: string) => [...text.matchAll(/(P\d+) (\d\.\d\d)/g)].map((m) => [m[1]!, m[2]!] as const);

describe("bin/pmo-align.js demo", () => {
  const cwd = tempDir();
  const before = sha256(sampleWorkbook);
  let r: ReturnType<typeof pmoAlign>;
  const wb = new ExcelJS.Workbook();

  beforeAll(async () => {
    r = pmoAlign(["demo"], cwd);
    if (r.code === 0) await wb.xlsx.readFile(path.join(cwd, "out", "sample-portfolio-results.xlsx"));
  }, 90_000);

  it("runs from another folder quietly, without touching the sample", () => {
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(sha256(sampleWorkbook)).toBe(before);
    expect(r.stdout).toMatch(/^Wrote PMO Ranking, PMO Selection, PMO Resources, PMO Status, PMO Robustness, PMO Dashboard, PMO Review to out\/sample-portfolio-results\.xlsx/m);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["PMO Ranking", "PMO Selection", "PMO Resources", "PMO Status", "PMO Robustness", "PMO Dashboard", "PMO Review"]));
  });

  it("prints the ranking, the selection, the allocation and the delivery status", () => {
    expect(r.stdout).toMatch(/^1\. Strategic alignment: top 15 of \d+$/m);
    expect(r.stdout).toMatch(/^Comparisons: λmax [\d.]+ · CI [\d.]+ · CR [\d.]+: /m);
    expect(r.stdout).toMatch(/^\s+15\s+P\d+\s/m);
    expect(r.stdout).toMatch(/^Status: optimal · gap 0\.00%/m);
    expect(r.stdout).toMatch(/^Spend: CapEx [\d,]+ of [\d,]+ \(\d+%\)/m);
    expect(r.stdout).toMatch(/^Baselines: rank-and-cut /m);
    expect(r.stdout).toMatch(/^Status: .*starts moved up to ±1 month/m);
    expect(r.stdout).toMatch(/^Start shifts: \d+ projects? moved$/m);
    expect(r.stdout).toMatch(/^As of \d{4}-\d{2}: portfolio CPI [\d.]+, SPI [\d.]+ \((Red|Amber|Green)\); \d+ Red, \d+ Amber, \d+ Green/m);
  });

  it("prints the weight change that flips the top 10 and the top 10's Monte Carlo probabilities, as in PMO Robustness", () => {
    const text = sectionOf(r.stdout, /^5\. Robustness of the ranking$/);
    const rows = sheetRows(wb, "PMO Robustness");

    // The flip printed is the smallest margin in the sheet's sensitivity table, with the swap written there.
    const flip = /^Rank-flip sensitivity: the top 10 changes first when (.+) \((\d+\.\d)%\) is (raised|lowered) by ([\d.]+) pp: (P\d+) replaces (P\d+)\.$/m.exec(text);
    expect(flip).not.toBeNull();
    const [, driver, weight, direction, pp, rises, falls] = flip!;
    const drivers = tableAfter(rows, "Driver", "Weight", "Decrease (pp)", "Increase (pp)");
    expect(drivers.length).toBeGreaterThan(1);
    const margins = drivers.flatMap((d) => [d[2], d[3]]).filter((x): x is number => typeof x === "number");
    const row = drivers.find((d) => d[0] === driver)!;
    expect(((row[1] as number) * 100).toFixed(1)).toBe(weight);
    const margin = row[direction === "raised" ? 3 : 2] as number;
    expect(margin).toBe(Math.min(...margins));
    expect(margin.toFixed(1)).toBe(Number(pp).toFixed(1));
    expect(row[direction === "raised" ? 5 : 4]).toBe(`${rises} overtakes ${falls}`);

    // Safe and not-safe together are exactly the printed top 10, each with the sheet's probability on its side of 0.8.
    expect(text).toMatch(/^Monte Carlo \(10,000 draws, seed \d+, .*\), [\d.]+ s: probability of staying in the top 10$/m);
    const safe = listed(/^ {2}safe \(P ≥ 0\.80\): (.*)$/m.exec(text)![1]!);
    const unsafe = listed(/^ {2}in the top 10 but not safely \(P < 0\.80\): (.*)$/m.exec(text)![1]!);
    const top10 = [...r.stdout.matchAll(/^\s+(\d+)\s+(P\d+)\s/gm)].filter((m) => Number(m[1]) <= 10).map((m) => m[2]);
    expect(top10).toHaveLength(10);
    expect([...safe, ...unsafe].map(([id]) => id).sort()).toEqual([...top10].sort());
    const probabilities = tableAfter(rows, "Project", "Name", "Score", "P(top 10)");
    const probabilityOf = new Map(probabilities.map((p) => [p[0] as string, p[3] as number]));
    for (const [id, shown] of safe) expect([probabilityOf.get(id)!.toFixed(2), probabilityOf.get(id)! >= 0.8]).toEqual([shown, true]);
    for (const [id, shown] of unsafe) expect([probabilityOf.get(id)!.toFixed(2), probabilityOf.get(id)! < 0.8]).toEqual([shown, true]);
    // Every draw has exactly 10 projects in its top 10.
    expect(probabilities.length).toBe(Number(/top 15 of (\d+)/.exec(r.stdout)![1]));
    expect([...probabilityOf.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(10, 9);
  });

  it("writes PMO Dashboard and the stakeholder report as HTML with SVG charts and as PDF, printing their paths", () => {
    const text = sectionOf(r.stdout, /^6\. Dashboard and stakeholder report$/);
    const charts = /^Report with (\d+) charts \(([a-z, ]+)\):$/m.exec(text);
    expect(charts).not.toBeNull();
    const ids = charts![2]!.split(", ");
    expect(ids).toHaveLength(Number(charts![1]));
    expect(text).toMatch(/^ {2}out\/sample-portfolio-report\.html \(HTML, \d+ KB\)$/m);
    expect(text).toMatch(/^ {2}out\/sample-portfolio-report\.pdf \(PDF, \d+ KB\)$/m);

    const html = fs.readFileSync(path.join(cwd, "out", "sample-portfolio-report.html"), "utf8");
    expect([...html.matchAll(/<figure id="chart-([a-z]+)"[^>]*>\s*<svg/g)].map((m) => m[1])).toEqual(ids);
    for (const figure of html.split("<figure").slice(1)) expect((figure.match(/<path/g) ?? []).length).toBeGreaterThan(2);
    const pdf = fs.readFileSync(path.join(cwd, "out", "sample-portfolio-report.pdf"));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const scan = scanPdf(pdf);
    expect(scan.pages).toBeGreaterThanOrEqual(1);
    expect(scan.pages).toBe(scan.declaredPages);
    expect([...new Set(scan.destinations)].sort()).toEqual(ids.map((id) => `chart-${id}`).sort());

    // The dashboard's headline agrees with the delivery status printed in section 4.
    const rows = sheetRows(wb, "PMO Dashboard");
    expect(rows[0]![0]).toEqual(expect.any(String));
    const [kpi] = tableAfter(rows, "Planned value", "Earned value", "Actual cost");
    const [, ev, ac, , cpi, spi, , rag] = kpi!;
    expect(cpi as number).toBeCloseTo((ev as number) / (ac as number), 12);
    const status = /portfolio CPI ([\d.]+), SPI ([\d.]+) \((\w+)\)/.exec(r.stdout)!;
    expect([(cpi as number).toFixed(2), (spi as number).toFixed(2), rag]).toEqual([status[1], status[2], status[3]]);
    expect(text).toContain(`CPI / SPI ${status[1]} / ${status[2]}`);
  });

  it("prints the review against the previous cycle briefly and writes PMO Review with the same movers, accuracy and benefits", () => {
    const text = sectionOf(r.stdout, /^7\. Review against the previous planning cycle$/);
    expect(text).toMatch(/^sample-portfolio compared with sample-portfolio-previous-cycle: \d+ projects in both, \d+ new, \d+ gone\.$/m);
    const rows = sheetRows(wb, "PMO Review");
    expect(rows[0]![0]).toBe("PMO Review: sample-portfolio compared with sample-portfolio-previous-cycle");

    // The three movers printed are the sheet's first three, each with its explanation.
    const printed = [...text.matchAll(/^(P\d+)\s+[\d.]+\s+([-+][\d.]+)\s+(\d+) → (\d+)\s+(Score .+)$/gm)];
    expect(printed).toHaveLength(3);
    const moves = tableAfter(rows, "Project", "Name", "Previous score", "Score", "Change");
    printed.forEach((m, i) => {
      const row = moves[i]!;
      expect([row[0], row[5], row[6], row[10]]).toEqual([m[1], Number(m[3]), Number(m[4]), m[5]]);
      expect(row[4] as number).toBeCloseTo((row[3] as number) - (row[2] as number), 6);
    });

    // Estimate accuracy in one line: each category's mean and count as in the sheet.
    const accuracy = /^Estimate accuracy \(final cost ÷ first estimate, mean over projects\): (.+)\.$/m.exec(text);
    expect(accuracy).not.toBeNull();
    const byCategory = tableAfter(rows, "Category", "Mean", "Median");
    expect(accuracy![1]).toBe(byCategory.map((c) => `${c[0]} ${(c[1] as number).toFixed(2)} (${c[5]})`).join(", "));

    // Benefits realised against forecast in one line: the totals row of the sheet.
    const benefits = /^Benefits of (\d+) finished projects: realised ([\d,]+) of ([\d,]+) forecast \((\d+)%\)\.$/m.exec(text);
    expect(benefits).not.toBeNull();
    const total = rows.find((row) => row[0] === "Total")!;
    const amount = (s: string) => Number(s.replace(/,/g, ""));
    expect([amount(benefits![3]!), amount(benefits![2]!)]).toEqual([total[3], total[4]]);
    expect(Number(benefits![4])).toBe(Math.round(((total[4] as number) / (total[3] as number)) * 100));
  });
});

describe("bin/pmo-align.js", () => {
  it("prints the version and exits 2 on an unknown command", () => {
    const cwd = tempDir();
    expect(pmoAlign(["--version"], cwd).stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")).version);
    const bad = pmoAlign(["rank"], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("pmo-align: unknown command 'rank'. Run 'pmo-align --help' for usage.");
  });

  it("loads no xlsx, chart or PDF library for --help or a JSON selection (they cost about 1 s of CPU to load)", () => {
    const dir = tempDir();
    const problem = path.join(dir, "problem.json");
    fs.writeFileSync(problem, JSON.stringify({ projects: [{ id: "A", value: 3, costs: { budget: 2 } }, { id: "B", value: 2, costs: { budget: 2 } }], limits: { budget: 3 } }));
    const heavy = String.raw`node_modules[\/](@cj-tech-master[\/]excelts|exceljs|pdfkit|svg-to-pdfkit|vega[^\/]*)[\/]`;
    // Runs the built CLI in a child process and lists the heavy packages in its module cache afterwards.
    const script = (args: string[]) =>
      `require(${JSON.stringify(compiled)}).main(${JSON.stringify(args)}, { out() {}, err() {}, cwd: ${JSON.stringify(dir)} }).then((code) => {` +
      `const loaded = Object.keys(require.cache).filter((f) => new RegExp(${JSON.stringify(heavy)}).test(f));` +
      `process.stdout.write(JSON.stringify({ code, loaded: [...new Set(loaded.map((f) => f.replace(/.*node_modules[\\/]/, "").split(/[\\/]/).slice(0, 2).join("/")))] }));});`;
    for (const args of [["--help"], ["select", problem, "--json"]]) {
      const r = spawnSync(process.execPath, ["-e", script(args)], { encoding: "utf8", timeout: 90_000 });
      expect(JSON.parse(r.stdout)).toEqual({ code: 0, loaded: [] });
    }
    // The same check sees a library when one is loaded.
    const control = spawnSync(process.execPath, ["-e", `require("pdfkit"); ${script(["--help"])}`], { encoding: "utf8", cwd: repoRoot, timeout: 90_000 });
    expect(JSON.parse(control.stdout).loaded).toEqual(["pdfkit/js"]);
  });

  it("exits quietly when its reader closes the pipe (| head -1) and still writes the result", () => {
    const dir = tempDir();
    const out = path.join(dir, "ranked.xlsx");
    // The shell pipes into head, which exits after one line; with pipefail the status is pmo-align's.
    const r = spawnSync("bash", ["-o", "pipefail", "-c", `"${process.execPath}" "${bin}" score "${sampleWorkbook}" --out "${out}" | head -1`], { encoding: "utf8", timeout: 90_000 });
    expect(r.stdout.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(fs.statSync(out).size).toBeGreaterThan(0);
  });
});
