/**
 * Issue 13's benchmark: selection against native CBC on the same model, in one interleaved run, over
 * Pisinger knapPI types 1–3 (2,000 items), OR-Library mknapcb1 (100 × 5) and portfolio-shaped instances
 * (500 / 2,000 / 5,000 projects with fractional values, `requires` and exclusive groups).
 * - in process: selectPortfolio in this (warmed-up) process, CPU seconds from process.cpuUsage, against the
 *   cbc process solving the LP text of the same model;
 * - whole process: `node bin/pmo-align.js select problem.json` against `cbc problem.lp`, each a fresh
 *   process timed by /usr/bin/time (start-up, reading, HiGHS's WebAssembly compile and tier-up included).
 * - parallel: the same selectPortfolio with the CLI's worker threads (threadSolver: split or race of HiGHS
 *   settings, and CBC raced against HiGHS on several limits); CPU counts every thread of this process.
 * - CBC wasm: CBC alone in its WebAssembly build (minizinc package) in a warm worker thread, on the same model.
 * The machine is shared: CPU seconds, and ratios taken in the same run, are the figures to compare; wall
 * seconds of the parallel column mean something only at a load average below the core count.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { markdownTable, type BenchSection } from "../benchSection";
import { benchInstances, portfolioShaped } from "../lib/instances";
import { toLpFormat } from "../../src/engine/milp/lpFormat";
import { buildSelectionModel, selectPortfolio } from "../../src/engine/selection";
import { modelToData } from "../../src/engine/milp";
import { cbcAvailable as cbcWasmAvailable, machineWorkers, threadSolver, type ThreadSolver } from "../../src/worker/node/threadSolver";
import type { SelectionProblem } from "../../src/engine/selection/types";
import { cbcAvailable, solveWithCbc, type CbcSolution } from "../../test/support/solveWithCbc";

/** Wall seconds each solver gets per instance (HiGHS and CBC alike). */
const TIME_LIMIT = 60;
/** Whole-process runs: one instance per family (the spawn adds little information beyond start-up). */
const WHOLE_PROCESS = ["knapPI_1_2000_1000_1", "knapPI_3_2000_1000_1", "mknapcb1-1", "portfolio 500×3"];
const CLI = path.join(__dirname, "..", "..", "bin", "pmo-align.js");
const TIME = "/usr/bin/time";

interface Run {
  readonly status: string;
  readonly objective: number;
  readonly cpuSeconds: number | null;
  readonly seconds: number;
  readonly gap: number | null;
  /** Which solver proved it (selectPortfolio's solvedBy). */
  readonly solvedBy?: string;
}

const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

async function ours(problem: SelectionProblem, parallel?: ThreadSolver): Promise<Run> {
  const cpu0 = cpuNow();
  const t0 = process.hrtime.bigint();
  const r = await selectPortfolio(problem, { timeLimitSeconds: TIME_LIMIT, ...(parallel ? { parallel } : {}) });
  return { status: r.status, objective: r.objective, gap: r.gap, cpuSeconds: cpuNow() - cpu0, seconds: Number(process.hrtime.bigint() - t0) / 1e9, ...(r.solvedBy ? { solvedBy: r.solvedBy } : {}) };
}

