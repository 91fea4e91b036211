/**
 * The optimisation runs in a real Web Worker loading highs.wasm from dist/: the pane shows progress while it
 * runs, Cancel terminates the workers without writing anything, and the next run starts fresh workers (the
 * first run may take the worker the page prewarmed, so only workers started after the cancel are counted). With
 * 400 projects the pane solves in parallel (split by count) on up to navigator.hardwareConcurrency workers.
 */
import { canRunE2e, startSession, type Session } from "./support/harness";
import { syntheticPortfolio, workbookFromTables } from "./support/fixture";
import { goToStep, noticeText, workbookRead } from "./support/steps";

const run = canRunE2e() ? describe : describe.skip;

run("solver worker", () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => session?.close());

  it("shows progress, cancels on request, and solves again with fresh workers", async () => {
    const pane = await session.open({ fixture: workbookFromTables(syntheticPortfolio(400)) });
    const { page } = pane;
    await workbookRead(pane);
    await goToStep(page, "Optimise");
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));

    await page.getByRole("button", { name: "Find the best portfolio" }).click();
    const progress = page.getByTestId("solve-progress");
    await progress.waitFor();
    expect(await progress.textContent()).toBeTruthy();
    await page.getByRole("button", { name: "Cancel" }).click();
    expect(await noticeText(page, /Optimisation cancelled/)).toContain("Nothing was written to the workbook.");
    const startedBeforeCancel = workers.length;
    expect((await pane.snapshot()).sheets.map((s) => s.name)).not.toContain("PMO Selection");

    await page.getByLabel("Time limit (seconds)").fill("2");
    await page.getByRole("button", { name: "Find the best portfolio" }).click();
    await noticeText(page, /PMO Selection written/, 90000);
    const fresh = workers.slice(startedBeforeCancel).filter((u) => u.endsWith("solver.worker.js")).length;
    expect(fresh).toBeGreaterThanOrEqual(1);
    expect(fresh).toBeLessThanOrEqual(await page.evaluate(() => navigator.hardwareConcurrency));
    expect(pane.errors).toEqual([]);
    await pane.close();
  }, 120000);
});
