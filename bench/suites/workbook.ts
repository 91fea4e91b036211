/**
 * Reading workbooks: table reading of the bundled sample, readPortfolio over the sample's tables and over
 * synthetic portfolios of 1,000 and 10,000 projects × 6 drivers (tables built in memory), and the whole CLI
 * process (read, score, write with charts) on 10,000 / 25,000 / 100,000 projects × 20 drivers: wall time and
 * peak RSS of the child process, and the same for reading alone (readTablesFromFile in a child).
 * PMO_BENCH_WORKBOOK_SIZES="10000,25000" picks the sizes.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { writeSyntheticWorkbook } from "../../test/support/syntheticWorkbook";
import { readTablesFromFile } from "../../src/cli/xlsx/readTables";
import { readPortfolio } from "../../src/engine/portfolio/readPortfolio";
import type { RawCell, TableData } from "../../src/engine/portfolio/tableData";
import { type BenchSection, markdownTable, measure } from "../benchSection";

const WORDS = ["None", "Low", "Moderate", "Strong", "Extreme"];
const DRIVERS = ["Customer", "Revenue", "Efficiency", "Risk", "Innovation", "People"];

/** A valid synthetic portfolio: n projects, 6 drivers, 4 roles × 12 months, 3 demand rows per project. */
export function syntheticTables(n: number): TableData[] {
  const projects: RawCell[][] = [];
  const demand: RawCell[][] = [];
  for (let i = 0; i < n; i++) {
    const id = `P${i + 1}`;
    const duration = 1 + (i % 6);
    projects.push([id, "owner", ["Run", "Grow", "Transform"][i % 3], 1000 + i, 2000 + i, `2027-${String(1 + (i % 6)).padStart(2, "0")}`, duration, ...DRIVERS.map((_, d) => WORDS[(i + d) % 5]), i > 0 && i % 10 === 0 ? `P${i}` : null]);
    for (let k = 0; k < 3; k++) demand.push([id, ["Dev", "QA", "BA", "Arch"][k], k % duration, 0.5]);
  }
  return [
    { name: "Drivers", headers: ["Driver", "Weight"], rows: DRIVERS.map((d, i) => [d, i + 1]) },
    { name: "Projects", headers: ["Project", "Owner", "Category", "Cost", "Benefit", "Start", "Duration months", ...DRIVERS, "Depends On"], rows: projects },
    { name: "Capacity", headers: ["Role", "Unit", ...Array.from({ length: 12 }, (_, m) => `2027-${String(m + 1).padStart(2, "0")}`)], rows: ["Dev", "QA", "BA", "Arch"].map((r) => [r, "FTE", ...new Array<number>(12).fill(10)]) },
    { name: "Demand", headers: ["Project", "Role", "Month Offset", "FTE"], rows: demand },
  ];
}

