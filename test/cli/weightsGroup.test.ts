import ExcelJS from "exceljs";
import * as path from "path";
import { run, sampleWorkbook, tempDir } from "./helpers";

// `pmo-align weights --group` on the bundled sample: four executives answered (the CIO inconsistent, the COO far
// apart on customer experience vs revenue growth), the CHRO is listed in Stakeholders but has not answered.
describe("pmo-align weights --group", () => {
  it("prints each stakeholder's weights and CR, the consensus, the disputed pair and who has not answered", async () => {
    const r = await run(["weights", sampleWorkbook, "--group"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Driver\s+Group\s+A\. Laurent\s+C\. Novak\s+I\. Rossi\s+B\. Okafor$/m);
    expect(r.stdout).toMatch(/^I\. Rossi\s+CIO\s+20\.0%\s+0\.136\s+no: revisit/m);
    expect(r.stdout).toMatch(/^Consensus \d+\.\d% \((very low|low|moderate|high|very high);/m);
    expect(r.stdout).toContain("Most disputed pair: Customer experience vs Revenue growth, from 1/7 (B. Okafor)");
    expect(r.stdout).toContain("Furthest from the group: B. Okafor");
    expect(r.stdout).toContain("Not answered yet: R. Haddad");
  });

  it("--json gives the group weights, stakeholders and consensus; --aggregation aip averages priorities", async () => {
    const aij = JSON.parse((await run(["weights", sampleWorkbook, "--group", "--json"])).stdout);
    expect(aij.aggregation).toBe("aij");
    expect(aij.weights.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(1, 12);
    expect(aij.stakeholders.map((s: { name: string }) => s.name)).toEqual(["A. Laurent", "C. Novak", "I. Rossi", "B. Okafor"]);
    expect(aij.stakeholders[0].vote).toBeCloseTo(0.4, 12);
    expect(aij.notAnswered).toEqual(["R. Haddad"]);
    const aip = JSON.parse((await run(["weights", sampleWorkbook, "--group", "--json", "--aggregation", "aip"])).stdout);
    aip.weights.forEach((w: number, i: number) =>
      expect(w).toBeCloseTo(aip.stakeholders.reduce((s: number, x: { vote: number; weights: number[] }) => s + x.vote * x.weights[i]!, 0), 12),
    );
  });

  it("lists a stakeholder with missing pairs as incomplete, and stops on a bad judgement naming its cell", async () => {
    const dir = tempDir();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sampleWorkbook);
    const ws = wb.getWorksheet("Judgements")!;
    // Judgements starts at E3; row 4 is A. Laurent's first pair. Blank C. Novak's first pair (data row 16).
    ws.getCell("H19").value = null;
    const partial = path.join(dir, "partial.xlsx");
    await wb.xlsx.writeFile(partial);
    const r = await run(["weights", partial, "--group"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("warning: table Judgements: stakeholder 'C. Novak' has not judged 1 of 15 pairs (Customer experience vs Revenue growth)");
    expect(r.stdout).toContain("Incomplete (left out until finished): C. Novak (1 pair missing)");

    ws.getCell("H19").value = 12;
    const bad = path.join(dir, "bad.xlsx");
    await wb.xlsx.writeFile(bad);
    const b = await run(["weights", bad, "--group"]);
    expect(b.code).not.toBe(0);
    expect(b.stderr).toMatch(/table Judgements, row 16, column 'Value': 12 is not valid; expected a judgement on Saaty's scale.*\(Judgements!H19\)/);
  });
});

describe("demo section", () => {
  it("shows the sample's group prioritisation", async () => {
    const { loadPortfolio } = await import("../../src/cli/io/portfolioInput");
    const { groupDemoSection } = await import("../../src/cli/demo/groupDemoSection");
    const { portfolio } = await loadPortfolio(sampleWorkbook);
    const out = await groupDemoSection.run({ portfolio } as never);
    expect(out.lines.join("\n")).toContain("Most disputed pair: Customer experience vs Revenue growth");
    expect(out.lines.join("\n")).toContain("Not answered yet: R. Haddad");
  });
});

describe("the sample's stacked matrices and example formulas", () => {
  it("PMO.GROUPWEIGHTS over StackedJudgements equals the group weights read from the Judgements table", async () => {
    await import("../functions/customFunctionsStub");
    const { groupWeights, consensus } = await import("../../src/functions/groupWeights");
    const { readTablesFromFile } = await import("../../src/cli/xlsx/readTables");
    const { readPortfolio } = await import("../../src/engine/portfolio/readPortfolio");
    const { prioritiseGroup } = await import("../../src/engine/portfolio/groupPrioritisation");
    const { tables } = await readTablesFromFile(sampleWorkbook);
    const stacked = tables.find((t) => t.name === "StackedJudgements")!;
    const matrices = stacked.rows.map((r) => r.slice(2));
    const votes = [[2], [1], [1], [1]];
    const { result } = prioritiseGroup(readPortfolio(tables).portfolio!.group!);
    groupWeights(matrices, votes).forEach((row, i) => expect(row[0]).toBeCloseTo(result!.weights[i]!, 12));
    expect(consensus(matrices, votes)).toBeCloseTo(result!.consensus!.value, 12);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(sampleWorkbook);
    const examples = wb.getWorksheet("Examples")!;
    expect(examples.getCell("AA15").value).toMatchObject({ formula: "PMO.GROUPWEIGHTS(StackedJudgements[[Customer experience]:[Employee engagement]],{2;1;1;1})", ref: "AA15:AA20" });
    expect((examples.getCell("AC15").value as { formula: string }).formula).toMatch(/^PMO\.CONSENSUS\(StackedJudgements\[/);
  });
});
