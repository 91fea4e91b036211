/**
 * The PMO.* functions as Excel runs them: dist/taskpane.html (the shared runtime page) in headless Chromium,
 * with office.js answered by a small recording double of the custom functions runtime. Checks that the
 * build registers every id in functions.json and that the optimisation functions solve with HiGHS (chunk +
 * highs.wasm) in solver Web Workers, not on the page's thread, and that Excel cancelling one call stops
 * only that call. Builds dist/ first when it is stale (support/freshBuild.js; PMO_DIST points at a private build).
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { toolPath } from "../../scripts/lib/requiredTools";
import { startStaticServer, type StaticServer } from "./support/staticServer";
import { OFFICE_JS, runtimeDouble } from "./support/functionsRuntime";
import { canRunE2e, DIST, REPO_ROOT } from "./support/harness";

const REFERENCE = path.resolve(REPO_ROOT, "test", "fixtures", "reference");
const built = canRunE2e() && fs.existsSync(path.join(DIST, "functions.json"));
const RUNTIME_DOUBLE = runtimeDouble(`
  // Records every job the page posts to a Web Worker (the solver protocol's "kind").
  window.__workerJobs = [];
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.kind) window.__workerJobs.push(message.kind);
    return post.call(this, message, ...rest);
  };
`);

(built ? describe : describe.skip)("custom functions in the built shared runtime page", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];
  const workers: { url: string; closed: boolean }[] = [];

  beforeAll(async () => {
    server = await startStaticServer(DIST);
    browser = await chromium.launch({ executablePath: toolPath("chromium") ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    page = await browser.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
    page.on("worker", (worker) => {
      const seen = { url: worker.url(), closed: false };
      workers.push(seen);
      worker.on("close", () => (seen.closed = true));
    });
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: RUNTIME_DOUBLE });
      return url.startsWith(server.url) ? route.continue() : route.abort();
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.waitForFunction(() => Object.keys((window as unknown as { __functions: object }).__functions).length > 0);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("registers exactly the ids listed in functions.json", async () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as { functions: { id: string }[] };
    const registered = await page.evaluate(() => Object.keys((window as unknown as { __functions: object }).__functions).sort());
    expect(registered).toEqual(metadata.functions.map((f) => f.id).sort());
    expect(pageErrors).toEqual([]);
  });

  it("computes a synchronous function and returns an error value with its message", async () => {
    const result = await page.evaluate(() => {
      const f = (window as unknown as { __functions: Record<string, (...a: unknown[]) => unknown> }).__functions;
      let error: unknown;
      try {
        f.ALIGNMENT!([["Hgh"]], [[1]]);
      } catch (e) {
        error = e;
      }
      return { score: f.ALIGNMENT!([["Strong", 9]], [[1], [1]]), error };
    });
    expect((result.score as number[][])[0]![0]).toBeCloseTo((100 * (6 + 9)) / 18, 9);
    expect(result.error).toEqual({
      code: "#VALUE!",
      message: "impacts, row 1, column 'driver 1': 'Hgh' is not valid; expected an impact level: None, Low, Moderate, Strong, Extreme or 0–9",
    });
  });

  it("solves PMO.SELECT with HiGHS loaded in the browser", async () => {
    const selection = await page.evaluate(() => {
      const f = (window as unknown as { __functions: Record<string, (...a: unknown[]) => Promise<unknown>> }).__functions;
      return f.SELECT!([[9], [5], [6], [4]], [[6], [3], [5], [2]], [[10]]);
    });
    // Hillier & Lieberman's budget-only case (test/fixtures/reference/cases/hillier-california-manufacturing.json): 15
    expect(selection).toEqual([[0], [1], [1], [1]]);
  });

  it("solves PMO.SELECT, FRONTIER and ALLOCATE in solver workers, not on the page's thread", async () => {
    // test/fixtures/reference/cases/winston-stockco.json: NPVs, outflows and budget 14 → optimum 42 with [0,1,1,1]
    const stockco = JSON.parse(fs.readFileSync(path.join(REFERENCE, "cases", "winston-stockco.json"), "utf8")) as {
      values: number[];
      weights: number[][];
      capacities: number[];
      optimum: number;
      solution: number[];
    };
    // test/fixtures/reference/cases/start-shift-6x6x2.json: 305 with starts moved by up to one month
    const shift = JSON.parse(fs.readFileSync(path.join(REFERENCE, "cases", "start-shift-6x6x2.json"), "utf8")) as {
      problem: { months: string[]; capacity: Record<string, number[]>; projects: { id: string; value: number; start: number; duration: number; demand: Record<string, number[]> }[] };
      answers: { shift1: { value: number; selected: string[] } };
    };
    const { problem } = shift;
    const args = {
      values: stockco.values.map((v) => [v]),
      costs: stockco.values.map((_, i) => stockco.weights.map((row) => row[i]!)),
      limits: [stockco.capacities],
      budgets: [[stockco.capacities[0]!]],
      projects: problem.projects.map((p) => [p.id, p.value, p.start, p.duration]),
      demand: problem.projects.flatMap((p) => Object.entries(p.demand).flatMap(([role, series]) => series.map((amount, k) => [p.id, role, k, amount]))),
      capacity: Object.entries(problem.capacity).map(([role, series]) => [role, ...series]),
    };
    const jobsBefore = await page.evaluate(() => (window as unknown as { __workerJobs: string[] }).__workerJobs.length);
    const answers = await page.evaluate(async (a) => {
      const f = (window as unknown as { __functions: Record<string, (...args: unknown[]) => Promise<unknown>> }).__functions;
      const [selection, frontier, starts] = await Promise.all([
        f.SELECT!(a.values, a.costs, a.limits),
        f.FRONTIER!(a.values, a.costs, a.budgets),
        f.ALLOCATE!(a.projects, a.demand, a.capacity, 1),
      ]);
      return { selection, frontier, starts, jobs: (window as unknown as { __workerJobs: string[] }).__workerJobs };
    }, args);

    expect(answers.selection).toEqual(stockco.solution.map((x) => [x]));
    expect(answers.frontier).toEqual([[stockco.capacities[0], stockco.optimum, stockco.solution.filter((x) => x === 1).length]]);
    const starts = answers.starts as (number | string)[][];
    const staffed = problem.projects.filter((_, i) => starts[i]![0] !== "");
    expect(staffed.map((p) => p.id)).toEqual(shift.answers.shift1.selected);
    expect(staffed.reduce((s, p) => s + p.value, 0)).toBe(shift.answers.shift1.value);

    expect(answers.jobs.slice(jobsBefore).sort()).toEqual(["allocate", "frontier", "select"]);
    expect(workers.length).toBeGreaterThan(0);
    expect(workers.every((w) => w.url.endsWith("/solver.worker.js"))).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it("a long solve leaves the page responsive; Excel cancelling it terminates its worker while a concurrent call answers", async () => {
    // test/fixtures/reference/knapsack/mknapcb1-1.json (OR-Library, 100 items × 5 limits): tens of seconds for HiGHS to
    // prove optimal (src/engine/selection/hardKnapsack.test.ts), so it is still running when cancelled.
    const hard = JSON.parse(fs.readFileSync(path.join(REFERENCE, "knapsack", "mknapcb1-1.json"), "utf8")) as {
      values: number[];
      weights: number[][];
      capacities: number[];
    };
    const args = {
      values: hard.values.map((v) => [v]),
      costs: hard.values.map((_, i) => hard.weights.map((row) => row[i]!)),
      limits: [hard.capacities],
    };
    const closedBefore = workers.filter((w) => w.closed).length;
    const outcome = await page.evaluate(async (a) => {
      const w = window as unknown as { __functions: Record<string, (...args: unknown[]) => Promise<unknown>>; __workerJobs: string[] };
      const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const posted = w.__workerJobs.length;
      const invocation: { onCanceled?: () => void } = {};
      let settledAt = 0;
      const cancelled = w.__functions.SELECT!(a.values, a.costs, a.limits, undefined, undefined, invocation).then(
        () => "answered",
        (e: { code: string; message: string }) => ({ code: e.code, message: e.message }),
      );
      void cancelled.then(() => (settledAt = 1));
      const other = await w.__functions.SELECT!([[9], [5], [6], [4]], [[6], [3], [5], [2]], [[10]]);
      while (w.__workerJobs.length < posted + 2) await sleep(10);
      // The page's thread stays free while the hard solve runs: timers keep firing and the solve is unfinished.
      let ticks = 0;
      for (let i = 0; i < 20; i++) {
        await sleep(10);
        ticks++;
      }
      const stillRunning = settledAt === 0;
      invocation.onCanceled!();
      const result = await cancelled;
      return { cancelled: result, other, stillRunning, ticks };
    }, args);
    // Timing is measured in bench/, not asserted here: what matters is that the thread ran while the solve had not ended.
    expect(outcome.ticks).toBe(20);
    expect(outcome.stillRunning).toBe(true);
    expect(outcome.cancelled).toEqual({ code: "#N/A", message: "The optimisation was cancelled." });
    // Hillier & Lieberman's budget-only case (test/fixtures/reference/cases/hillier-california-manufacturing.json): 15
    expect(outcome.other).toEqual([[0], [1], [1], [1]]);
    const deadline = Date.now() + 5000;
    while (workers.filter((w) => w.closed).length <= closedBefore && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(workers.filter((w) => w.closed).length).toBe(closedBefore + 1);
    expect(pageErrors).toEqual([]);
  });
});