export async function run(): Promise<BenchSection> {
  const sample = path.resolve(__dirname, "..", "..", "assets", "sample-portfolio.xlsx");
  const read = await measure(() => readTablesFromFile(sample));
  const parsed = await measure(() => readPortfolio(read.result.tables));
  const rows: (string | number)[][] = [
    ["readTables (streaming reader) of assets/sample-portfolio.xlsx", "48 projects, 9 tables", (read.seconds * 1000).toFixed(0), parsed.result.problems.length],
    ["readPortfolio of the sample's tables", "48 projects", (parsed.seconds * 1000).toFixed(1), parsed.result.problems.length],
  ];
  const data: Record<string, number> = { sampleReadMs: read.seconds * 1000, sampleParseMs: parsed.seconds * 1000 };
  for (const n of [1_000, 10_000]) {
    const tables = syntheticTables(n);
    // The first run includes JIT warm-up; the median of five runs is the steady figure.
    const runs = [];
    for (let k = 0; k < 5; k++) runs.push(await measure(() => readPortfolio(tables)));
    const median = runs.map((r) => r.seconds).sort((a, b) => a - b)[2];
    rows.push([`readPortfolio, synthetic (median of 5; first run ${(runs[0].seconds * 1000).toFixed(0)} ms)`, `${n.toLocaleString("en-US")} projects × 6 drivers, ${(3 * n).toLocaleString("en-US")} demand rows`, (median * 1000).toFixed(0), runs[0].result.problems.length]);
    data[`parse${n}MedianMs`] = median * 1000;
    data[`parse${n}FirstMs`] = runs[0].seconds * 1000;
  }
  const sizes = (process.env.PMO_BENCH_WORKBOOK_SIZES ?? "10000,25000,100000").split(",").map(Number).filter((n) => n > 0);
  const whole: (string | number)[][] = [];
  const reading: (string | number)[][] = [];
  for (const n of sizes) {
    const file = await syntheticFile(n);
    const read = wholeProcessRead(file);
    reading.push([n.toLocaleString("en-US"), read.ok ? read.seconds.toFixed(1) : `failed (${read.seconds.toFixed(0)} s)`, (read.maxRssKB / 1024 / 1024).toFixed(2)]);
    data[`read${n}Seconds`] = read.seconds;
    data[`read${n}MaxRssGB`] = read.maxRssKB / 1024 / 1024;
    const r = wholeProcessScore(file);
    whole.push([n.toLocaleString("en-US"), r.ok ? r.seconds.toFixed(1) : `failed (${r.seconds.toFixed(0)} s)`, (r.maxRssKB / 1024 / 1024).toFixed(2), r.ok && r.seconds <= 30 && r.maxRssKB <= 1024 * 1024 ? "yes" : "no"]);
    data[`score${n}Seconds`] = r.seconds;
    data[`score${n}MaxRssGB`] = r.maxRssKB / 1024 / 1024;
  }
  const markdown = [
    markdownTable(["What", "Size", "ms", "problems"], rows),
    "",
    "Whole process `pmo-align score <file> --out <result>` (20 drivers; target 100,000 projects in ≤ 30 s and ≤ 1 GB):",
    "",
    markdownTable(["Projects", "Wall s", "Peak RSS GB", "Meets target"], whole),
    "",
    "Reading alone (`readTablesFromFile` in a child process: the streaming reader of src/cli/xlsx/read/):",
    "",
    markdownTable(["Projects", "Wall s", "Peak RSS GB"], reading),
  ].join("\n");
  return { title: "Reading the workbook template", markdown, data };
}

/** A synthetic workbook of n projects × 20 drivers, cached in the temp folder between runs. */
async function syntheticFile(n: number): Promise<string> {
  const file = path.join(os.tmpdir(), `pmo-bench-${n}x20.xlsx`);
  if (!fs.existsSync(file)) await writeSyntheticWorkbook(file, n, 20);
  return file;
}

/** Reads the tables of `file` with the compiled reader in a child: wall time and the child's peak RSS. */
function wholeProcessRead(file: string): { ok: boolean; seconds: number; maxRssKB: number } {
  const reader = path.resolve(__dirname, "..", "..", "dist", "cli", "cli", "xlsx", "readTables.js");
  const code = `process.on("exit", () => process.stderr.write("MAXRSS " + process.resourceUsage().maxRSS + "\\n")); require(${JSON.stringify(reader)}).readTablesFromFile(process.argv[1]).then((r) => { process.exitCode = r.tables.length > 0 ? 0 : 1; });`;
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-e", code, "--", file], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /MAXRSS (\d+)/.exec(r.stderr ?? "");
  return { ok: r.status === 0, seconds, maxRssKB: rss ? Number(rss[1]) : NaN };
}

/** Runs the compiled CLI in a child and reads the child's own peak RSS (process.resourceUsage, KB). */
function wholeProcessScore(file: string): { ok: boolean; seconds: number; maxRssKB: number } {
  const main = path.resolve(__dirname, "..", "..", "dist", "cli", "cli", "main.js");
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pmo-bench-out-")), "result.xlsx");
  const code = `process.on("exit", () => process.stderr.write("MAXRSS " + process.resourceUsage().maxRSS + "\\n")); require(${JSON.stringify(main)}).main(process.argv.slice(1)).then((c) => { process.exitCode = c; });`;
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["-e", code, "--", "score", file, "--out", out], { encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /MAXRSS (\d+)/.exec(r.stderr ?? "");
  return { ok: r.status === 0, seconds, maxRssKB: rss ? Number(rss[1]) : NaN };
}
