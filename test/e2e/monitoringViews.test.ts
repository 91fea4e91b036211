/**
 * The monitoring views on the sample workbook in headless Chromium against the Excel host double:
 * "How robust?" (PMO Robustness), Monitor (PMO Status, PMO Dashboard) and Review (snapshot a cycle, compare
 * the workbook with it into PMO Review). Asserts what is written and saves a screenshot per view.
 */
import * as path from "path";
import { canRunE2e, publishScreenshots, REPO_ROOT, startSession, type Pane, type Session } from "./support/harness";
import { USER_NOTES_SHEET } from "./support/fixture";
import { fixtureFromXlsx } from "./support/xlsxFixture";
import { goToStep, noticeText, sheet, workbookRead } from "./support/steps";

const run = canRunE2e() ? describe : describe.skip;

run("monitoring views on the sample workbook", () => {
  let session: Session;
  let pane: Pane;
  const shots: string[] = [];
  const shot = async (name: string) => {
    await pane.screenshot(name);
    shots.push(name);
  };

  beforeAll(async () => {
    session = await startSession();
    const sample = await fixtureFromXlsx(path.join(REPO_ROOT, "assets", "sample-portfolio.xlsx"));
    pane = await session.open({ fixture: { sheets: [...sample.sheets, USER_NOTES_SHEET] } });
    await workbookRead(pane);
  });
  afterAll(async () => {
    publishScreenshots(shots);
    await session?.close();
  });

  it("How robust?: runs the Monte Carlo in the worker and writes PMO Robustness with its tornado", async () => {
    const { page } = pane;
    // The title has a "?", which goToStep would read as a pattern: open the tab directly.
    await page.getByRole("tab", { name: /: How robust\?$/ }).click();
    await page.getByRole("heading", { level: 2, name: "How robust?" }).waitFor();
    await page.getByRole("spinbutton", { name: "Draws" }).fill("2000");
    await page.getByRole("button", { name: "Check robustness" }).click();
    await noticeText(page, /PMO Robustness written/, 60000);
    const robustness = sheet(await pane.snapshot(), "PMO Robustness");
    expect(robustness.charts.map((c) => c.type)).toEqual(expect.arrayContaining(["BarStacked", "BarClustered"]));
    expect(robustness.tables.map((t) => t.name)).toEqual(expect.arrayContaining(["PMOSensitivity", "PMOTopKProbability"]));
    await page.getByRole("table", { name: /Probability of the top/ }).waitFor();
    await shot("10-robustness");
  });

  it("Monitor: writes PMO Status with RAG fills and trend arrows, and the one-page PMO Dashboard", async () => {
    const { page } = pane;
    await goToStep(page, "Monitor");
    await page.getByRole("button", { name: "Update status and dashboard" }).click();
    await noticeText(page, /PMO Status and PMO Dashboard written/, 60000);
    const snap = await pane.snapshot();
    const status = sheet(snap, "PMO Status");
    const types = status.conditionalFormats.map((c) => c.type);
    expect(types).toContain("IconSet");
    expect(types.filter((t) => t === "CellValue").length).toBeGreaterThanOrEqual(3);
    const dashboard = sheet(snap, "PMO Dashboard");
    expect(dashboard.charts.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(dashboard.pageLayout)).toMatch(/Landscape/i);
    await page.getByRole("group", { name: "Projects by status" }).waitFor();
    await shot("11-monitor");
  });

  it("Review: snapshots the cycle into the workbook and compares the workbook with it", async () => {
    const { page } = pane;
    await goToStep(page, "Review");
    await page.getByRole("textbox", { name: "Cycle name" }).fill("2027 plan");
    await page.getByRole("button", { name: "Snapshot this cycle" }).click();
    await noticeText(page, /Snapshot '2027 plan' saved/);
    const settings = (await pane.snapshot()).settings;
    expect(JSON.stringify(settings)).toContain("pmo-align-cycle");
    await page.getByRole("combobox", { name: "Compared with" }).click();
    await page.getByRole("option", { name: "2027 plan" }).click();
    await page.getByRole("button", { name: "Compare cycles" }).click();
    await noticeText(page, /PMO Review written/);
    sheet(await pane.snapshot(), "PMO Review");
    await shot("12-review");
    expect(pane.errors).toEqual([]);
  });
});
