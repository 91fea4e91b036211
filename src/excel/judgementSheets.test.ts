/**
 * Judgement sheets against the Excel host double: prepared per stakeholder with validation, filled through the
 * host, read back by readTables and combined as the task pane does; preparing again keeps the answers.
 */
import { readPortfolio } from "../engine/portfolio";
import { prioritiseGroup } from "../engine/portfolio";
import { judgementSheets } from "../sheets/judgementSheet";
import { prepareJudgementSheets } from "./judgementSheets";
import { readTables } from "./readTables";
import { detectCapabilities } from "./requirements";
import { installHostDouble, type HostDouble } from "./testing/hostDouble";

const capabilities = detectCapabilities(() => true);
const drivers = ["Growth", "Risk", "Customer"];
// Drivers (A1:B4) and a one-project Projects table: enough for readPortfolio.
const book = {
  sheets: [
    { name: "Drivers", cells: [[0, 0, "Driver"], [0, 1, "Weight"], ...drivers.flatMap((d, i) => [[i + 1, 0, d], [i + 1, 1, 1]])], tables: [{ name: "Drivers", address: "A1:B4" }] },
    {
      name: "Projects",
      cells: ["Project", "Owner", "Category", "Cost", "Benefit", "Start", "Duration months", ...drivers].flatMap((h, c) => [[0, c, h], [1, c, ["P1", "Ann", "Run", 10, 20, "2027-01", 1, 3, 1, 0][c]]]),
      tables: [{ name: "Projects", address: "A1:J2" }],
    },
  ],
};

async function fill(sheet: string, range: string, values: (number | string)[][]): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(range).values = values;
    await context.sync();
  });
}

describe("prepareJudgementSheets", () => {
  let double: HostDouble;
  beforeEach(() => {
    double = installHostDouble(book);
  });

  it("writes one owned sheet per stakeholder with the pairs, a Judgements_ table and validation on Value", async () => {
    const sheets = judgementSheets(["Ann Lee", "Bob"], drivers);
    const done = await prepareJudgementSheets(sheets, { capabilities });
    expect(done).toEqual({ created: ["PMO Judgements Ann Lee", "PMO Judgements Bob"], kept: [] });
    const ann = double.snapshot().sheets.find((s) => s.name === "PMO Judgements Ann Lee")! as unknown as {
      cells: Record<string, { v: unknown }>;
      tables: { name: string; address: string }[];
      names: { name: string }[];
      dataValidations: { range: string; rule: { decimal: { formula1: number; formula2: number } } }[];
    };
    expect(ann.tables).toEqual([{ name: "Judgements_Ann_Lee", address: "A5:D8" }]);
    expect([ann.cells.A6!.v, ann.cells.B6!.v, ann.cells.C6!.v]).toEqual(["Ann Lee", "Growth", "Risk"]);
    expect(ann.names.map((n) => n.name)).toContain("PMO_ALIGN_SHEET");
    expect(ann.dataValidations).toEqual([expect.objectContaining({ range: "D6:D8", rule: { decimal: expect.objectContaining({ formula1: 0.11, formula2: 9 }) } })]);
  });

  it("reads the filled sheets back as stakeholders, and preparing again keeps the answers", async () => {
    await prepareJudgementSheets(judgementSheets(["Ann Lee", "Bob", "Cy"], drivers), { capabilities });
    await fill("PMO Judgements Ann Lee", "D6:D8", [[3], [5], [2]]);
    await fill("PMO Judgements Bob", "D6:D7", [[0.5], [3]]);
    const again = await prepareJudgementSheets(judgementSheets(["Ann Lee", "Bob", "Cy", "Dee"], drivers), { capabilities });
    expect(again).toEqual({ created: ["PMO Judgements Dee"], kept: ["PMO Judgements Ann Lee", "PMO Judgements Bob", "PMO Judgements Cy"] });

    const { portfolio, problems } = readPortfolio(await readTables());
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    const group = portfolio!.group!;
    expect(group.stakeholders.map((s) => [s.name, s.status])).toEqual([
      ["Ann Lee", "complete"],
      ["Bob", "incomplete"],
      ["Cy", "not answered"],
      ["Dee", "not answered"],
    ]);
    const { result } = prioritiseGroup(group);
    expect(result!.stakeholders.map((s) => s.name)).toEqual(["Ann Lee"]);
    expect(result!.weights[0]).toBeGreaterThan(0.5);
  });
});
