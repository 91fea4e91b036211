import * as fs from "fs";
import * as path from "path";
import { hiringNeeds, plannedSchedule } from "../engine/resources";
import { planLoad } from "../engine/resources";
import type { AllocationProblem, AllocationResult } from "../engine/resources";
import { blockByHeader, cellAt } from "./cellAt";
import { resourcesSheet } from "./resourcesSheet";

// The start-shift reference case: test/fixtures/reference/cases/start-shift-6x6x2.json, answer "fixed"
// (value 225: P1@4, P3@2, P5@0, P6@3; P2 and P4 unstaffed).
const repoRoot = path.resolve(__dirname, "..", "..");
const refCase = JSON.parse(
  fs.readFileSync(path.resolve(repoRoot, "test", "fixtures", "reference", "cases", "start-shift-6x6x2.json"), "utf8"),
) as { problem: AllocationProblem; answers: { fixed: { oneOptimalSchedule: { id: string; start: number }[] } } };
const problem: AllocationProblem = { ...refCase.problem, maxShift: 0 };
const plan = refCase.answers.fixed.oneOptimalSchedule;
const load = planLoad(problem, plan);
const result: AllocationResult = {
  status: "optimal",
  objective: 225,
  gap: 0,
  schedule: plan.map((s) => ({ ...s, plannedStart: problem.projects.find((p) => p.id === s.id)!.start })),
  unstaffed: ["P2", "P4"],
  load,
  deficit: { Dev: [0, 0, 0, 0, 0, 0], Analyst: [0, 0, 0, 0, 0, 0] },
  baseline: { objective: 210, schedule: [], unstaffed: [], valueLeftOnTable: 15 },
  solveSeconds: 0.01,
};

describe("resourcesSheet", () => {
  const spec = resourcesSheet({
    problem,
    result,
    hiring: { needs: hiringNeeds({ ...problem, rates: { Dev: 1000, Analyst: 800 } }, plannedSchedule(problem)), description: "every project at its planned start" },
  });

  it("writes the role × month load of the plan with a colour scale", () => {
    expect(spec.name).toBe("PMO Resources");
    expect(cellAt(spec, "A4")?.value).toBe("Load (FTE)");
    expect(cellAt(spec, "B4")?.value).toBe("2027-01");
    // Dev load: P5 2,1 in months 0-1; P3 1,0,1 in 2-4; P6 1 in 3; P1 2 in 4.
    expect(["B5", "C5", "D5", "E5", "F5", "G5"].map((r) => cellAt(spec, r)?.value)).toEqual([2, 1, 1, 1, 3, 0]);
    expect(spec.conditionalFormats).toContainEqual({ type: "colorScale", range: "B5:G6", minColor: "#FFFFFF", maxColor: "#F4B183" });
  });

  it("derives deficit and utilisation by formula from load and capacity", () => {
    expect(cellAt(spec, "A8")?.value).toBe("Capacity (FTE)");
    expect(cellAt(spec, "A12")?.value).toBe("Deficit (FTE)");
    expect(cellAt(spec, "F13")).toEqual({ value: 0, formula: "=MAX(0,F5-F9)" });
    expect(cellAt(spec, "F17")).toEqual({ value: 1, formula: '=IF(F9>0,F5/F9,"")' });
    expect(spec.conditionalFormats?.find((c) => c.type === "colorScale" && c.range === "B17:G18")).toMatchObject({ midValue: 1 });
  });

  it("lists the shift plan with month labels and the unstaffed projects with their blockers", () => {
    const shift = blockByHeader(spec, "Project")!;
    const p1 = shift.find((r) => r[0] === "P1")!;
    expect(p1.slice(3)).toEqual(["2027-05", "2027-05", 0, "yes"]);
    const p2 = shift.find((r) => r[0] === "P2")!;
    expect(p2.slice(3)).toEqual(["2027-03", "", null, "no"]);
    const unstaffed = blockByHeader(spec, "Unstaffed")!;
    expect(unstaffed[0]).toEqual(["Unstaffed", "Value", "Binding rule", "Why it is not staffed"]);
    // P4 at its planned start (month 4) needs Dev 1 and Analyst 1,1: month 4 is full for both (Dev 3/3, Analyst 2/2).
    expect(unstaffed.find((r) => r[0] === "P4")?.slice(2)).toEqual([
      "capacity",
      "P4 lacks role capacity at its only allowed start, 2027-05: Analyst in 2027-05 (needs 1 FTE, 0 free), Dev in 2027-05 (needs 1 FTE, 0 free).",
    ]);
  });

  it("names the binding rule against the capacity the plan leaves free", () => {
    // P2 at month 2 needs Dev 2,1,2 and Analyst 0,1,1; only month 4 (Dev 3/3, Analyst 2/2 used) blocks it.
    const unstaffed = blockByHeader(spec, "Unstaffed")!;
    expect(unstaffed.find((r) => r[0] === "P2")?.[3]).toBe(
      "P2 lacks role capacity at its only allowed start, 2027-03: Analyst in 2027-05 (needs 1 FTE, 0 free), Dev in 2027-05 (needs 2 FTE, 0 free).",
    );
  });

  it("states each role's peak load as the engine defines it (highest load, its month, capacity then)", () => {
    const peaks = blockByHeader(spec, "Peak load")!;
    // Dev load 2,1,1,1,3,0 of capacity 3: peak 3 in 2027-05.
    expect(peaks.find((r) => r[0] === "Dev")).toEqual(["Dev", "2027-05", 3, 3, 1]);
  });

  it("shows hiring needs with cost, and a load-vs-capacity chart per role", () => {
    const hiring = spec.blocks.find((b) => String(b.values[0][0]).startsWith("Hiring needs"))!;
    // All six at planned starts overload month 4: Dev 6 of 3, Analyst 4 of 2 (rates 1000 and 800).
    expect(hiring.values.slice(1)).toEqual([
      ["Dev", 0, 0, 0, 0, 3, 0, 3, 3000],
      ["Analyst", 0, 0, 0, 0, 2, 0, 2, 1600],
    ]);
    expect(spec.charts?.map((c) => c.title)).toEqual(["Dev: load against capacity", "Analyst: load against capacity"]);
    const top = Number(/^A(\d+)/.exec(spec.charts![0].dataRange)![1]);
    expect(cellAt(spec, `A${top + 1}`)?.value).toBe("Load");
    expect(cellAt(spec, `B${top + 1}`)?.formula).toBe("=B5");
    expect(cellAt(spec, `B${top + 2}`)?.formula).toBe("=B9");
  });

  it("states status, value against the priority allocation and moves", () => {
    expect(String(cellAt(spec, "A2")?.value)).toBe(
      "Status: optimal · gap 0.00% · value 225 (fixed starts) · priority allocation 210, +15 · 4 staffed, 2 unstaffed, 0 moved",
    );
  });
});
