/**
 * Monitoring and robustness (issue 7): Monte Carlo top-k probabilities for 10,000 draws × 1,000 projects
 * (weights and ratings uncertain, each alone), exact rank-flip sensitivity for 1,000 projects × 20 drivers,
 * the core index on the sample workbook (re-optimising the selection per draw), and the time to render
 * the steering report as HTML and PDF (charts included). Figures are recorded, never asserted.
 */
import * as os from "os";
import * as path from "path";
import { markdownTable, measure, type BenchSection } from "../benchSection";
import { coreIndex } from "../../src/engine/robustness/coreIndex";
import { topKProbability } from "../../src/engine/robustness/monteCarlo";
import { createRandom } from "../../src/engine/robustness/random";
import { rankFlipSensitivity } from "../../src/engine/robustness/sensitivity";
import { toSelectionProblem } from "../../src/workflow";
import { scorePortfolio } from "../../src/engine/portfolio/scorePortfolio";
import { buildDashboard } from "../../src/cli/io/monitoringInputs";
import { loadPortfolio } from "../../src/cli/io/portfolioInput";
import { renderReport } from "../../src/cli/report";

const LEVELS = [0, 1, 3, 6, 9];

function randomPortfolio(seed: number, n: number, m: number): { impacts: number[][]; weights: number[] } {
  const r = createRandom(seed);
  return {
    impacts: Array.from({ length: n }, () => Array.from({ length: m }, () => LEVELS[r.nextUint32() % LEVELS.length]!)),
    weights: Array.from({ length: m }, () => 0.2 + r.nextOpen01()),
  };
}

export async function run(): Promise<BenchSection> {
  const rows: (string | number)[][] = [];
  // Other processes share the machine during development runs; the load average says how much.
  const loadBefore = os.loadavg()[0]!;
  const data: Record<string, unknown> = { loadAverageAtStart: loadBefore, cpus: os.cpus().length };

  // Monte Carlo: 1,000 projects × 8 drivers, k = 50, 10,000 draws. A warm-up run first (JIT), as in the pane.
  const mc = randomPortfolio(7, 1000, 8);
  topKProbability(mc.impacts, mc.weights, 9, { k: 50, draws: 500, seed: 1 });
  const mcRuns: Record<string, number> = {};
  for (const [label, options] of [
    ["weights (Dirichlet 50) and ratings ±1 step", {}],
    ["weights only", { impactSteps: false }],
    ["ratings only", { concentration: Infinity }],
  ] as const) {
    const { result, seconds } = await measure(() => topKProbability(mc.impacts, mc.weights, 9, { k: 50, draws: 10_000, seed: 1, ...options }));
    mcRuns[label] = seconds;
    const maxSe = Math.max(...result.standardError);
    rows.push([`Monte Carlo top-50, ${label}`, "1,000 × 8, 10,000 draws", seconds.toFixed(3), `max s.e. ${maxSe.toFixed(4)}`]);
  }
  data.monteCarlo = { projects: 1000, drivers: 8, k: 50, draws: 10_000, seconds: mcRuns };

  // Sensitivity: 1,000 projects × 20 drivers, exact crossings for top-10 and top-100.
  const sens = randomPortfolio(11, 1000, 20);
  const sensRuns: Record<string, number> = {};
  for (const k of [10, 100]) {
    const { result, seconds } = await measure(() => rankFlipSensitivity(sens.impacts, sens.weights, 9, { k }));
    sensRuns[`k${k}`] = seconds;
    rows.push([`Rank-flip sensitivity, top ${k}`, "1,000 × 20", seconds.toFixed(3), `smallest change ${result.smallestChange?.toFixed(2) ?? "none"} pp`]);
  }
  data.sensitivity = { projects: 1000, drivers: 20, seconds: sensRuns };

  // Core index and report on the sample workbook.
  const sample = path.join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx");
  const { portfolio } = await loadPortfolio(sample);
  const scores = scorePortfolio(portfolio);
  const problem = toSelectionProblem(portfolio, scores);
  const core = await measure(() => coreIndex(problem, portfolio.projects.map((p) => p.impacts), scores.weights, portfolio.impactScale.max, { draws: 100, seed: 1, levels: portfolio.impactScale.levels.map((l) => l.value) }));
  rows.push(["Core index (selection re-optimised per draw)", `sample, ${portfolio.projects.length} projects, 100 draws`, core.seconds.toFixed(2), `${core.result.optimalDraws}/100 proven optimal`]);
  data.coreIndex = { projects: portfolio.projects.length, draws: 100, seconds: core.seconds, optimalDraws: core.result.optimalDraws };

  const built = await buildDashboard(portfolio, { frontierLevels: 8 });
  await renderReport(built.data, built.status, "html"); // warm-up: Vega's first parse
  const reports: Record<string, number> = {};
  for (const format of ["html", "pdf"] as const) {
    const { result, seconds } = await measure(() => renderReport(built.data, built.status, format));
    reports[format] = seconds;
    rows.push([`Steering report, ${format.toUpperCase()}`, `sample, ${result.charts.length} charts`, seconds.toFixed(3), `${Math.round(result.content.length / 1024)} KB`]);
  }
  data.report = { seconds: reports };

  return {
    title: "Monitoring and robustness",
    markdown: `${markdownTable(["Task", "Size", "Seconds", "Note"], rows)}\n\nLoad average at start ${loadBefore.toFixed(1)} on ${os.cpus().length} CPUs (timings grow with other work on the machine).`,
    data,
  };
}
