import { PmoInputError, PmoMissingDataError } from "../engine/errors";
import { checkSelectionProblem } from "../engine/selection";
import { validateAllocationProblem } from "../engine/resources";
import { projectValues, toAllocationProblem, toSelectionProblem } from "./problems";
import { horizonWarnings } from "./horizon";
import { rankPortfolio } from "./ranking";
import { readPortfolio } from "../engine/portfolio";
import { scorePortfolio } from "../engine/portfolio";
import type { RawCell, TableData } from "../engine/portfolio";
import type { Portfolio } from "../engine/portfolio";

const PROJECT_HEADERS = ["Project", "Owner", "Category", "Cost", "Benefit", "Start", "Duration months", "Earliest Start", "Latest Start", "Growth", "Risk", "Depends On", "Excludes", "Together", "Starts After", "Force"];

function portfolioOf(projectRows: RawCell[][], extra: TableData[] = [], drivers: RawCell[][] = [["Growth", 3], ["Risk", 1]]): Portfolio {
  const tables: TableData[] = [
    { name: "Drivers", headers: ["Driver", "Weight"], rows: drivers },
    { name: "Projects", headers: PROJECT_HEADERS, rows: projectRows },
    ...extra,
  ];
  const { portfolio, problems } = readPortfolio(tables);
  expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  return portfolio!;
}

const capacity: TableData = { name: "Capacity", headers: ["Role", "Unit", "Rate", "2027-01", "2027-02", "2027-03", "2027-04"], rows: [["Dev", "FTE", 100, 2, 2, 2, 2]] };
const demand: TableData = {
  name: "Demand",
  headers: ["Project", "Role", "Month Offset", "FTE"],
  rows: [["A", "Dev", 0, 1], ["A", "Dev", 1, 1], ["A", "Dev", 1, 0.5], ["B", "Dev", 0, 2]],
};

//            id   owner cat     cost benefit start      dur  earliest   latest     growth risk   deps  excl  tog   after force
const A = ["A", "o", "Run", 10, 100, "2027-01", 2, null, "2027-03", "Extreme", "None", null, "B", null, null, "In"];
const B = ["B", "o", "Grow", 20, 50, "2027-02", 1, "2027-01", null, "Low", "Strong", "A", "A", null, "A", null];
/** A on its own (its Excludes names B). */
const SOLO_A = A.map((v, i) => (i === 12 ? null : v));
const C = ["C", "o", "Grow", 5, 10, "2027-03", 2, null, null, 0, 9, null, null, "B", null, "Out"];

describe("projectValues", () => {
  it("gives the score, the benefit, or the benefit weighted by score / 100", () => {
    const p = portfolioOf([A, B]);
    const scores = scorePortfolio(p);
    expect(scores.scores).toEqual([75, expect.closeTo(100 * (0.75 / 9 + (0.25 * 6) / 9), 10)]);
    expect(projectValues(p, scores, "score")).toEqual(scores.scores);
    expect(projectValues(p, scores, "benefit")).toEqual([100, 50]);
    expect(projectValues(p, [50, 20], "scoreTimesBenefit")).toEqual([50, 10]);
    expect(() => projectValues(p, [1], "score")).toThrow(PmoInputError);
  });
});

