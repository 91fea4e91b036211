/**
 * Broken and unusual workbooks: problems listed in words with links that select the cell, a user sheet
 * squatting on a PMO name left untouched, Excel busy in cell-edit mode, a failed write leaving the old
 * result, an empty workbook getting the template or the sample, and hosts without newer API sets.
 */
import { canRunE2e, publishScreenshots, startSession, type Session } from "./support/harness";
import { syntheticPortfolio, workbookFromTables, type FixtureTable } from "./support/fixture";
import { goToStep, noticeText, sheet, workbookRead } from "./support/steps";
import { fixtureFromXlsx } from "./support/xlsxFixture";
import { REPO_ROOT } from "./support/harness";
import * as path from "path";

const run = canRunE2e() ? describe : describe.skip;

function brokenPortfolio(): FixtureTable[] {
  const tables = syntheticPortfolio(6);
  return tables.map((t) => {
    if (t.name !== "Projects") return t;
    const rows = t.rows.map((r) => [...r]);
    rows[1][4] = "lots"; // text in the Cost column
    rows[2][10] = "Hgih"; // unknown impact word
    rows[3][0] = rows[0][0]; // duplicate project id
    return { ...t, rows };
  });
}

run("broken and unusual workbooks", () => {
  let session: Session;
  const shots: string[] = [];
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    publishScreenshots(shots);
    await session?.close();
  });

  it("lists every problem in words, links each to its cell, and blocks the calculations", async () => {
    const pane = await session.open({ fixture: workbookFromTables(brokenPortfolio()) });
    const { page } = pane;
    await workbookRead(pane);
    const items = page.getByTestId("problem");
    const texts = await items.allInnerTexts();
    expect(texts.length).toBeGreaterThanOrEqual(3);
    const all = texts.join("\n");
    expect(all).toMatch(/Cost/);
    expect(all).toMatch(/'lots'/);
    expect(all).toMatch(/Hgih/);
    expect(all).toMatch(/P0001/);
    expect(await page.getByTestId("problem-count").innerText()).toMatch(/\d+ errors?/);

    const link = items.filter({ hasText: "'lots'" }).getByRole("button", { name: /^Go to / }).first();
    const target = (await link.innerText()).replace("Go to ", "");
    await link.click();
    await page.waitForFunction(() => (window as unknown as { __excelHost: { host: { selection: unknown } } }).__excelHost.host.selection !== null);
    const snap = await pane.snapshot();
    expect(`${snap.selection!.sheet}!${snap.selection!.address}`).toBe(target);
    expect(target).toBe("Projects!E3");
    await pane.screenshot("8-problems");
    shots.push("8-problems");

    await goToStep(page, "Prioritise");
    expect(await page.getByRole("button", { name: "Score and rank" }).isDisabled()).toBe(true);
    expect(await page.getByText("Fix the errors listed on the Workbook step first.").isVisible()).toBe(true);
    await pane.close();
  });

  it("maps the columns of the user's own table, saved in the workbook so it survives reopening", async () => {
    const tables = syntheticPortfolio(7).map((t) =>
      t.name === "Projects"
        ? { ...t, name: "Portfolio2027", headers: t.headers.map((h) => (h === "Project" ? "Code" : h === "Cost" ? "Total spend (EUR)" : h)) }
        : t,
    );
    const pane = await session.open({ fixture: workbookFromTables(tables) });
    const { page } = pane;
    await workbookRead(pane);
    expect(await page.getByTestId("problem-count").innerText()).toMatch(/error/);
    await page.getByRole("combobox", { name: "Your table" }).click();
    await page.getByRole("option", { name: "Portfolio2027" }).click();
    await page.getByRole("combobox", { name: /^Project \(required\)/ }).click();
    await page.getByRole("option", { name: "Code" }).click();
    await page.getByRole("combobox", { name: /^Cost(?! of)/ }).click();
    await page.getByRole("option", { name: "Total spend (EUR)" }).click();
    await pane.screenshot("8b-column-mapping");
    shots.push("8b-column-mapping");
    await page.getByRole("button", { name: "Save mapping" }).click();
    await noticeText(page, /Column mapping saved/);
    await page.getByTestId("workbook-summary").filter({ hasText: /^7 projects/ }).waitFor();
    const snap = await pane.snapshot();
    const mapping = JSON.parse(String(snap.settings["PMOAlign.columnMapping"]));
    expect(mapping.tables).toEqual({ Projects: "Portfolio2027" });
    expect(mapping.columns.Projects).toMatchObject({ Project: "Code", Cost: "Total spend (EUR)" });
    // The user's table itself is unchanged.
    expect(sheet(snap, "Projects").tables.map((t) => t.name)).toEqual(["Portfolio2027"]);
    expect(sheet(snap, "Projects").cells.A1.v).toBe("Code");
    await pane.close();

    // Reopen the same workbook (with its settings): the mapping applies straight away.
    const again = await session.open({
      fixture: { sheets: workbookFromTables(tables).sheets, settings: snap.settings },
    });
    await workbookRead(again);
    await again.page.getByTestId("workbook-summary").filter({ hasText: /^7 projects/ }).waitFor();
    expect(await again.page.getByTestId("problem-count").innerText()).not.toMatch(/error/);
    await again.close();
  });

  it("refuses to overwrite a user's sheet named like a PMO sheet and says why", async () => {
    const fixture = workbookFromTables(syntheticPortfolio(5), [
      { name: "PMO Ranking", cells: [[0, 0, "My own ranking"], [1, 0, 42]], tables: [] },
    ]);
    const pane = await session.open({ fixture });
    const { page } = pane;
    await workbookRead(pane);
    await goToStep(page, "Prioritise");
    await page.getByRole("button", { name: "Score and rank" }).click();
    const text = await noticeText(page, /did not finish/);
    expect(text).toContain("A sheet named 'PMO Ranking' already exists and was not created by PMO Align");
    const mine = sheet(await pane.snapshot(), "PMO Ranking");
    expect(mine.cells.A1.v).toBe("My own ranking");
    expect(mine.cells.A2.v).toBe(42);
    expect(Object.keys(mine.cells)).toHaveLength(2);
    await pane.close();
  });

  it("retries while Excel is in cell-edit mode and tells the user", async () => {
    const pane = await session.open({ fixture: workbookFromTables(syntheticPortfolio(5)) });
    const { page } = pane;
    await workbookRead(pane);
    await goToStep(page, "Prioritise");
    await page.evaluate(() => ((window as unknown as { __excelHost: { host: { cellEditSyncs: number } } }).__excelHost.host.cellEditSyncs = 1));
    await page.getByRole("button", { name: "Score and rank" }).click();
    expect(await noticeText(page, /Excel is busy/)).toMatch(/cell is being edited/);
    await noticeText(page, /PMO Ranking written/);
    expect(sheet(await pane.snapshot(), "PMO Ranking").charts.length).toBeGreaterThan(0);
    await pane.close();
  });

  it("keeps the previous result when a rewrite fails part-way (atomic swap)", async () => {
    const pane = await session.open({ fixture: workbookFromTables(syntheticPortfolio(5)) });
    const { page } = pane;
    await workbookRead(pane);
    await goToStep(page, "Prioritise");
    await page.getByRole("button", { name: "Score and rank" }).click();
    await noticeText(page, /PMO Ranking written/);
    const first = sheet(await pane.snapshot(), "PMO Ranking");

    await page.evaluate(() => ((window as unknown as { __excelHost: { host: { failOn: string } } }).__excelHost.host.failOn = "ChartCollection.add"));
    await page.getByRole("button", { name: "Score and rank" }).click();
    expect(await noticeText(page, /did not finish/)).toMatch(/Injected failure/);
    const snap = await pane.snapshot();
    expect(sheet(snap, "PMO Ranking")).toEqual(first);
    expect(snap.sheets.filter((s) => s.name.startsWith("~"))).toEqual([]);
    await pane.close();
  });

  it("creates the empty template in an empty workbook", async () => {
    const pane = await session.open({ fixture: { sheets: [{ name: "Sheet1", cells: [], tables: [] }] } });
    const { page } = pane;
    await workbookRead(pane);
    expect(await page.getByTestId("problem-count").innerText()).toMatch(/error/);
    await page.screenshot({ path: "test-results/screenshots/0-empty-workbook.png", fullPage: true });
    shots.push("0-empty-workbook");
    await page.getByRole("button", { name: "Create empty template" }).click();
    await noticeText(page, /Empty template created/);
    const snap = await pane.snapshot();
    const tables = snap.sheets.flatMap((s) => s.tables.map((t) => t.name)).sort();
    expect(tables).toEqual(["Capacity", "Demand", "DriverComparisons", "Drivers", "ImpactScale", "Judgements", "Limits", "Projects", "Settings", "Stakeholders", "Status"]);
    expect(sheet(snap, "Projects").cells.A1.v).toBe("Project");
    // Tables sharing a sheet do not overlap.
    expect(sheet(snap, "Drivers").tables.map((t) => t.address)).toEqual(["A1:C2", "A5:A6"]);
    await pane.close();
  });

  it("inserts the sample portfolio, or explains why it cannot on an older Excel", async () => {
    // The pane sends the bundled dist/assets/sample-portfolio.xlsx as base64 (the double checks it is a zip);
    // the double cannot unzip it, so it inserts the same workbook converted in Node.
    const sample = await fixtureFromXlsx(path.join(REPO_ROOT, "assets", "sample-portfolio.xlsx"));
    const pane = await session.open({ fixture: { sheets: [{ name: "Sheet1", cells: [], tables: [] }] }, insertFixture: sample });
    const { page } = pane;
    await workbookRead(pane);
    await page.getByRole("button", { name: "Insert sample portfolio" }).click();
    await noticeText(page, /Sample portfolio inserted/);
    await page.getByTestId("workbook-summary").filter({ hasText: /^\d+ projects, 6 drivers/ }).waitFor();
    expect((await pane.snapshot()).sheets.map((s) => s.name)).toEqual(["Sheet1", ...sample.sheets.map((s) => s.name)]);
    await pane.close();

    const old = await session.open({ fixture: { sheets: [{ name: "Sheet1", cells: [], tables: [] }] }, apiVersion: "1.12" });
    await workbookRead(old);
    expect(await old.page.getByRole("button", { name: "Insert sample portfolio" }).isDisabled()).toBe(true);
    expect(await old.page.getByText(/cannot insert sheets from another workbook \(it needs Excel API 1\.13\)/).first().isVisible()).toBe(true);
    await old.close();
  });

  it("follows Office's dark theme", async () => {
    const pane = await session.open({ fixture: workbookFromTables(syntheticPortfolio(6)), theme: "dark" });
    await workbookRead(pane);
    const background = await pane.page.evaluate(() => getComputedStyle(document.querySelector("main")!.parentElement!).backgroundColor);
    const [r, g, b] = background.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(200);
    await pane.screenshot("9-dark-theme");
    shots.push("9-dark-theme");
    await pane.close();
  });
});
