/**
 * Scoring engine (issue 3 §2, issue 13): alignment scores and ranking for 100,000 projects × 20 drivers, on
 * the columnar engine path (the ≤ 50 ms target), on the product's paths (rankPortfolio for the CLI and the
 * pane, =PMO.ALIGNMENT then =PMO.RANK for the functions) and against a naive map/reduce/sort baseline in the
 * same run (same data, results compared); and AHP on 15 drivers (eigenvector vs geometric mean). Seeded data;
 * timings are recorded, never asserted.
 */
import * as os from "os";
import { markdownTable, measure, type BenchSection } from "../benchSection";
import { ahpWeights, eigenvectorPriorities, geometricMeanPriorities, nearestSaatyValue, SAATY_SCALE } from "../../src/engine/ahp";
import { alignmentColumns, alignmentScores } from "../../src/engine/alignment";
import { readPortfolio } from "../../src/engine/portfolio";
import type { Portfolio as TemplatePortfolio, RawCell, TableData } from "../../src/engine/portfolio";
import { rankColumns, rankProjects, type RankedProject, type RankOrder } from "../../src/engine/ranking";
import { alignment as alignmentFunction } from "../../src/functions/alignment";
import { rank as rankFunction } from "../../src/functions/ranking";
import { rankPortfolio } from "../../src/workflow";
import { mulberry32 as random } from "../../scripts/lib/mulberry32";

const PROJECTS = 100_000;
const DRIVERS = 20;
const REPEATS = 5;
const AHP_SIZE = 15;
const AHP_CALLS = 2_000;
const IMPACT_LEVELS = [0, 1, 3, 6, 9];


interface Portfolio {
  readonly ids: string[];
  readonly impacts: number[][];
  readonly weights: number[];
  readonly costs: number[];
}

function generatePortfolio(seed: number): Portfolio {
  const rnd = random(seed);
  const ids = Array.from({ length: PROJECTS }, (_, i) => `P${String(i + 1).padStart(6, "0")}`);
  const impacts = ids.map(() => Array.from({ length: DRIVERS }, () => IMPACT_LEVELS[Math.floor(rnd() * IMPACT_LEVELS.length)]!));
  const weights = Array.from({ length: DRIVERS }, () => 1 + Math.floor(rnd() * 10));
  // Costs on a coarse grid so that score and value-per-cost ties actually occur and the tie-break is exercised.
  const costs = ids.map(() => 50 * (1 + Math.floor(rnd() * 40)));
  return { ids, impacts, weights, costs };
}

/** Engine path: alignmentColumns then rankColumns (RANK.EQ + documented tie-break, typed arrays, no object per project). */
function engineScoreAndRank(p: Portfolio): RankOrder {
  const { scores } = alignmentColumns(p.impacts, p.weights, 9);
  return rankColumns({ ids: p.ids, scores, costs: p.costs });
}

/** The template's Drivers and Projects tables of the same portfolio (numeric impacts), as a reader hands them over. */
function templateTables(p: Portfolio): TableData[] {
  const drivers = p.weights.map((_, j) => `Driver ${j + 1}`);
  const rows: RawCell[][] = p.ids.map((id, i) => [id, `Project ${i + 1}`, p.costs[i]!, ...p.impacts[i]!]);
  return [
    { name: "Drivers", headers: ["Driver", "Weight"], rows: drivers.map((d, j) => [d, p.weights[j]!]) },
    { name: "Projects", headers: ["Project", "Name", "Cost", ...drivers], rows },
  ];
}

/** The cells =PMO.ALIGNMENT receives: the impacts range and the weights column. */
function functionArguments(p: Portfolio): { impacts: unknown[][]; weights: unknown[][] } {
  return { impacts: p.impacts, weights: p.weights.map((w) => [w]) };
}

/** The same ranking as one object per project (rankProjects, what the sheets and functions consume). */
function engineScoreAndRankObjects(p: Portfolio): RankedProject[] {
  const { scores } = alignmentScores(p.impacts, p.weights, 9);
  return rankProjects(p.ids.map((id, i) => ({ id, score: scores[i]!, cost: p.costs[i]! })));
}

