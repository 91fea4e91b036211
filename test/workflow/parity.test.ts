/**
 * Parity of the surfaces on the corpus test/fixtures/parity (scripts/makeParityWorkbooks.ts): for every
 * workbook the task pane's calls (src/taskpane/engineBridge) and the CLI's (loadPortfolio + src/workflow)
 * build the same ranking, selection and allocation problems, and =PMO.ALIGNMENT gives the same scores over
 * the workbook's ranges. The e2e suite (test/e2e/parity.test.ts) checks the sheets the built pane writes.
 * Each rule of docs/workflow.md has its own check here.
 */
import * as path from "path";
import { readTablesFromFile } from "../../src/cli/xlsx/readTables";
import { loadPortfolio } from "../../src/cli/io/portfolioInput";
import type { Portfolio } from "../../src/engine/portfolio/types";
import type { TableData } from "../../src/engine/portfolio/tableData";
import { selectPortfolio } from "../../src/engine/selection";
import { alignment } from "../../src/functions/alignment";
import { excelErrorOf } from "../functions/customFunctionsStub";
import { weights as pmoWeights } from "../../src/functions/weights";
import { defaultOptimiseInputs, paneAllocation, paneRanking, paneSelection, parseWorkbook } from "../../src/taskpane/engineBridge";
import { allocationPlan, defaultChoices, rankPortfolio, selectionPlan, type Ranking } from "../../src/workflow";
import { VARIANTS } from "../../scripts/makeParityWorkbooks";

const DIR = path.resolve(__dirname, "..", "fixtures", "parity");
const fileOf = (name: string) => path.join(DIR, `${name}.xlsx`);

interface Surfaces {
  readonly tables: TableData[];
  readonly cli: Portfolio;
  readonly pane: Portfolio;
}

const loaded = new Map<string, Surfaces>();
beforeAll(async () => {
  for (const v of VARIANTS) {
    const { tables } = await readTablesFromFile(fileOf(v.name));
    const { portfolio: cli } = await loadPortfolio(fileOf(v.name));
    const parsed = parseWorkbook(tables, {});
    expect([...parsed.blocked]).toEqual([]);
    loaded.set(v.name, { tables, cli, pane: parsed.portfolio! });
  }
}, 120_000);

