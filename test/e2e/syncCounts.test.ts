/**
 * The number of context.sync() calls per action must not grow with the number of projects: the same
 * actions on 10 and 1,000 projects are counted by the Excel host double and must be equal.
 */
import { canRunE2e, startSession, type Pane, type Session } from "./support/harness";
import { syntheticPortfolio, workbookFromTables } from "./support/fixture";
import { goToStep, noticeText, sheet, workbookRead } from "./support/steps";

const run = canRunE2e() ? describe : describe.skip;

interface Counts {
  read: number;
  rank: number;
  saveWeights: number;
  optimise: number;
  freeze: number;
}

async function measure(pane: Pane): Promise<Counts> {
  const { page } = pane;
  const counted = async (action: () => Promise<void>) => {
    await pane.resetCounters();
    await action();
    return pane.syncCount();
  };
  await workbookRead(pane);
  const read = await counted(async () => {
    const before = Number(await page.getByTestId("problem-count").getAttribute("data-read-count"));
    await page.getByRole("button", { name: "Read workbook again" }).click();
    await page.locator(`[data-testid="problem-count"][data-read-count="${before + 1}"]`).waitFor();
  });
  await goToStep(page, "Drivers");
  const saveWeights = await counted(async () => {
    await page.getByRole("button", { name: "Save weights to Drivers" }).click();
    await noticeText(page, /Weights saved/);
  });
  await goToStep(page, "Prioritise");
  const rank = await counted(async () => {
    await page.getByRole("button", { name: "Score and rank" }).click();
    await noticeText(page, /PMO Ranking written/);
  });
  await goToStep(page, "Optimise");
  // A short limit keeps the 1,000-project solve quick; the sync count does not depend on it.
  await page.getByLabel("Time limit (seconds)").fill("1");
  const optimise = await counted(async () => {
    await page.getByRole("button", { name: "Find the best portfolio" }).click();
    await noticeText(page, /PMO Selection written/, 90000);
  });
  await goToStep(page, "Share");
  const freeze = await counted(async () => {
    await page.getByRole("button", { name: "Freeze for sharing" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Freeze" }).click();
    await noticeText(page, /Frozen for sharing/);
  });
  return { read, rank, saveWeights, optimise, freeze };
}

run("context.sync() calls per action do not grow with the portfolio", () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => session?.close());

  it("counts the same syncs for 10 and 1,000 projects", async () => {
    const small = await session.open({ fixture: workbookFromTables(syntheticPortfolio(10)) });
    const smallCounts = await measure(small);
    await small.close();

    const large = await session.open({ fixture: workbookFromTables(syntheticPortfolio(1000)) });
    const largeCounts = await measure(large);
    const snap = await large.snapshot();
    // The large run really wrote 1,000 ranked rows (header at row 4).
    expect(sheet(snap, "PMO Ranking").cells.B1004).toBeDefined();
    await large.close();

    // Printed for the report and the docs.
    process.stdout.write(`sync counts 10 projects: ${JSON.stringify(smallCounts)}\nsync counts 1000 projects: ${JSON.stringify(largeCounts)}\n`);
    expect(largeCounts).toEqual(smallCounts);
    for (const n of Object.values(smallCounts)) expect(n).toBeLessThanOrEqual(4);
  }, 180000);
});
