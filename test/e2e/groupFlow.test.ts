/**
 * Group prioritisation in the task pane on the sample workbook (four executives in Judgements, R. Haddad listed
 * in Stakeholders without answers), headless Chromium against the Excel host double: prepare the judgement
 * sheets, fill R. Haddad's through the host, combine, and rank with the group weights.
 */
import * as path from "path";
import { canRunE2e, REPO_ROOT, startSession, type Pane, type Session } from "./support/harness";
import { fixtureFromXlsx } from "./support/xlsxFixture";
import { goToStep, noticeText, sheet, workbookRead } from "./support/steps";

const run = canRunE2e() ? describe : describe.skip;

/** Sets values on a sheet through the host's Excel object model, as a person typing would. */
async function fill(pane: Pane, sheetName: string, address: string, values: (number | string)[][]): Promise<void> {
  await pane.page.evaluate(
    async ([name, at, data]) => {
      const excel = (window as unknown as { Excel: typeof Excel }).Excel;
      await excel.run(async (context) => {
        context.workbook.worksheets.getItem(name as string).getRange(at as string).values = data as (number | string)[][];
        await context.sync();
      });
    },
    [sheetName, address, values] as const,
  );
}

run("group prioritisation in the Drivers step", () => {
  let session: Session;
  let pane: Pane;

  beforeAll(async () => {
    session = await startSession();
    const sample = await fixtureFromXlsx(path.join(REPO_ROOT, "assets", "sample-portfolio.xlsx"));
    pane = await session.open({ fixture: { sheets: sample.sheets } });
  });
  afterAll(async () => {
    await session?.close();
  });

  it("prepares one validated sheet per stakeholder, keeps answers on re-preparing, and combines what was filled in", async () => {
    const { page } = pane;
    await workbookRead(pane);
    await goToStep(page, "Drivers");
    await page.getByRole("radio", { name: "Group" }).check();
    const notAnswered = page.getByTestId("group-not-answered");
    expect(await notAnswered.innerText()).toBe("Not answered yet: R. Haddad.");
    expect(await page.getByTestId("group-consensus").innerText()).toMatch(/^Consensus \d+\.\d% \(.+\) among 4 stakeholders\.$/);

    await page.getByRole("button", { name: "Prepare judgement sheets" }).click();
    expect(await noticeText(page, /Judgement sheets ready/)).toContain("Created 5 sheets");
    const snapshot = await pane.snapshot();
    const haddad = sheet(snapshot, "PMO Judgements R. Haddad") as ReturnType<typeof sheet> & { dataValidations: { range: string; rule: unknown }[] };
    expect(haddad.tables).toEqual([{ name: "Judgements_R_Haddad", address: "A5:D20" }]);
    expect(haddad.dataValidations).toEqual([expect.objectContaining({ range: "D6:D20", rule: { decimal: { formula1: 0.11, formula2: 9, operator: "Between" } } })]);
    expect(haddad.names.map((n) => n.name)).toContain("PMO_ALIGN_SHEET");

    // R. Haddad answers every pair (employee engagement first), then the workbook is combined again.
    const values = Array.from({ length: 15 }, (_, k) => [k % 5 === 4 ? 0.2 : 2]);
    await fill(pane, "PMO Judgements R. Haddad", "D6:D20", values);
    await page.getByRole("button", { name: "Prepare judgement sheets" }).click();
    expect(await noticeText(page, /Judgement sheets ready/)).toContain("Kept 5 existing sheets with their answers");
    await page.getByRole("button", { name: "Combine" }).click();
    await page.getByTestId("group-consensus").filter({ hasText: "among 5 stakeholders" }).waitFor();
    expect(await notAnswered.count()).toBe(0);
    expect(await page.getByRole("region", { name: "Weights of R. Haddad" }).count()).toBe(1);
    expect(await page.getByTestId("group-disputed").innerText()).toMatch(/^Most disputed: .+ versus .+, from .+ to .+\.$/);

    // The group weights drive Prioritise like any other weights.
    await goToStep(page, "Prioritise");
    await page.getByRole("button", { name: "Score and rank" }).click();
    await noticeText(page, /PMO Ranking written/);
    const ranking = sheet(await pane.snapshot(), "PMO Ranking");
    expect(String(ranking.cells.A2?.v)).toContain("group AHP (AIJ, 5 stakeholders)");
  });
});