/** What one would write first: map/reduce for scores, objects, a sort with localeCompare, a Map for RANK.EQ. */
function naiveScoreAndRank(p: Portfolio): { id: string; rank: number; position: number; score: number }[] {
  const total = p.weights.reduce((a, b) => a + b, 0);
  const w = p.weights.map((x) => x / total);
  const contributions = p.impacts.map((row) => row.map((impact, j) => ((w[j]! * impact) / 9) * 100));
  // Same 10-decimal rounding as the engine, so that equal scores tie in both and the results can be compared.
  const scores = contributions.map((row) => Math.round(row.reduce((a, b) => a + b, 0) * 1e10) / 1e10);
  const items = p.ids.map((id, i) => ({ id, score: scores[i]!, cost: p.costs[i]!, valuePerCost: scores[i]! / p.costs[i]! }));
  const sorted = [...items].sort((a, b) => b.score - a.score || b.valuePerCost - a.valuePerCost || a.cost - b.cost || a.id.localeCompare(b.id));
  const firstPosition = new Map<number, number>();
  sorted.forEach((item, k) => {
    if (!firstPosition.has(item.score)) firstPosition.set(item.score, k + 1);
  });
  return sorted.map((item, k) => ({ id: item.id, rank: firstPosition.get(item.score)!, position: k + 1, score: item.score }));
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fixed = (x: number, digits: number) => x.toFixed(digits);

function randomSaatyMatrix(n: number, seed: number): number[][] {
  const rnd = random(seed);
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const v = SAATY_SCALE[Math.floor(rnd() * SAATY_SCALE.length)]!;
      m[i]![j] = v;
      m[j]![i] = 1 / v;
    }
  }
  return m;
}

/** A realistic matrix: consistent judgements from hidden weights, rounded to Saaty's scale. */
function roundedConsistentMatrix(n: number, seed: number): number[][] {
  const rnd = random(seed);
  const w = Array.from({ length: n }, () => 0.2 + rnd());
  return w.map((wi) => w.map((wj) => nearestSaatyValue(wi / wj))).map((row, i, rows) => row.map((v, j) => (j < i ? 1 / rows[j]![i]! : v)));
}

/** Median over 5 batches of the time per call, in µs (robust to GC pauses and a busy machine). */
async function microsecondsPerCall(fn: () => unknown, calls: number): Promise<number> {
  const batches: number[] = [];
  for (let b = 0; b < 5; b++) {
    const { seconds } = await measure(() => {
      for (let k = 0; k < calls; k++) fn();
    });
    batches.push((seconds / calls) * 1e6);
  }
  return median(batches);
}

async function benchAhp() {
  const cases = [
    { name: "rounded consistent (typical)", matrix: roundedConsistentMatrix(AHP_SIZE, 7) },
    { name: "random Saaty judgements (worst case)", matrix: randomSaatyMatrix(AHP_SIZE, 11) },
  ];
  const rows = [];
  for (const c of cases) {
    const eigen = ahpWeights(c.matrix);
    const geo = ahpWeights(c.matrix, { method: "geometric" });
    const eigenPriorities = await microsecondsPerCall(() => eigenvectorPriorities(c.matrix), AHP_CALLS);
    const geoPriorities = await microsecondsPerCall(() => geometricMeanPriorities(c.matrix), AHP_CALLS);
    const eigenFull = await microsecondsPerCall(() => ahpWeights(c.matrix), AHP_CALLS / 10);
    const geoFull = await microsecondsPerCall(() => ahpWeights(c.matrix, { method: "geometric" }), AHP_CALLS / 10);
    const maxWeightDifference = Math.max(...eigen.weights.map((w, i) => Math.abs(w - geo.weights[i]!)));
    const sameOrder =
      JSON.stringify(eigen.weights.map((_, i) => i).sort((a, b) => eigen.weights[b]! - eigen.weights[a]!)) ===
      JSON.stringify(geo.weights.map((_, i) => i).sort((a, b) => geo.weights[b]! - geo.weights[a]!));
    rows.push({
      matrix: c.name,
      n: AHP_SIZE,
      eigenvector: {
        iterations: eigen.iterations,
        lambdaMax: eigen.lambdaMax,
        cr: eigen.cr,
        prioritiesMicroseconds: eigenPriorities,
        fullMicroseconds: eigenFull,
        worstJudgement: eigen.inconsistencies[0],
      },
      geometric: {
        lambdaMax: geo.lambdaMax,
        cr: geo.cr,
        prioritiesMicroseconds: geoPriorities,
        fullMicroseconds: geoFull,
      },
      maxWeightDifference,
      sameOrder,
    });
  }
  return rows;
}

