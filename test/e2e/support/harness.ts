/**
 * Opens the built task pane (dist/taskpane.html) in headless Chromium against the Excel host double.
 * office.js from Microsoft's CDN is intercepted and answered with test/e2e/host/excelHostDouble.js; any
 * other outside request is refused (the machine is offline, and the pane must not depend on the web).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { toolPath } from "../../../scripts/lib/requiredTools";
import { startStaticServer, type StaticServer } from "./staticServer";
import type { WorkbookFixture } from "./fixture";

export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");
/** The built add-in; PMO_DIST points elsewhere for a private build while others rebuild dist/. */
export const DIST = process.env.PMO_DIST ? path.resolve(process.env.PMO_DIST) : path.join(REPO_ROOT, "dist");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const HOST_DOUBLE = fs.readFileSync(path.join(__dirname, "..", "host", "excelHostDouble.js"), "utf8");
const SCREENSHOTS = path.join(REPO_ROOT, "test-results", "screenshots");

const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface HostSnapshot {
  readonly sheets: {
    readonly name: string;
    readonly visibility: string;
    readonly cells: Record<string, { v: unknown; f?: string; nf?: string }>;
    readonly tables: { name: string; address: string }[];
    readonly charts: ({ type: string; source: string; name?: string; width?: number; height?: number } & Record<string, unknown>)[];
    readonly names: { name: string; reference: string }[];
    readonly conditionalFormats: ({ type: string; range: string } & Record<string, unknown>)[];
    readonly formats: { address: string; property: string; value: unknown }[];
    readonly columnWidths: Record<string, number>;
    readonly freezeRows: number;
    readonly pageLayout: Record<string, unknown>;
  }[];
  readonly settings: Record<string, unknown>;
  readonly activeSheet: string | null;
  readonly selection: { sheet: string; address: string } | null;
  readonly syncCount: number;
  readonly requests: { operations: number; bytes: number }[];
}

export interface PaneOptions {
  readonly fixture: WorkbookFixture;
  /** Sheets that "Insert sample portfolio" adds (the double cannot unzip .xlsx itself). */
  readonly insertFixture?: WorkbookFixture;
  readonly theme?: "light" | "dark";
  readonly apiVersion?: string;
  readonly viewport?: { width: number; height: number };
}

export interface Pane {
  readonly page: Page;
  readonly errors: string[];
  snapshot(): Promise<HostSnapshot>;
  syncCount(): Promise<number>;
  resetCounters(): Promise<void>;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export interface Session {
  open(options: PaneOptions): Promise<Pane>;
  close(): Promise<void>;
}

export function distBuilt(): boolean {
  return fs.existsSync(path.join(DIST, "taskpane.html")) && fs.existsSync(path.join(DIST, "taskpane.js"));
}

/**
 * Whether the e2e tests can run: headless Chromium is installed (test/e2e/support/freshBuild.js has already
 * built dist/ when it was missing or stale). Suites use `canRunE2e() ? describe : describe.skip`, so a
 * machine without Chromium reports them as skipped; under CI it fails instead (test/support/globalSetup.js).
 */
export function canRunE2e(): boolean {
  return toolPath("chromium") !== null && distBuilt();
}

export async function startSession(): Promise<Session> {
  const server: StaticServer = await startStaticServer(DIST);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pmo-e2e-"));
  const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
    executablePath: toolPath("chromium") ?? "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 380, height: 900 },
    locale: "en-GB",
    timezoneId: "UTC",
  });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: "application/javascript", body: HOST_DOUBLE });
    if (url.startsWith(server.url) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    return route.abort("blockedbyclient");
  });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });

  return {
    async open(options) {
      const page = await context.newPage();
      if (options.viewport) await page.setViewportSize(options.viewport);
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      await page.addInitScript(
        ({ fixture, insert, apiVersion }) => {
          const w = window as unknown as Record<string, unknown>;
          w.__pmoFixture = fixture;
          w.__pmoInsertFixture = insert;
          w.__pmoApiVersion = apiVersion;
        },
        { fixture: options.fixture, insert: options.insertFixture ?? null, apiVersion: options.apiVersion ?? null },
      );
      await page.goto(`${server.url}taskpane.html${options.theme === "dark" ? "?theme=dark" : ""}`);
      await page.getByRole("heading", { name: "PMO Align" }).waitFor({ timeout: 20000 });
      return {
        page,
        errors,
        snapshot: () => page.evaluate(() => (window as unknown as { __excelHost: { snapshot(): HostSnapshot } }).__excelHost.snapshot()),
        syncCount: () => page.evaluate(() => (window as unknown as { __excelHost: { host: { syncCount: number } } }).__excelHost.host.syncCount),
        resetCounters: () => page.evaluate(() => (window as unknown as { __excelHost: { resetCounters(): void } }).__excelHost.resetCounters()),
        async screenshot(name) {
          const file = path.join(SCREENSHOTS, `${name}.png`);
          await page.screenshot({ path: file, fullPage: true });
          return file;
        },
        close: () => page.close(),
      };
    },
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Copy the final screenshots into docs/screenshots (committed; the README shows them). Only with
 * PMO_PUBLISH_SCREENSHOTS=1 (`npm run screenshots`), so an ordinary test run never edits tracked files.
 */
export function publishScreenshots(names: readonly string[]): void {
  if (process.env.PMO_PUBLISH_SCREENSHOTS !== "1") return;
  const target = path.join(REPO_ROOT, "docs", "screenshots");
  fs.mkdirSync(target, { recursive: true });
  for (const name of names) {
    const file = path.join(SCREENSHOTS, `${name}.png`);
    if (fs.existsSync(file)) fs.copyFileSync(file, path.join(target, `${name}.png`));
  }
}
