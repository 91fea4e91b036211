/**
 * Accessibility of the built pane on the sample workbook: axe-core on every step (and on the results of
 * Score and rank and Find the best portfolio) with no violation other than the documented exceptions, and a
 * keyboard-only walk through every step (no mouse): the step list, each step's controls, and the actions
 * whose results take the focus.
 */
import * as fs from "fs";
import * as path from "path";
import { canRunE2e, REPO_ROOT, startSession, type Pane, type Session } from "./support/harness";
import { USER_NOTES_SHEET } from "./support/fixture";
import { fixtureFromXlsx } from "./support/xlsxFixture";
import { noticeText, workbookRead } from "./support/steps";

const run = canRunE2e() ? describe : describe.skip;
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * Documented exceptions (docs/taskpane.md, "Accessibility checks"). An entry names the rule and a marker of the
 * only nodes it may flag. Fluent's focus manager (tabster) puts 1 px sentinels (`<i tabindex="0"
 * aria-hidden="true" role="none" data-tabster-dummy>`) around the step list and the page; focus that reaches one
 * is moved on at once, so no one stays on them and nothing is announced, but axe flags the pattern.
 */
const EXCEPTIONS: readonly { readonly rule: string; readonly marker: string }[] = [{ rule: "aria-hidden-focus", marker: "data-tabster-dummy" }];

interface AxeNode {
  readonly target: string[];
  readonly html: string;
}
interface AxeViolation {
  readonly id: string;
  readonly help: string;
  readonly nodes: AxeNode[];
}

async function axeViolations(pane: Pane): Promise<string[]> {
  const { page } = pane;
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  // Colours are judged as the user sees them at rest: mid fade-in a dialog's buttons are partly transparent.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html })) }));
  });
  const allowed = (rule: string, node: AxeNode) => EXCEPTIONS.some((e) => e.rule === rule && node.html.includes(e.marker));
  return violations.flatMap((v) => v.nodes.filter((n) => !allowed(v.id, n)).map((n) => `${v.id} (${v.help}): ${n.target.join(" ")} ${n.html.slice(0, 120)}`));
}

/** What has the focus, in words: its role and accessible-ish name. */
async function focused(pane: Pane): Promise<{ tag: string; name: string; visible: boolean; body: boolean }> {
  return pane.page.evaluate(() => {
    const e = document.activeElement as HTMLElement | null;
    if (!e || e === document.body) return { tag: "BODY", name: "", visible: false, body: true };
    const r = e.getBoundingClientRect();
    const byId = (ids: string | null) => (ids ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
    const labels = "labels" in e ? [...((e as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? "").join(" ") : "";
    const name = e.getAttribute("aria-label") || byId(e.getAttribute("aria-labelledby")) || labels || e.textContent || "";
    return { tag: e.tagName, name: name.trim().slice(0, 60), visible: r.width > 0 && r.height > 0, body: false };
  });
}

/** Tab until the focused element's text matches `name` (at most `limit` presses). */
async function tabTo(pane: Pane, name: RegExp, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await pane.page.keyboard.press("Tab");
    if (name.test((await focused(pane)).name)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

run("accessibility: axe-core and keyboard-only use", () => {
  let session: Session;
  let pane: Pane;

  beforeAll(async () => {
    session = await startSession();
    const sample = await fixtureFromXlsx(path.join(REPO_ROOT, "assets", "sample-portfolio.xlsx"));
    pane = await session.open({ fixture: { sheets: [...sample.sheets, USER_NOTES_SHEET] } });
    await workbookRead(pane);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("walks every step with the keyboard only; axe finds nothing on any of them", async () => {
    const { page } = pane;
    const titles = await page.getByRole("tab").evaluateAll((tabs) => tabs.map((t) => t.getAttribute("aria-label") ?? ""));
    expect(titles.length).toBeGreaterThanOrEqual(10);
    const problems: string[] = [];
    // Into the step list from the top of the page.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Tab");
    expect((await focused(pane)).name).toBe(titles[0]);
    for (let i = 0; i < titles.length; i++) {
      if (i > 0) {
        // The tab list moves with the arrow keys; Enter opens the focused step.
        const tab = page.getByRole("tab", { name: titles[i] });
        await tab.focus();
        await page.keyboard.press("Enter");
      }
      const title = titles[i]!.replace(/^Step \d+: /, "");
      await page.getByRole("heading", { level: 2, name: title }).waitFor();
      await page.waitForFunction(() => !document.querySelector("main [role=progressbar], main .fui-Spinner"), undefined, { timeout: 10000 }).catch(() => undefined);
      // Tab through the step to the end of the page: every stop is visible and named.
      let stops = 0;
      for (let k = 0; k < 40; k++) {
        await page.keyboard.press("Tab");
        const f = await focused(pane);
        if (f.body) break; // past the last control: the browser's own stop
        stops++;
        if (!f.visible) problems.push(`${title}: Tab ${k + 1} lands on an invisible ${f.tag}`);
        else if (!f.name) problems.push(`${title}: Tab ${k + 1} lands on a ${f.tag} without a name`);
      }
      if (stops === 0) problems.push(`${title}: Tab reaches nothing`);
      for (const v of await axeViolations(pane)) problems.push(`${title}: ${v}`);
    }
    expect(problems).toEqual([]);
  });

  it("Score and rank, then Find the best portfolio, from the keyboard: each result takes the focus and is clean", async () => {
    const { page } = pane;
    for (const [step, button, result] of [
      ["Prioritise", /^Score and rank$/, /PMO Ranking written/],
      ["Optimise", /^Find the best portfolio$/, /PMO Selection written/],
    ] as const) {
      await page.getByRole("tab", { name: new RegExp(`: ${step}$`) }).focus();
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { level: 2, name: step }).waitFor();
      await tabTo(pane, button);
      await page.keyboard.press("Enter");
      await noticeText(page, result, 60000);
      await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "notice", undefined, { timeout: 5000 });
      expect(await page.getByTestId("announcement").innerText()).toMatch(result);
      expect(await axeViolations(pane)).toEqual([]);
    }
  });

  it("the Share dialog: no banner behind it and axe finds nothing", async () => {
    const { page } = pane;
    await page.getByRole("tab", { name: /: Share$/ }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Share" }).waitFor();
    expect(await page.getByTestId("notice").count()).toBe(0);
    await tabTo(pane, /^Freeze for sharing$/);
    await page.keyboard.press("Enter");
    await page.getByRole("dialog").waitFor();
    expect(await page.getByTestId("notice").count()).toBe(0);
    expect(await axeViolations(pane)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("dialog").waitFor({ state: "detached" });
  });
});
