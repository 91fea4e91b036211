import { readFileSync } from "node:fs";
import path from "node:path";
import { excelErrorOf, excelErrorOfAsync } from "./customFunctionsStub";
import { allocate, load } from "../../src/functions/resources";

// test/fixtures/reference/cases/start-shift-6x6x2.json: 6 projects, 2 roles, 6 months; optimum 225 with fixed
// starts, 305 with ±1 month, 325 with starts anywhere (each optimal selection unique).
interface Case {
  problem: {
    months: string[];
    capacity: Record<string, number[]>;
    projects: { id: string; value: number; duration: number; start: number; demand: Record<string, number[]> }[];
  };
  answers: Record<"fixed" | "shift1" | "free", { value: number; selected: string[] }>;
}
const shiftCase = JSON.parse(
  readFileSync(path.resolve(__dirname, "..", "fixtures", "reference", "cases", "start-shift-6x6x2.json"), "utf8"),
) as Case;
const { problem } = shiftCase;

const projectsRange = [["Project", "Value", "Start", "Duration"], ...problem.projects.map((p) => [p.id, p.value, p.start, p.duration])];
const demandRange = [
  ["Project", "Role", "Month offset", "FTE"],
  ...problem.projects.flatMap((p) => Object.entries(p.demand).flatMap(([role, series]) => series.map((amount, k) => [p.id, role, k, amount]))),
];
const capacityRange = [["Role", ...problem.months], ...Object.entries(problem.capacity).map(([role, series]) => [role, ...series])];

describe("=PMO.ALLOCATE", () => {
  it.each([
    ["fixed", 0],
    ["shift1", 1],
    ["free", "any"],
  ] as const)("reaches the published %s optimum, and its plan fits capacity in =PMO.LOAD", async (answer, maxShift) => {
    const starts = await allocate(projectsRange, demandRange, capacityRange, maxShift);
    expect(starts).toHaveLength(problem.projects.length);
    const staffed = problem.projects.filter((_, i) => starts[i]![0] !== "");
    expect(staffed.map((p) => p.id)).toEqual(shiftCase.answers[answer].selected);
    expect(staffed.reduce((s, p) => s + p.value, 0)).toBe(shiftCase.answers[answer].value);

    const loadRows = load(demandRange, problem.projects.map((p, i) => [p.id, starts[i]![0]]), [problem.months]);
    for (const [role, ...series] of loadRows) {
      const cap = problem.capacity[role as string]!;
      (series as number[]).forEach((amount, t) => expect(amount).toBeLessThanOrEqual(cap[t]! + 1e-9));
    }
    problem.projects.forEach((p, i) => {
      const start = starts[i]![0];
      if (start === "") return;
      expect(Math.abs((start as number) - p.start)).toBeLessThanOrEqual(maxShift === "any" ? Infinity : maxShift);
    });
  });

  it("reads planned starts given as months of the capacity header (text or dates)", async () => {
    // P1 planned in 2027-05 (offset 4), P3 in 2027-03 (offset 2), as in the reference case; fixed starts.
    const serial = (iso: string) => Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000);
    const asMonths = projectsRange.map((row, i) => (i === 0 ? row : [row[0], row[1], problem.months[row[2] as number], row[3]]));
    asMonths[1] = [asMonths[1]![0], asMonths[1]![1], serial(`${problem.months[4]}-01`), asMonths[1]![3]];
    const byOffset = await allocate(projectsRange, demandRange, capacityRange, 0);
    expect(await allocate(asMonths, demandRange, capacityRange, 0)).toEqual(byOffset);
  });

  it("names a planned start that is not a month of the horizon", async () => {
    const bad = projectsRange.map((row, i) => (i === 2 ? [row[0], row[1], "2031-01", row[3]] : row));
    const error = await excelErrorOfAsync(allocate(bad, demandRange, capacityRange));
    expect(error.message).toBe(
      "projects, row 2, column 3: '2031-01' is not valid; expected a planned start: a month offset from 0 to 5, or a month of the capacity header",
    );
  });

  it("names a demand row for an unknown project", async () => {
    const error = await excelErrorOfAsync(allocate(projectsRange, [["P9", "Dev", 0, 1]], capacityRange));
    expect(error).toEqual({ code: "#VALUE!", message: "demand, row 1, column 1: 'P9' is not valid; expected a project listed in projects" });
  });

  it("rejects an unknown shift setting", async () => {
    const error = await excelErrorOfAsync(allocate(projectsRange, demandRange, capacityRange, "lots"));
    expect(error.message).toBe(`maxShift: 'lots' is not valid; expected a whole number of months ≥ 0, or "any"`);
  });
});

describe("=PMO.LOAD", () => {
  it("places each project's demand at its start, one row per role with its name first", () => {
    const rows = load(
      [
        ["P1", "Dev", 0, 2],
        ["P1", "Dev", 1, 1],
        ["P2", "Analyst", 0, 1],
        ["P2", "Dev", 0, 0.5],
      ],
      [
        ["P1", 1],
        ["P2", 0],
      ],
      [[3]],
    );
    expect(rows).toEqual([
      ["Dev", 0.5, 2, 1],
      ["Analyst", 1, 0, 0],
    ]);
  });

  it("leaves out projects with a blank start", () => {
    expect(load([["P1", "Dev", 0, 2]], [["P1", null]], [[2]])).toEqual([["Dev", 0, 0]]);
  });

  it("names the demand row of a negative amount", () => {
    const error = excelErrorOf(() => load([["P1", "Dev", 0, -1]], [["P1", 0]], [[2]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^table demand, row 1, column 'amount': -1 is not valid/);
  });
});
