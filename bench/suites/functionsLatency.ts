/**
 * =PMO.SELECT as Excel calls it: the built shared runtime page (dist/taskpane.html) in headless Chromium
 * with the custom-functions runtime answered by a recording double (as in test/e2e/customFunctions.test.ts),
 * solving the sample workbook's selection (values, costs and limits of assets/sample-portfolio.xlsx).
 * Latency of the first call on a fresh page (cold), of later calls (warm: the pool's worker has HiGHS
 * loaded), and of four calls at once. Needs `npm run build` and Chromium; reported as skipped otherwise.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium } from "playwright-core";
import type { BenchSection } from "../benchSection";
import { markdownTable } from "../benchSection";
import { loadPortfolio } from "../../src/cli/io/portfolioInput";
import { selectionPlan } from "../../src/workflow";
import { toolPath } from "../../scripts/lib/requiredTools";
import { startStaticServer } from "../../test/e2e/support/staticServer";
import { OFFICE_JS, runtimeDouble } from "../../test/e2e/support/functionsRuntime";
import { DIST, distBuilt, REPO_ROOT } from "../../test/e2e/support/harness";

const RUNTIME_DOUBLE = runtimeDouble();
const WARM_CALLS = 10;
const ROUNDS = Number(process.env.PMO_LATENCY_ROUNDS ?? 3);

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const TITLE = "=PMO.SELECT latency in the browser (headless Chromium)";

export async function run(): Promise<BenchSection> {
  const chromiumPath = toolPath("chromium");
  if (!chromiumPath || !distBuilt() || !fs.existsSync(path.join(DIST, "functions.json"))) {
    return { title: TITLE, markdown: "Skipped: needs Chromium and a built dist/ (`npm run build`).", data: { skipped: true } };
  }
  const { portfolio } = await loadPortfolio(path.join(REPO_ROOT, "assets", "sample-portfolio.xlsx"));
  const { problem } = selectionPlan(portfolio);
  const limits = Object.keys(problem.limits);
  const args = {
    values: problem.projects.map((p) => [p.value]),
    costs: problem.projects.map((p) => limits.map((l) => p.costs[l] ?? 0)),
    limits: [limits.map((l) => problem.limits[l]!)],
  };

  const server = await startStaticServer(DIST);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const rounds: { cold: number; warm: number[]; concurrent: number; workers: number }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const page = await browser.newPage();
      let workers = 0;
      page.on("worker", () => workers++);
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: RUNTIME_DOUBLE });
        return url.startsWith(server.url) ? route.continue() : route.abort();
      });
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForFunction(() => Object.keys((window as unknown as { __functions: object }).__functions).length > 0);
      // A string, not a function: tsx would wrap named functions in a helper the page does not have.
      const times = (await page.evaluate(`(async () => {
        const a = ${JSON.stringify(args)};
        const select = window.__functions.SELECT;
        const call = () => select(a.values, a.costs, a.limits);
        let t0 = performance.now();
        await call();
        const cold = performance.now() - t0;
        const warm = [];
        for (let k = 0; k < ${WARM_CALLS}; k++) {
          t0 = performance.now();
          await call();
          warm.push(performance.now() - t0);
        }
        t0 = performance.now();
        await Promise.all([call(), call(), call(), call()]);
        return { cold, warm, concurrent: performance.now() - t0 };
      })()`)) as { cold: number; warm: number[]; concurrent: number };
      rounds.push({ ...times, workers });
      await page.close();
      process.stdout.write(`  round ${round + 1}: cold ${times.cold.toFixed(0)} ms, warm median ${median(times.warm).toFixed(0)} ms, 4 at once ${times.concurrent.toFixed(0)} ms, ${workers} workers started\n`);
    }
    const summary = {
      projects: problem.projects.length,
      limits: limits.length,
      coldMs: median(rounds.map((r) => r.cold)),
      warmMs: median(rounds.flatMap((r) => r.warm)),
      fourConcurrentMs: median(rounds.map((r) => r.concurrent)),
    };
    const markdown = [
      `The sample workbook's selection (${summary.projects} projects, ${summary.limits} cost limits) through =PMO.SELECT on dist/taskpane.html; milliseconds from the call to its answer, medians over ${ROUNDS} fresh pages (${WARM_CALLS} warm calls each). "Cold" is the first call on a fresh page, right after the functions registered (the prewarmed worker may still be loading HiGHS).`,
      "",
      markdownTable(
        ["call", "median ms"],
        [
          ["cold (first call on the page)", summary.coldMs.toFixed(0)],
          ["warm (target ≤ 100 ms)", summary.warmMs.toFixed(0)],
          ["4 calls at once (all answered)", summary.fourConcurrentMs.toFixed(0)],
        ],
      ),
    ].join("\n");
    return { title: TITLE, markdown, data: { summary, rounds } };
  } finally {
    await browser.close();
    await server.close();
  }
}
