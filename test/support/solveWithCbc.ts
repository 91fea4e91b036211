/**
 * Test and benchmark helper: solves CPLEX LP text with the native CBC (Debian coinor-cbc,
 * /usr/bin/cbc) as an independent check on HiGHS. Writes a temporary .lp, runs
 * `cbc file.lp sec N solve solu out.txt` and parses the solution file and the log. CPU seconds of the
 * cbc process are measured with /usr/bin/time when it is installed.
 *
 * Usage:
 *   const lp = toLpFormat(model);                   // src/engine/milp
 *   const cbc = solveWithCbc(lp, 30);
 *   if (cbc.status === "optimal") expect(ours.objective).toBeCloseTo(cbc.objective, 6);
 *
 * Returned `values` holds every variable CBC printed (CBC prints only non-zero ones by default; a
 * missing name means 0). Names are the LP names, i.e. the names LinearModel returned.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { toolPath } from "../../scripts/lib/requiredTools";

export const CBC_PATH = "/usr/bin/cbc";
const TIME_PATH = "/usr/bin/time";

export interface CbcSolution {
  /** "feasible" = stopped on the time limit with an incumbent. */
  readonly status: "optimal" | "feasible" | "infeasible" | "unbounded" | "error";
  /** Objective in the model's own sense (CBC prints maximisation objectives with their real sign). */
  readonly objective: number;
  /** Best possible objective from the log when CBC stopped early, else the objective; null if unknown. */
  readonly bound: number | null;
  /** Relative gap |bound − objective| / |objective|, 0 when optimal, null if unknown. */
  readonly gap: number | null;
  readonly values: ReadonlyMap<string, number>;
  /** Wall time of the cbc process in seconds. */
  readonly seconds: number;
  /** User + system CPU seconds of the cbc process (null without /usr/bin/time). */
  readonly cpuSeconds: number | null;
  /** First line of the solution file (CBC's own status text). */
  readonly statusLine: string;
}

/**
 * True when the native cbc binary is present. Tests without it are skipped, never passed:
 * `const itCbc = cbcAvailable() ? it : it.skip` (and under CI a missing cbc fails the run).
 */
export function cbcAvailable(): boolean {
  return toolPath("cbc") !== null;
}

export interface CbcOptions {
  /**
   * Count the time limit in elapsed (wall) seconds, as HiGHS does, instead of CBC's default CPU seconds;
   * on a busy machine CPU seconds can take several times longer. (Added for the resources benchmark,
   * which gives both solvers the same wall time.)
   */
  readonly wallClock?: boolean;
}

/** Solves `lp` with native CBC within `timeLimitSeconds` (CPU seconds, or wall seconds with `wallClock`). */
export function solveWithCbc(lp: string, timeLimitSeconds: number, options: CbcOptions = {}): CbcSolution {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pmo-cbc-"));
  const lpFile = path.join(dir, "model.lp");
  const outFile = path.join(dir, "solution.txt");
  fs.writeFileSync(lpFile, lp);
  const started = process.hrtime.bigint();
  const timeMode = options.wallClock ? ["timeMode", "elapsed"] : [];
  const args = [lpFile, ...timeMode, "sec", String(timeLimitSeconds), "solve", "solu", outFile];
  const timed = fs.existsSync(TIME_PATH);
  const run = spawnSync(timed ? TIME_PATH : CBC_PATH, timed ? ["-f", "PMO_CPU %U %S", CBC_PATH, ...args] : args, {
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    timeout: (timeLimitSeconds * 3 + 60) * 1000,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const log = run.stdout ?? "";
  const cpu = /PMO_CPU ([\d.]+) ([\d.]+)/.exec(run.stderr ?? "");
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : null;
  try {
    if (!fs.existsSync(outFile)) return errorResult(seconds, cpuSeconds, "no solution file");
    return { ...parseCbcSolution(fs.readFileSync(outFile, "utf8"), log, seconds, /^\s*max/i.test(lp)), cpuSeconds };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Parses CBC's `solu` file plus its log (exported for tests of the parser). */
export function parseCbcSolution(text: string, log: string, seconds: number, maximise: boolean): Omit<CbcSolution, "cpuSeconds"> {
  const lines = text.split(/\r?\n/);
  const statusLine = lines[0]?.trim() ?? "";
  const objMatch = /objective value\s+(-?[\d.eE+-]+)/.exec(statusLine);
  const objective = objMatch ? Number(objMatch[1]) : NaN;
  const values = new Map<string, number>();
  for (const line of lines.slice(1)) {
    // "      1 x_P2                     1                       22" (index, name, value, objective coef)
    const m = /^\s*\*{0,2}\s*(\d+)\s+(\S+)\s+(-?[\d.eE+-]+)\s+(-?[\d.eE+-]+)/.exec(line);
    if (m) values.set(m[2]!, Number(m[3]));
  }
  let status: CbcSolution["status"];
  if (/^Optimal/i.test(statusLine)) status = "optimal";
  else if (/infeasible/i.test(statusLine)) status = "infeasible";
  else if (/unbounded/i.test(statusLine)) status = "unbounded";
  else if (/^Stopped/i.test(statusLine) && Number.isFinite(objective) && !/no integer/i.test(statusLine)) status = "feasible";
  else status = "error";
  let bound: number | null = status === "optimal" ? objective : null;
  let gap: number | null = status === "optimal" ? 0 : null;
  if (status === "feasible") {
    // CBC 2.10 prints the bound with its real sign: "Upper bound: 35652.253" when maximising, "Lower bound:"
    // when minimising; its "Gap:" line is rounded to 2 decimals (and negative for max), so the gap is
    // recomputed from the bound. (Fixed while adding the resources benchmark.)
    const b = (maximise ? /Upper bound:\s+(-?[\d.eE+-]+)/ : /Lower bound:\s+(-?[\d.eE+-]+)/).exec(log);
    const g = /Gap:\s+(-?[\d.eE+-]+)/.exec(log);
    if (b) bound = Number(b[1]);
    if (bound !== null && objective !== 0) gap = Math.abs(bound - objective) / Math.abs(objective);
    else if (g) gap = Math.abs(Number(g[1]));
  }
  return { status, objective, bound, gap, values, seconds, statusLine };
}

function errorResult(seconds: number, cpuSeconds: number | null, statusLine: string): CbcSolution {
  return { status: "error", objective: NaN, bound: null, gap: null, values: new Map(), seconds, cpuSeconds, statusLine };
}