/** The ranking or the error message, as a surface shows it. */
function attempt<T>(f: () => T): T | { error: string } {
  try {
    return f();
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** A table's column as a range (one row per data row). */
function column(t: TableData, header: string): unknown[][] {
  const c = t.headers.indexOf(header);
  return t.rows.map((r) => [r[c] ?? null]);
}

describe.each(VARIANTS.map((v) => [v.name, v.rule]))("%s (%s)", (name) => {
  const s = () => loaded.get(name)!;

  it("the pane and the CLI rank, select and plan with the same problems", () => {
    const { cli, pane } = s();
    const cliRanking = attempt(() => rankPortfolio(cli));
    const paneRanked = attempt(() => paneRanking(pane, null));
    if ("error" in cliRanking) {
      expect(paneRanked).toEqual(cliRanking);
      return;
    }
    const ranking = paneRanked as Ranking;
    expect(ranking.sheet).toEqual(cliRanking.sheet);
    const cliSelection = selectionPlan(cli);
    const paneSelected = paneSelection(pane, ranking, defaultOptimiseInputs(pane));
    expect(paneSelected.problem).toEqual(cliSelection.problem);
    expect(paneSelected.notes).toEqual(cliSelection.notes);
    const cliPlan = allocationPlan(cli);
    const panePlan = paneAllocation(pane, ranking, undefined, null);
    expect(panePlan.problem).toEqual(cliPlan.problem);
    expect(panePlan.warnings).toEqual(cliPlan.warnings);
  });

  it("=PMO.ALIGNMENT over the workbook's ranges gives the CLI's scores (or an error where the CLI refuses)", () => {
    const { tables, cli } = s();
    const projects = tables.find((t) => t.name === "Projects")!;
    const drivers = tables.find((t) => t.name === "Drivers")!;
    const scale = tables.find((t) => t.name === "ImpactScale")!.rows.map((r) => [r[0], r[1]]);
    const impacts = projects.rows.map((r) => cli.drivers.map((d) => r[projects.headers.indexOf(d.name)] ?? null));
    const cliRanking = attempt(() => rankPortfolio(cli));
    const direct = cli.settings.weightsMethod === "direct";
    const weights = direct ? column(drivers, "Weight") : pmoWeights(tables.find((t) => t.name === "DriverComparisons")!.rows.map((r) => r.slice(1)), cli.settings.weightsMethod === "geometric" ? "geometric" : undefined);
    if ("error" in cliRanking) {
      // The same rule: a blank weight or all-zero weights are a #VALUE! with the reason, not a silent score.
      expect(excelErrorOf(() => alignment(impacts, weights, scale)).code).toBe("#VALUE!");
      return;
    }
    const scores = alignment(impacts, weights, scale);
    scores.forEach((row, i) => expect(row[0] as number).toBeCloseTo(cliRanking.detail.scores[i]!, 9));
  });
});

describe("the rules (docs/workflow.md)", () => {
  it("selection respects role capacity: with halved capacity no role's selected demand exceeds its capacity", async () => {
    const { pane } = loaded.get("halved-capacity")!;
    const { problem } = paneSelection(pane, paneRanking(pane, null), { ...defaultOptimiseInputs(pane), timeLimitSeconds: 30 });
    expect(problem.roleCapacity).toBeDefined();
    const result = await selectPortfolio(problem);
    expect(result.status).toBe("optimal");
    const chosen = new Set(result.selected);
    for (const [role, capacity] of Object.entries(problem.roleCapacity!)) {
      const demand = problem.projects.filter((p) => chosen.has(p.id)).reduce((t, p) => t + (p.roleDemand?.[role] ?? 0), 0);
      expect(demand).toBeLessThanOrEqual(capacity + 1e-6);
    }
  }, 60_000);

  it("Excludes and Together are kept whichever row holds them", () => {
    const { pane } = loaded.get("one-sided-rules")!;
    const deps = defaultOptimiseInputs(pane).dependencies;
    expect(deps).toEqual(expect.arrayContaining([{ kind: "exclusive", a: "P04", b: "P29" }, { kind: "exclusive", a: "P14", b: "P13" }, { kind: "together", a: "P17", b: "P16" }]));
  });

  it("a blank direct weight and all-zero weights are errors naming the table and column in both surfaces", () => {
    expect(attempt(() => paneRanking(loaded.get("blank-weight")!.pane, null))).toEqual({
      error: "table Drivers, row 3, column 'Weight': driver 'Cost efficiency' has no weight; give every driver a weight or use the AHP weights from DriverComparisons",
    });
    expect(attempt(() => paneRanking(loaded.get("zero-weights")!.pane, null))).toEqual({
      error: "table Drivers, column 'Weight': expected at least one driver weight above 0 (all 6 weights are 0)",
    });
    // Live weights typed in the pane follow the same rule.
    const sample = loaded.get("sample")!.pane;
    const zero = Object.fromEntries(sample.drivers.map((d) => [d.name, 0]));
    expect(attempt(() => paneRanking(sample, zero))).toEqual({ error: "table Drivers, column 'Weight': expected at least one driver weight above 0 (all 6 weights are 0)" });
  });

  it("allocation keeps every portfolio rule: limits, forced decisions, requires, shares", () => {
    const { pane } = loaded.get("sample")!;
    const { problem } = paneAllocation(pane, paneRanking(pane, null), undefined, null);
    const choices = defaultChoices(pane);
    expect(problem.limits).toEqual(choices.limits);
    expect(problem.forceIn).toEqual(choices.forceIn);
    expect(problem.forceOut).toEqual(choices.forceOut);
    expect(problem.requires?.length).toBe(choices.dependencies.filter((d) => d.kind === "requires").length);
    expect(problem.categoryShares).toEqual(choices.categoryShares);
    expect(problem.unit).toBe("FTE");
  });

  it("a project past the Capacity horizon is planned with its demand cut there, and a warning", () => {
    const { pane } = loaded.get("past-horizon")!;
    const plan = paneAllocation(pane, paneRanking(pane, null), undefined, null);
    const p24 = plan.problem.projects.find((p) => p.id === "P24")!;
    expect(p24.start).toBe(5);
    expect(p24.duration).toBe(7);
    expect(plan.warnings).toEqual([expect.stringMatching(/^Project P24 runs 4 months past the Capacity table \(which ends 2027-12\)/)]);
  });
});
