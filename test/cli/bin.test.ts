import { execFileSync, spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { repoRoot, sampleWorkbook, sha256, tempDir } from "./helpers";

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

describe("bin/pmo-align.js", () => {
  it("runs the demo from another folder: ranking, selection, allocation and the results workbook, under a minute", async () => {
    const cwd = tempDir();
    const before = sha256(sampleWorkbook);
    const started = Date.now();
    const r = pmoAlign(["demo"], cwd);
    const seconds = (Date.now() - started) / 1000;
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(seconds).toBeLessThan(60);
    expect(r.stdout).toMatch(/^1\. Strategic alignment: top 15 of \d+$/m);
    expect(r.stdout).toMatch(/^Comparisons: λmax [\d.]+ · CI [\d.]+ · CR [\d.]+: /m);
    expect(r.stdout).toMatch(/^\s+15\s+P\d+\s/m);
    expect(r.stdout).toMatch(/^Status: optimal · gap 0\.00%/m);
    expect(r.stdout).toMatch(/^Spend: CapEx [\d,]+ of [\d,]+ \(\d+%\)/m);
    expect(r.stdout).toMatch(/^Baselines: rank-and-cut /m);
    expect(r.stdout).toMatch(/^Status: .*starts moved up to ±1 month/m);
    expect(r.stdout).toMatch(/^Start shifts: \d+ projects? moved$/m);
    expect(r.stdout).toMatch(/^As of \d{4}-\d{2}: portfolio CPI [\d.]+, SPI [\d.]+ \((Red|Amber|Green)\); \d+ Red, \d+ Amber, \d+ Green/m);
    const out = path.join(cwd, "out", "sample-portfolio-results.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    for (const name of ["PMO Ranking", "PMO Selection", "PMO Resources", "PMO Status"]) expect(wb.getWorksheet(name)).toBeDefined();
    expect(sha256(sampleWorkbook)).toBe(before);
  }, 90_000);

  it("prints the version and exits 2 on an unknown command", () => {
    const cwd = tempDir();
    expect(pmoAlign(["--version"], cwd).stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")).version);
    const bad = pmoAlign(["rank"], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe("pmo-align: unknown command 'rank'. Run 'pmo-align --help' for usage.");
  });
});
