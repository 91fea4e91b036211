/**
 * The pane at 320 px, the narrowest Office task pane: driver names in the weight bars are shown whole, Save
 * weights stays on one line, and the Scenarios Save button keeps the pane's margin.
 */
import * as path from "path";
import { canRunE2e, publishScreenshots, REPO_ROOT, startSession, type Pane, type Session } from "./support/harness";
import { USER_NOTES_SHEET } from "./support/fixture";
import { fixtureFromXlsx } from "./support/xlsxFixture";
import { goToStep, workbookRead } from "./support/steps";

const run = canRunE2e() ? describe : describe.skip;

run("a 320 px pane", () => {
  let session: Session;
  let pane: Pane;
  const shots: string[] = [];

  beforeAll(async () => {
    session = await startSession();
    const sample = await fixtureFromXlsx(path.join(REPO_ROOT, "assets", "sample-portfolio.xlsx"));
    pane = await session.open({ fixture: { sheets: [...sample.sheets, USER_NOTES_SHEET] }, viewport: { width: 320, height: 900 } });
    await workbookRead(pane);
  });
  afterAll(async () => {
    publishScreenshots(shots);
    await session?.close();
  });

  it("Drivers: whole driver names in the weight bars, Save weights on one line", async () => {
    const { page } = pane;
    await goToStep(page, "Drivers");
    const layout = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('[aria-label="Driver weights"] li')];
      const cut = rows
        .map((li) => li.firstElementChild as HTMLElement)
        .filter((name) => name.scrollWidth > name.clientWidth + 0.5)
        .map((name) => name.textContent ?? "");
      const save = [...document.querySelectorAll("main button")].find((b) => b.textContent === "Save weights to Drivers")!;
      const lineHeight = parseFloat(getComputedStyle(save).lineHeight);
      const label = save.querySelector("span:last-child") ?? save;
      return { rows: rows.length, cut, saveRight: save.getBoundingClientRect().right, saveLines: Math.round(label.getBoundingClientRect().height / lineHeight), width: document.documentElement.clientWidth };
    });
    expect(layout.width).toBe(320);
    expect(layout.rows).toBeGreaterThan(3);
    expect(layout.cut).toEqual([]);
    expect(layout.saveLines).toBe(1);
    expect(layout.saveRight).toBeLessThanOrEqual(320 - 8);
    await pane.screenshot("10-narrow-drivers");
    shots.push("10-narrow-drivers");
  });

  it("Scenarios: the Save button keeps the pane's margin", async () => {
    const { page } = pane;
    await goToStep(page, "Scenarios");
    const save = page.getByRole("button", { name: "Save", exact: true });
    await save.waitFor();
    const box = (await save.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320 - 8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await pane.screenshot("10-narrow-scenarios");
    shots.push("10-narrow-scenarios");
  });
});
