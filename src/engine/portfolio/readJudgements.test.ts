import { prioritiseGroup } from "./groupPrioritisation";
import { hasErrors, readPortfolio } from "./readPortfolio";
import type { RawCell, TableData } from "./tableData";

const at = (sheet: string, firstColumn = 0) => ({ sheet, headerRow: 2, firstColumn });
const drivers: TableData = { name: "Drivers", headers: ["Driver", "Weight"], rows: [["Growth", 1], ["Risk", 1], ["Customer", 1]], address: at("Drivers") };
const projects: TableData = {
  name: "Projects",
  headers: ["Project", "Owner", "Category", "Cost", "Benefit", "Start", "Duration months", "Growth", "Risk", "Customer"],
  rows: [["P1", "Ann", "Run", 10, 20, "2027-01", 1, 3, 1, 0]],
  address: at("Projects"),
};
const stakeholders = (rows: RawCell[][]): TableData => ({ name: "Stakeholders", headers: ["Name", "Role", "Weight"], rows, address: at("Judgements", 6) });
const judgements = (rows: RawCell[][]): TableData => ({ name: "Judgements", headers: ["Stakeholder", "Driver", "Compared with", "Value"], rows, address: at("Judgements") });

// Ann and Bob answer everything; Cy only one pair; Dee is listed but has not answered.
const full = (who: string, g: RawCell, r: RawCell, c: RawCell): RawCell[][] => [
  [who, "Growth", "Risk", g],
  [who, "Growth", "Customer", r],
  [who, "Risk", "Customer", c],
];
const roster = stakeholders([["Ann", "CEO", 2], ["Bob", "CFO", null], ["Cy", "COO", 1], ["Dee", "CIO", 1]]);
const answers = judgements([...full("Ann", 3, 5, 2), ...full("Bob", "1/2", 3, 3), ["Cy", "Growth", "Risk", 4], ["Cy", "Risk", "Customer", null]]);

describe("Judgements and Stakeholders", () => {
  test("complete, incomplete and not-answered stakeholders are told apart; only the complete ones are combined", () => {
    const { portfolio, problems } = readPortfolio([drivers, projects, answers, roster]);
    expect(hasErrors(problems)).toBe(false);
    const group = portfolio!.group!;
    expect(group.labels).toEqual(["Growth", "Risk", "Customer"]);
    expect(group.stakeholders.map((s) => [s.name, s.status, s.weight])).toEqual([
      ["Ann", "complete", 2],
      ["Bob", "complete", 1],
      ["Cy", "incomplete", 1],
      ["Dee", "not answered", 1],
    ]);
    expect(group.stakeholders[2]!.missing).toEqual([["Growth", "Customer"], ["Risk", "Customer"]]);
    const warning = problems.find((p) => p.severity === "warning" && /Cy/.test(p.message));
    expect(warning?.message).toMatch(/'Cy' has not judged 2 of 3 pairs \(Growth vs Customer, Risk vs Customer\)/);
    expect(group.stakeholders[1]!.matrix![0]![1]).toBe(0.5);
    expect(group.stakeholders[1]!.matrix![1]![0]).toBe(2);

    const { result, notAnswered, incomplete } = prioritiseGroup(group);
    expect(result!.stakeholders.map((s) => s.name)).toEqual(["Ann", "Bob"]);
    expect(result!.stakeholders.map((s) => s.weight)).toEqual([2 / 3, 1 / 3]);
    expect(result!.groupMatrix!.matrix[0]![1]).toBeCloseTo((3 ** 2 * 0.5) ** (1 / 3), 12);
    expect(notAnswered.map((s) => s.name)).toEqual(["Dee"]);
    expect(incomplete.map((s) => s.name)).toEqual(["Cy"]);
  });

  test("a pair may be given in either order; the reverse is stored as the reciprocal", () => {
    const { portfolio } = readPortfolio([drivers, projects, judgements([["Ann", "Risk", "Growth", "1/3"], ["Ann", "Customer", "Growth", 0.2], ["Ann", "Risk", "Customer", 2]])]);
    const ann = portfolio!.group!.stakeholders[0]!;
    expect(ann.status).toBe("complete");
    expect(ann.matrix![0]![1]).toBeCloseTo(3, 12);
    expect(ann.matrix![0]![2]).toBeCloseTo(5, 12);
  });

  test("bad cells are errors naming table, row and column; an unlisted stakeholder is a warning", () => {
    const { problems } = readPortfolio([
      drivers,
      projects,
      roster,
      judgements([
        ["Ann", "Growht", "Risk", 3],
        ["Ann", "Growth", "Growth", 3],
        ["Ann", "Growth", "Customer", 12],
        ["Ann", "Risk", "Customer", 2],
        ["Ann", "Customer", "Risk", 2],
        ["Zed", "Growth", "Risk", 1],
      ]),
    ]);
    const messages = problems.map((p) => `${p.severity}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error: table Judgements, row 1, column 'Driver': 'Growht' is not valid; expected a driver name from Drivers \(did you mean 'Growth'\?\)/),
        expect.stringMatching(/^error: table Judgements, row 2, column 'Compared with': a driver is compared with itself/),
        expect.stringMatching(/^error: table Judgements, row 3, column 'Value': 12 is not valid; expected a judgement on Saaty's scale/),
        expect.stringMatching(/^error: table Judgements, row 5, column 'Value': 'Ann' already judged Risk against Customer as 2 in row 4; this row says 1\/2/),
        expect.stringMatching(/^warning: table Judgements, row 6, column 'Stakeholder': 'Zed' is not in the Stakeholders table/),
      ]),
    );
    const cell = problems.find((p) => /Growht/.test(p.message))!.cell;
    expect(cell).toBe("Judgements!B4");
  });

  test("no Judgements or Stakeholders table: no group, and no warning about them", () => {
    const { portfolio, problems } = readPortfolio([drivers, projects]);
    expect(portfolio!.group).toBeNull();
    expect(problems.some((p) => /Judgements|Stakeholders/.test(p.message))).toBe(false);
  });

  test("a roster without any answers lists everyone as not answered and combines nothing", () => {
    const { portfolio } = readPortfolio([drivers, projects, roster]);
    const { result, notAnswered } = prioritiseGroup(portfolio!.group!);
    expect(result).toBeNull();
    expect(notAnswered).toHaveLength(4);
  });
});

describe("prepared per-stakeholder tables", () => {
  test("Judgements_<name> tables are read with the Judgements table, each problem naming its own table", () => {
    const sheet = (name: string, rows: RawCell[][]): TableData => ({ ...judgements(rows), name, address: at(name) });
    const { portfolio, problems } = readPortfolio([
      drivers,
      projects,
      roster,
      sheet("Judgements_Ann", full("Ann", 3, 5, 2)),
      sheet("Judgements_Bob", [...full("Bob", 2, 3, 3).slice(0, 2), ["Bob", "Risk", "Customer", "x"]]),
    ]);
    expect(portfolio!.group!.stakeholders.map((s) => s.status)).toEqual(["complete", "incomplete", "not answered", "not answered"]);
    expect(problems.filter((p) => p.severity === "error").map((p) => p.cell)).toEqual(["Judgements_Bob!D6"]);
    expect(problems.some((p) => /table Judgements is missing|did you mean 'Judgements'/.test(p.message))).toBe(false);
  });
});