describe("toSelectionProblem", () => {
  it("maps decisions and dependencies, counting mutual listings once", () => {
    const p = portfolioOf([A, B, C]);
    const problem = toSelectionProblem(p, [1, 2, 3], { valueBasis: "score" });
    expect(() => checkSelectionProblem(problem)).not.toThrow();
    expect(problem.projects.map((x) => [x.id, x.value, x.category])).toEqual([["A", 1, "Run"], ["B", 2, "Grow"], ["C", 3, "Grow"]]);
    expect(problem.forceIn).toEqual(["A"]);
    expect(problem.forceOut).toEqual(["C"]);
    expect(problem.requires).toEqual([["B", "A"]]);
    expect(problem.exclusive).toEqual([["A", "B"]]);
    expect(problem.together).toEqual([["C", "B"]]);
    expect(problem.limits).toEqual({});
    expect(problem.timeLimitSeconds).toBe(30);
  });

  it("takes limits from the Limits table, lets options override them, and accepts 'Cost' without a Limits table", () => {
    const p = portfolioOf([A, B]);
    const problem = toSelectionProblem(p, [1, 2], { limits: { Cost: 25 } });
    expect(problem.limits).toEqual({ Cost: 25 });
    expect(problem.projects.map((x) => x.costs)).toEqual([{ Cost: 10 }, { Cost: 20 }]);
    const withTable = portfolioOf([A, B], [{ name: "Limits", headers: ["Limit", "Amount"], rows: [["Cost", 15]] }]);
    expect(toSelectionProblem(withTable, [1, 2]).limits).toEqual({ Cost: 15 });
    expect(toSelectionProblem(withTable, [1, 2], { limits: { Cost: 99 } }).limits).toEqual({ Cost: 99 });
  });

  it("adds role totals when Capacity and Demand exist", () => {
    const p = portfolioOf([A, B], [capacity, demand]);
    const problem = toSelectionProblem(p, [1, 2]);
    expect(problem.roleCapacity).toEqual({ Dev: 8 });
    expect(problem.projects.map((x) => x.roleDemand)).toEqual([{ Dev: 2.5 }, { Dev: 2 }]);
    expect(toSelectionProblem(p, [1, 2], { roleCapacity: false }).roleCapacity).toBeUndefined();
  });
});

describe("toAllocationProblem", () => {
  it("builds per-role demand arrays (repeated rows add up), windows, finish-to-start and rates", () => {
    const p = portfolioOf([A, B], [capacity, demand]);
    const problem = toAllocationProblem(p, [10, 20], { maxShift: null });
    expect(() => validateAllocationProblem(problem)).not.toThrow();
    expect(problem.months).toEqual(["2027-01", "2027-02", "2027-03", "2027-04"]);
    expect(problem.capacity).toEqual({ Dev: [2, 2, 2, 2] });
    expect(problem.rates).toEqual({ Dev: 100 });
    expect(problem.unit).toBe("FTE");
    expect(problem.maxShift).toBeNull();
    expect(problem.projects).toEqual([
      expect.objectContaining({ id: "A", value: 10, start: 0, duration: 2, latestStart: 2, demand: { Dev: [1, 1.5] } }),
      expect.objectContaining({ id: "B", value: 20, start: 1, duration: 1, earliestStart: 0, demand: { Dev: [2] } }),
    ]);
    expect(problem.projects[0]).not.toHaveProperty("earliestStart");
    expect(problem.finishToStart).toEqual([["A", "B"]]);
    expect(problem.forceIn).toEqual(["A"]);
    expect(toAllocationProblem(p, [10, 20], { selectionConstraints: false })).not.toHaveProperty("forceIn");
  });

  it("clips a Latest Start beyond the horizon to the last start that still finishes inside it", () => {
    const late = [...SOLO_A];
    late[8] = "2027-12";
    const problem = toAllocationProblem(portfolioOf([late], [capacity]), [1]);
    expect(problem.projects[0].latestStart).toBe(2);
  });

  it("needs a Capacity table", () => {
    expect(() => toAllocationProblem(portfolioOf([SOLO_A]), [1])).toThrow(PmoMissingDataError);
  });

  it("plans a project running past the Capacity months with its demand cut at the horizon, and says so", () => {
    const longer = [...SOLO_A];
    longer[5] = "2027-04";
    longer[8] = null;
    const demandA: TableData = { ...demand, rows: demand.rows.filter((r) => r[0] === "A") };
    const p = portfolioOf([longer], [capacity, demandA]);
    const problem = toAllocationProblem(p, [1]);
    expect(problem.projects[0]).toEqual(expect.objectContaining({ id: "A", start: 3, duration: 1, demand: { Dev: [1] } }));
    expect(() => validateAllocationProblem(problem)).not.toThrow();
    expect(toSelectionProblem(p, [1]).projects[0]!.roleDemand).toEqual({ Dev: 1 });
    expect(horizonWarnings(p)).toEqual([
      "Project A runs 1 month past the Capacity table (which ends 2027-04): its demand after 2027-04 is left out of selection and the resource plan.",
    ]);
  });

  it("names the project whose planned start lies outside the Capacity months", () => {
    const outside = [...SOLO_A];
    outside[5] = "2027-06";
    outside[8] = null;
    const p = portfolioOf([outside], [capacity]);
    expect(() => toAllocationProblem(p, [1])).toThrow("table Projects, row 1, column 'Start': '2027-06' is not valid; expected a start inside the Capacity months (2027-01 to 2027-04) (project A)");
  });

  it("keeps every portfolio rule of the choices, restricted to the planned projects", () => {
    const withLimits = portfolioOf([A, B, C], [capacity, demand, { name: "Limits", headers: ["Limit", "Amount"], rows: [["Cost", 15]] }]);
    const problem = toAllocationProblem(withLimits, [1, 2, 3], { projects: ["A", "B"] });
    expect(problem.projects.map((x) => x.id)).toEqual(["A", "B"]);
    expect(problem.limits).toEqual({ Cost: 15 });
    expect(problem.forceIn).toEqual(["A"]);
    expect(problem.forceOut).toEqual([]);
    expect(problem.requires).toEqual([["B", "A"]]);
    expect(problem.exclusive).toEqual([["A", "B"]]);
    expect(problem.together).toEqual([]);
  });
});