/** CBC alone, in its WebAssembly build, in a warm worker thread of this process. */
async function cbcWasm(problem: SelectionProblem, solver: ThreadSolver): Promise<Run> {
  const { model } = buildSelectionModel(problem);
  const cpu0 = cpuNow();
  const t0 = process.hrtime.bigint();
  const r = await solver.start({ model: modelToData(model), extraRows: [], settings: { solver: "cbc" }, timeLimitSeconds: TIME_LIMIT }).result;
  return { status: r.status, objective: r.objective, gap: r.gap, cpuSeconds: cpuNow() - cpu0, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

function cbc(solution: CbcSolution): Run {
  return { status: solution.status, objective: solution.objective, gap: solution.gap, cpuSeconds: solution.cpuSeconds, seconds: solution.seconds };
}

/** `pmo-align select` as its own process: CPU and wall seconds of the whole command. */
function oursProcess(problem: SelectionProblem): Run | null {
  if (!fs.existsSync(path.join(__dirname, "..", "..", "dist", "cli", "cli", "main.js")) || !fs.existsSync(TIME)) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pmo-bench-"));
  try {
    const file = path.join(dir, "problem.json");
    fs.writeFileSync(file, JSON.stringify(problem));
    const t0 = process.hrtime.bigint();
    const run = spawnSync(TIME, ["-f", "PMO_CPU %U %S", process.execPath, CLI, "select", file, "--json", "--time-limit", String(TIME_LIMIT)], {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = /PMO_CPU ([\d.]+) ([\d.]+)/.exec(run.stderr ?? "");
    const out = JSON.parse(run.stdout) as { status: string; objective: number; gap: number | null };
    return { status: out.status, objective: out.objective, gap: out.gap, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : null, seconds };
  } catch {
    return null;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ratio = (a: Run | null, b: Run | null) => (a?.cpuSeconds != null && b?.cpuSeconds != null ? a.cpuSeconds / Math.max(b.cpuSeconds, 0.01) : null);
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const cell = (r: Run | null) => (r ? `${r.status} ${r.cpuSeconds === null ? "?" : r.cpuSeconds.toFixed(2)} (${r.seconds.toFixed(1)})` : "–");
const times = (x: number | null) => (x === null ? "–" : `${x.toFixed(1)}×`);

export async function run(): Promise<BenchSection> {
  if (!cbcAvailable()) {
    return { title: "Selection vs native CBC (issue-13 families)", markdown: "Skipped: the native `cbc` binary is not installed.", data: { skipped: true } };
  }
  // Warm up HiGHS in this process and in the worker threads (V8 tiers WebAssembly up over the first solves).
  const workers = machineWorkers();
  const parallel = workers >= 2 ? threadSolver({ workers }) : null;
  const wasmCbc = cbcWasmAvailable() ? threadSolver({ workers: 1, solvers: ["cbc"] }) : null;
  for (let seed = 1; seed <= 6; seed++) {
    const warm = portfolioShaped(250, 3, seed);
    await selectPortfolio(warm, { timeLimitSeconds: 10 });
    if (parallel) await selectPortfolio(warm, { timeLimitSeconds: 10, parallel });
    if (wasmCbc) await cbcWasm(warm, wasmCbc);
  }

  const rows = [];
  for (const instance of benchInstances()) {
    const lp = toLpFormat(buildSelectionModel(instance.problem).model);
    const c = cbc(solveWithCbc(lp, TIME_LIMIT, { wallClock: true }));
    const o = await ours(instance.problem);
    const p = parallel ? await ours(instance.problem, parallel) : null;
    const w = wasmCbc ? await cbcWasm(instance.problem, wasmCbc) : null;
    const whole = WHOLE_PROCESS.includes(instance.name) ? oursProcess(instance.problem) : null;
    const sameValue = c.status === "optimal" && Number.isFinite(o.objective) ? Math.abs(o.objective - c.objective) / Math.max(1, Math.abs(c.objective)) : null;
    rows.push({
      ...instance,
      problem: undefined,
      cbc: c,
      ours: o,
      parallel: p,
      cbcWasm: w,
      whole,
      inProcessRatio: ratio(o, c),
      parallelRatio: ratio(p, c),
      cbcWasmRatio: ratio(w, c),
      wholeProcessRatio: ratio(whole, c),
      valueDifference: sameValue,
      load: os.loadavg()[0],
    });
    process.stdout.write(`  ${instance.name}: cbc ${cell(c)}, ours ${cell(o)}, parallel ${cell(p)}, cbc wasm ${cell(w)}, whole ${cell(whole)}\n`);
  }
  parallel?.close();
  wasmCbc?.close();
  const inProcess = rows.map((r) => r.inProcessRatio).filter((x): x is number => x !== null);
  const parallelRatios = rows.map((r) => r.parallelRatio).filter((x): x is number => x !== null);
  const wasmRatios = rows.map((r) => r.cbcWasmRatio).filter((x): x is number => x !== null);
  const wholeProcess = rows.map((r) => r.wholeProcessRatio).filter((x): x is number => x !== null);
  const cbcProven = rows.filter((r) => r.cbc.status === "optimal");
  const alsoProven = cbcProven.filter((r) => r.ours.status === "optimal");
  const parallelProven = cbcProven.filter((r) => r.parallel?.status === "optimal");
  const summary = {
    medianInProcessRatio: median(inProcess),
    medianParallelRatio: median(parallelRatios),
    medianCbcWasmRatio: median(wasmRatios),
    parallelProvenWhereCbcProved: parallelProven.length,
    workers,
    medianWholeProcessRatio: median(wholeProcess),
    cbcProven: cbcProven.length,
    oursProvenWhereCbcProved: alsoProven.length,
  };
  const table = markdownTable(
    ["instance", "cbc status CPU s (wall)", "ours in process", "ours/cbc", `parallel (${workers} workers)`, "parallel/cbc", "parallel proved by", "CBC wasm", "wasm/cbc", "ours whole process", "ours/cbc", "value vs cbc", "load"],
    rows.map((r) => [
      r.name,
      cell(r.cbc),
      cell(r.ours),
      times(r.inProcessRatio),
      cell(r.parallel),
      times(r.parallelRatio),
      r.parallel?.solvedBy ?? "–",
      cell(r.cbcWasm),
      times(r.cbcWasmRatio),
      cell(r.whole),
      times(r.wholeProcessRatio),
      r.valueDifference === null ? "–" : r.valueDifference === 0 ? "same" : `${(r.valueDifference * 100).toExponential(1)}% lower`,
      r.load.toFixed(1),
    ]),
  );
  const markdown = [
    `Each solver gets ${TIME_LIMIT} s of wall time per instance; CPU seconds with wall seconds in brackets. cbc is the native CBC 2.10 on the LP text of the same model (the whole process); "ours in process" is selectPortfolio in this warmed-up process (model, baselines, starts and HiGHS WebAssembly), "whole process" is \`node bin/pmo-align.js select\` started fresh (needs \`npm run build:cli\`). "optimal" for ours means a proven relative gap ≤ 1e-6, so its value can sit up to 1e-6 below CBC's exact optimum.`,
    "",
    table,
    "",
    `"parallel" is the same call with the CLI's ${workers} worker threads (split by count or a race of HiGHS settings; HiGHS raced against CBC-wasm on two or more limits, from 200 projects at once and from 50 after HiGHS's 1 s head start; "proved by" names the winner of each part), CPU over every thread; "CBC wasm" is CBC alone in its WebAssembly build (minizinc package) in a warm thread. Wall seconds mean something only where the load (last column, 1-minute average) is below the ${os.cpus().length} cores.`,
    "",
    `Median CPU ratio ours/cbc: in process ${times(summary.medianInProcessRatio)} over ${inProcess.length} instances; parallel ${times(summary.medianParallelRatio)} over ${parallelRatios.length} (proven ${summary.parallelProvenWhereCbcProved} of ${summary.cbcProven} where CBC proved); CBC wasm alone ${times(summary.medianCbcWasmRatio)} over ${wasmRatios.length}; whole process ${times(summary.medianWholeProcessRatio)} over ${wholeProcess.length} (target ≤ 1.5×). Proven optimal where CBC proved within ${TIME_LIMIT} s: ${summary.oursProvenWhereCbcProved} of ${summary.cbcProven}. Load average at the end: ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores.`,
  ].join("\n");
  return { title: "Selection vs native CBC (issue-13 families)", markdown, data: { timeLimit: TIME_LIMIT, rows, summary } };
}
