/**
 * The PMO.* functions as Excel runs them: dist/taskpane.html (the shared runtime page) in headless Chromium,
 * with office.js answered by a small recording double of the custom functions runtime. Checks that the
 * build registers every id in functions.json and that the async functions load HiGHS (chunk + highs.wasm)
 * in a browser. Needs `npm run build` first.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startStaticServer, type StaticServer } from "./support/staticServer";

const DIST = path.resolve(__dirname, "..", "..", "dist");
const built = fs.existsSync(path.join(DIST, "taskpane.html")) && fs.existsSync(path.join(DIST, "functions.json"));
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const RUNTIME_DOUBLE = `
  window.__functions = {};
  window.CustomFunctions = {
    associate(id, fn) { window.__functions[id] = fn; },
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
    Error: class { constructor(code, message) { this.code = code; this.message = message; } },
  };
  window.Office = { onReady(cb) { const info = { host: null, platform: null }; if (cb) setTimeout(() => cb(info)); return Promise.resolve(info); }, context: {} };
`;

(built ? describe : describe.skip)("custom functions in the built shared runtime page", () => {
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startStaticServer(DIST);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
    page = await browser.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
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
    // Hillier & Lieberman's budget-only case (../shared/reference/cases/hillier-california-manufacturing.json): 15
    expect(selection).toEqual([[0], [1], [1], [1]]);
  });
});
