/**
 * The built task pane on workbooks written by other tools: the openpyxl and LibreOffice copies of the minimal
 * scoring workbook in the corpus (test/fixtures/workbooks; Drivers, and Projects with only Project, Name, Cost
 * and the impact columns), read with the CLI's .xlsx reader and laid out in the Excel host double at the same
 * cells. Score works and ranks as `pmo-align score` does; the steps that need columns the workbook lacks say
 * which ones (Settings › Value basis = benefit needs Projects[Benefit]; a Capacity table needs Start and
 * Duration months), and the others stay usable.
 */
import * as path from "path";
import { canRunE2e, startSession, type Pane, type Session } from "./support/harness";
import { workbookFromTables, type FixtureTable } from "./support/fixture";
import { goToStep, noticeText, sheet, workbookRead } from "./support/steps";
import { readTablesFromFile } from "../../src/cli/xlsx/readTables";
import type { TableData } from "../../src/engine/portfolio";
import { REPO_ROOT } from "./support/harness";
import { run } from "../cli/helpers";

const run2e = canRunE2e() ? describe : describe.skip;
const corpus = (name: string) => path.join(REPO_ROOT, "test", "fixtures", "workbooks", name);

/** The workbook's tables where the writer put them (sheet, header row and first column). */
function asFixtureTables(tables: readonly TableData[]): FixtureTable[] {
  return tables.map((t) => ({
    sheet: t.address!.sheet,
    name: t.name,
    headers: t.headers,
    rows: t.rows.map((r) => r.map((v) => (typeof v === "boolean" ? String(v) : v))),
    at: { row: t.address!.headerRow, col: t.address!.firstColumn },
  }));
}

/** Tables the user adds beside the writer's: they make Selection and Resources ask for more columns. */
const SETTINGS: FixtureTable = { sheet: "Settings", name: "Settings", headers: ["Key", "Value"], rows: [["Value basis", "benefit"]] };
const CAPACITY: FixtureTable = { sheet: "Capacity", name: "Capacity", headers: ["Role", "Unit", "2027-01", "2027-02"], rows: [["Developer", "FTE", 2, 2]] };

run2e("the task pane on workbooks written by openpyxl and LibreOffice", () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(["openpyxl-minimal.xlsx", "libreoffice-minimal.xlsx"])("%s: Score works; Optimise and Resources name the columns they need", async (file) => {
    const read = await readTablesFromFile(corpus(file));
    expect(read.tables.map((t) => t.name).sort()).toEqual(["Drivers", "Projects"]);
    expect(read.tables.find((t) => t.name === "Projects")!.headers).toEqual(["Project", "Name", "Cost", "Growth", "Risk", "People"]);
    const cli = JSON.parse((await run(["score", corpus(file), "--json"])).stdout) as { ranking: { project: string; score: number }[] };

    const pane: Pane = await session.open({ fixture: workbookFromTables([...asFixtureTables(read.tables), SETTINGS, CAPACITY]) });
    try {
      const { page } = pane;
      await workbookRead(pane);
      // Only the columns Selection and Resources need are errors; scoring has all it needs.
      const problems = (await page.getByTestId("problem").allInnerTexts()).join("\n");
      expect(problems).toMatch(/column 'Benefit' is missing; Selection maximises benefit \(Settings › Value basis\) and needs it/);
      expect(problems).toMatch(/column 'Start' is missing; Resources needs Start and Duration months/);
      expect(problems).toMatch(/column 'Duration months' is missing/);
      expect(await page.getByTestId("problem-count").innerText()).toMatch(/^3 errors/);

      await goToStep(page, "Prioritise");
      const score = page.getByRole("button", { name: "Score and rank" });
      expect(await score.isDisabled()).toBe(false);
      expect(await page.getByTestId("blocked-scoring").count()).toBe(0);
      await score.click();
      await noticeText(page, /PMO Ranking written/);
      const ranking = sheet(await pane.snapshot(), "PMO Ranking");
      const written = Object.values(ranking.cells).map((c) => c.v);
      for (const r of cli.ranking) expect(written).toContain(r.project);
      const scores = written.filter((v): v is number => typeof v === "number");
      for (const r of cli.ranking) expect(scores.some((s) => Math.abs(s - r.score) <= 1e-9)).toBe(true);

      await goToStep(page, "Optimise");
      expect(await page.getByRole("button", { name: "Find the best portfolio" }).isDisabled()).toBe(true);
      expect(await page.getByTestId("blocked-selection").innerText()).toBe("Selection needs Projects[Benefit]. Fix the errors listed on the Workbook step first.");

      await goToStep(page, "Resources");
      expect(await page.getByRole("button", { name: "Plan resources" }).isDisabled()).toBe(true);
      expect(await page.getByTestId("blocked-allocation").innerText()).toBe(
        "Resources needs Projects[Start], Projects[Duration months] and Projects[Benefit]. Fix the errors listed on the Workbook step first.",
      );
      expect(pane.errors).toEqual([]);
    } finally {
      await pane.close();
    }
  });
});