describe("workbookDependencies", () => {
  it("keeps Excludes and Together written on one row only, whichever row holds them", () => {
    // B Excludes A, and A lists nothing: the rule stands.
    const p = portfolioOf([SOLO_A, B, C]);
    expect(toSelectionProblem(p, [1, 2, 3]).exclusive).toEqual([["B", "A"]]);
    expect(toSelectionProblem(p, [1, 2, 3]).together).toEqual([["C", "B"]]);
    // Written on both rows: one pair.
    expect(toSelectionProblem(portfolioOf([A, B, C]), [1, 2, 3]).exclusive).toEqual([["A", "B"]]);
  });
});

describe("selection by benefit needs the Benefit column, on every surface", () => {
  // A workbook without Benefit read with Settings › Value basis = score: a surface that then asks for benefit
  // (the CLI's --value, a choice in code) is refused with the column and the fix, never given zeros to maximise.
  const drivers: TableData = { name: "Drivers", headers: ["Driver", "Weight"], rows: [["Growth", 3], ["Risk", 1]] };
  const projects: TableData = { name: "Projects", headers: ["Project", "Cost", "Growth", "Risk"], rows: [["A", 10, "Strong", "Low"], ["B", 20, "Low", "Strong"]] };
  const { portfolio } = readPortfolio([drivers, projects]);

  it.each(["benefit", "scoreTimesBenefit"] as const)("value basis %s", (basis) => {
    const scores = scorePortfolio(portfolio!);
    expect(() => projectValues(portfolio!, scores, basis)).toThrow(PmoMissingDataError);
    expect(() => toSelectionProblem(portfolio!, scores, { valueBasis: basis })).toThrow(
      /^table Projects, column 'Benefit': the column is missing; Selection maximises (benefit|score × benefit) and needs it: add a Benefit column to Projects, or choose the value basis score$/,
    );
    expect(projectValues(portfolio!, scores, "score")).toEqual(scores.scores);
  });
});

describe("a workbook without Benefit shows no benefit", () => {
  // The portfolio holds 0 for every project; the PMO Ranking sheet (pane and CLI) leaves the cell blank.
  const drivers: TableData = { name: "Drivers", headers: ["Driver", "Weight"], rows: [["Growth", 3], ["Risk", 1]] };
  const rows: RawCell[][] = [["A", 10, "Strong", "Low"], ["B", 20, "Low", "Strong"]];

  it("ranking rows carry null benefits without the column, and the stated ones with it", () => {
    const without = readPortfolio([drivers, { name: "Projects", headers: ["Project", "Cost", "Growth", "Risk"], rows }]).portfolio!;
    expect(rankPortfolio(without).sheet.rows.map((r) => r.benefit)).toEqual([null, null]);
    const withBenefit = readPortfolio([drivers, { name: "Projects", headers: ["Project", "Cost", "Benefit", "Growth", "Risk"], rows: rows.map(([id, cost, ...rest]) => [id, cost, 0, ...rest]) }]).portfolio!;
    expect(rankPortfolio(withBenefit).sheet.rows.map((r) => r.benefit)).toEqual([0, 0]);
  });
});

