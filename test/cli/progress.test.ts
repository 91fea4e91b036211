/**
 * Long runs show progress on a terminal (stderr, one line rewritten in place, cleared before results) and
 * nothing elsewhere; requests for absurd amounts of work are refused with the largest sensible value.
 */
import * as path from "path";
import type { CliIO } from "../../src/cli/framework/command";
import { PROGRESS_INTERVAL_MS, terminalProgress } from "../../src/cli/framework/progress";
import { main } from "../../src/cli/main";
import { run, sampleWorkbook, stockcoProblem, tempDir, writeJson } from "./helpers";

/** Runs the CLI in-process as if stderr were a terminal, recording every progress call. */
async function runOnTerminal(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const progress: (string | null)[] = [];
  const io: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l), cwd: process.cwd(), color: false, progress: (t) => progress.push(t) };
  const code = await main(argv, io);
  return { code, out, err, progress };
}

describe("progress on a terminal", () => {
  const dir = tempDir("pmo-progress-");

  it("robustness reports Monte Carlo draws done, then clears the line before the results", async () => {
    const r = await runOnTerminal(["robustness", sampleWorkbook, "--draws", "5000", "--seed", "3", "--out", path.join(dir, "rob.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.progress).toContain("Monte Carlo: 1,024 of 5,000 draws");
    expect(r.progress).toContain("Monte Carlo: 5,000 of 5,000 draws");
    expect(r.progress.at(-1)).toBeNull();
  });

  it("select reports the solve's phases and clears the line", async () => {
    const file = writeJson(dir, "stockco.json", stockcoProblem());
    const r = await runOnTerminal(["select", file, "--json"]);
    expect(r.code).toBe(0);
    expect(r.progress).toContain("Selecting: Solving for 4 projects");
    expect(r.progress.at(-1)).toBeNull();
    expect(JSON.parse(r.out.join("\n")).objective).toBe(42);
  });

  it("prints nothing when stderr is not a terminal", async () => {
    const r = await run(["robustness", sampleWorkbook, "--draws", "2000", "--out", path.join(dir, "rob2.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });

  it("rewrites one line in place, at most every interval, and clears it only when something was shown", () => {
    const written: string[] = [];
    let now = 0;
    const progress = terminalProgress((t) => written.push(t), () => now);
    progress(null);
    progress("a");
    now += PROGRESS_INTERVAL_MS / 2;
    progress("b");
    now += PROGRESS_INTERVAL_MS;
    progress("c");
    progress(null);
    expect(written).toEqual(["\ra\x1b[K", "\rc\x1b[K", "\r\x1b[K"]);
  });
});

describe("absurd amounts of work are refused with the largest sensible value", () => {
  it.each([
    [["robustness", sampleWorkbook, "--draws", "1e12"], "option '--draws' expects a whole number from 1 to 1,000,000, got '1e12'"],
    [["robustness", sampleWorkbook, "--core", "1000000"], "option '--core' expects a whole number from 0 to 10,000, got '1000000'"],
    [["select", sampleWorkbook, "--time-limit", "1e9"], "option '--time-limit' expects a number from 0.1 to 86,400, got '1e9'"],
    [["frontier", sampleWorkbook, "--levels", "100000"], "option '--levels' expects a whole number from 2 to 1,000, got '100000'"],
    [["allocate", sampleWorkbook, "--time-limit", "1e7"], "option '--time-limit' expects a number from 0.1 to 86,400, got '1e7'"],
  ])("%j", async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