export async function run(): Promise<BenchSection> {
  const loadAverage = os.loadavg()[0]!;
  const portfolio = generatePortfolio(2026);
  // Warm up both paths on the full data once so the JIT has compiled them before timing.
  const engineResult = engineScoreAndRank(portfolio);
  const naiveResult = naiveScoreAndRank(portfolio);
  const objectResult = engineScoreAndRankObjects(portfolio);
  const sameOrder =
    naiveResult.every((p, k) => p.id === portfolio.ids[engineResult.order[k]!] && p.rank === engineResult.rank[k]) &&
    objectResult.every((p, k) => p.id === naiveResult[k]!.id && p.rank === naiveResult[k]!.rank);
  const distinctScores = new Set(objectResult.map((p) => p.score)).size;
  const naiveRank = new Map(naiveResult.map((p) => [p.id, p.rank]));

  // The product's inputs: the template's tables read into a Portfolio, and the cells the functions receive.
  const tables = templateTables(portfolio);
  const read = readPortfolio(tables);
  if (!read.portfolio) throw new Error(`synthetic tables did not read: ${read.problems.map((x) => x.message).join("; ")}`);
  const template: TemplatePortfolio = read.portfolio;
  const cells = functionArguments(portfolio);
  const viaWorkflow = rankPortfolio(template);
  const scoreCells = alignmentFunction(cells.impacts, cells.weights);
  const rankCells = rankFunction(scoreCells);
  const sameAsProduct =
    viaWorkflow.sheet.rows.every((r, k) => r.project === objectResult[k]!.id && r.rank === objectResult[k]!.rank) &&
    scoreCells.every((row, i) => row[0] === viaWorkflow.detail.scores[i]) &&
    rankCells.every((row, i) => row[0] === naiveRank.get(portfolio.ids[i]!));

  const timed: Record<string, { seconds: number; heapMB: number }[]> = {};
  const time = async (name: string, fn: () => unknown) => {
    const m = await measure(fn);
    (timed[name] ??= []).push({ seconds: m.seconds, heapMB: m.heapMB });
    return m.result;
  };
  for (let r = 0; r < REPEATS; r++) {
    await time("engine", () => engineScoreAndRank(portfolio));
    const columns = (await time("scoringColumns", () => alignmentColumns(portfolio.impacts, portfolio.weights, 9))) as ReturnType<typeof alignmentColumns>;
    await time("rankingColumns", () => rankColumns({ ids: portfolio.ids, scores: columns.scores, costs: portfolio.costs }));
    await time("scoringApi", () => alignmentScores(portfolio.impacts, portfolio.weights, 9).scores);
    await time("scoringApiRows", () => alignmentScores(portfolio.impacts, portfolio.weights, 9).contributions);
    await time("objects", () => engineScoreAndRankObjects(portfolio));
    await time("readPortfolio", () => readPortfolio(tables));
    await time("rankPortfolio", () => rankPortfolio(template));
    const scored = (await time("alignmentFunction", () => alignmentFunction(cells.impacts, cells.weights))) as unknown[][];
    await time("rankFunction", () => rankFunction(scored));
    await time("naive", () => naiveScoreAndRank(portfolio));
  }
  const summary = (runs: readonly { seconds: number; heapMB: number }[]) => ({
    medianSeconds: median(runs.map((r) => r.seconds)),
    medianHeapMB: median(runs.map((r) => r.heapMB)),
  });
  const results = Object.fromEntries(Object.entries(timed).map(([k, runs]) => [k, { ...summary(runs), runs }]));
  const row = (label: string, key: string) => [label, fixed(results[key]!.medianSeconds, 3), fixed(results[key]!.medianHeapMB, 1), REPEATS];
  const functionsTotal = median(timed.alignmentFunction!.map((a, k) => a.seconds + timed.rankFunction![k]!.seconds));
  const ahp = await benchAhp();

  const scoringTable = markdownTable(
    ["path (100,000 projects × 20 drivers)", "median s", "median heap growth MB", "runs"],
    [
      row("engine: alignmentColumns + rankColumns, together (target ≤ 0.050 s)", "engine"),
      row("  scoring alone: alignmentColumns (scores + flat contributions)", "scoringColumns"),
      row("  ranking alone: rankColumns", "rankingColumns"),
      row("alignmentScores, scores only (contribution rows not read)", "scoringApi"),
      row("alignmentScores with its contribution rows read (one array per project)", "scoringApiRows"),
      row("engine with objects: alignmentScores + rankProjects", "objects"),
      row("CLI and pane: rankPortfolio(portfolio) (scores, both rankings, WSJF, sheet rows)", "rankPortfolio"),
      row("  before it, once per file: readPortfolio (template tables → Portfolio)", "readPortfolio"),
      row("functions: =PMO.ALIGNMENT (cells in, one row per cell out)", "alignmentFunction"),
      row("functions: =PMO.RANK on its result", "rankFunction"),
      ["  =PMO.ALIGNMENT + =PMO.RANK", fixed(functionsTotal, 3), "", REPEATS],
      row("naive map/reduce + sort(localeCompare) + Map rank", "naive"),
    ],
  );
  const ahpTable = markdownTable(
    ["15×15 matrix", "method", "iterations", "λmax", "CR", "µs priorities", "µs full (CR + 3 fixes)"],
    ahp.flatMap((a) => [
      [a.matrix, "eigenvector", a.eigenvector.iterations, fixed(a.eigenvector.lambdaMax, 4), fixed(a.eigenvector.cr, 4), fixed(a.eigenvector.prioritiesMicroseconds, 1), fixed(a.eigenvector.fullMicroseconds, 1)],
      [a.matrix, "geometric mean", 0, fixed(a.geometric.lambdaMax, 4), fixed(a.geometric.cr, 4), fixed(a.geometric.prioritiesMicroseconds, 1), fixed(a.geometric.fullMicroseconds, 1)],
    ]),
  );
  const notes = [
    `Same order and ranks from rankPortfolio and =PMO.ALIGNMENT/=PMO.RANK as from the engine and the naive path: ${sameAsProduct ? "yes" : "NO"}.`,
    `Same display order and RANK.EQ ranks from both paths: ${sameOrder ? "yes" : "NO"} (${distinctScores.toLocaleString("en")} distinct scores among ${PROJECTS.toLocaleString("en")} projects, so ties are frequent).`,
    `Load average when the suite started: ${loadAverage.toFixed(1)}, at its end ${os.loadavg()[0]!.toFixed(1)}, on ${os.cpus().length} cores (other work on the machine inflates every timing).`,
    `Heap growth is heapUsed after minus before (results still referenced; GC may run in between), so it is indicative only.`,
    ...ahp.map(
      (a) =>
        `AHP ${a.matrix}: largest weight difference eigenvector vs geometric ${a.maxWeightDifference.toExponential(2)}, same priority order: ${a.sameOrder ? "yes" : "no"}.`,
    ),
  ];
  return {
    title: "Scoring engine: alignment, ranking and AHP",
    markdown: [scoringTable, "", ahpTable, "", ...notes.map((n) => `- ${n}`)].join("\n"),
    data: { loadAverage, loadAverageAtEnd: os.loadavg()[0]!, projects: PROJECTS, drivers: DRIVERS, repeats: REPEATS, ...results, functionsTotal, sameOrder, sameAsProduct, distinctScores, ahp },
  };
}
