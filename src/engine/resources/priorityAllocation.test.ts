// Reference: test/fixtures/reference/cases/start-shift-6x6x2.json (answers.greedy), via test/support/startShiftCase.ts.
import { loadStartShiftCase } from "../../../test/support/startShiftCase";
import { planLoad } from "./load";
import { priorityAllocation } from "./priorityAllocation";
import type { AllocationProblem } from "./types";

describe("priorityAllocation", () => {
  const ref = loadStartShiftCase();

  it("reproduces the published priority allocation of the start-shift case", () => {
    const r = priorityAllocation(ref.problem);
    expect(r.objective).toBe(ref.answers.greedy.value);
    expect(r.schedule.map((s) => s.id).sort()).toEqual([...ref.answers.greedy.selected].sort());
    for (const s of r.schedule) expect(s.start).toBe(s.plannedStart);
  });

  it("keeps the simple selection decisions: forced in first, forced out, cost limits, exclusive, requires", () => {
    // Capacity is made ample so that only the selection decisions can keep a project out.
    const ample = Object.fromEntries(Object.entries(ref.problem.capacity).map(([role, row]) => [role, row.map(() => 100)]));
    const problem: AllocationProblem = {
      ...ref.problem,
      capacity: ample,
      projects: ref.problem.projects.map((p, i) => ({ ...p, costs: { capex: 10 * (i + 1) } })),
      limits: { capex: 100 },
      forceIn: ["P6"],
      forceOut: ["P4"],
      exclusive: [["P3", "P5"]],
      requires: [["P1", "P2"]],
    };
    const r = priorityAllocation(problem);
    // Order: P6 (forced in, 60), then P3 (90, 30 → 90 spent), P1 (requires P2, not staffed), P5 (50: over, and excluded by P3), P2 (20 → over).
    expect(r.schedule.map((s) => s.id)).toEqual(["P6", "P3"]);
    const reasons = Object.fromEntries(r.unstaffed.map((u) => [u.id, u.reasons]));
    expect(reasons).toEqual({ P4: ["forced out"], P1: ["requires P2"], P5: ["over capex limit", "excluded by P3"], P2: ["over capex limit"] });
    expect(r.objective).toBe(25 + 90);
  });

  it("lists, for each unstaffed project, exactly the role-months it would overload", () => {
    const r = priorityAllocation(ref.problem);
    const load = planLoad(ref.problem, r.schedule);
    expect(r.unstaffed.map((u) => u.id).sort()).toEqual(["P1", "P2", "P6"]);
    for (const u of r.unstaffed) {
      const p = ref.problem.projects.find((q) => q.id === u.id)!;
      const expected = Object.entries(p.demand)
        .flatMap(([role, row]) => row.map((d, k) => ({ role, month: p.start + k, short: load[role][p.start + k] + d - ref.problem.capacity[role][p.start + k] })))
        .filter((b) => b.short > 0)
        .sort((a, b) => a.month - b.month || a.role.localeCompare(b.role));
      expect(u.blockers).toEqual(expected);
      expect(u.blockers.length).toBeGreaterThan(0);
    }
  });

  const two: AllocationProblem = {
    months: ["M0", "M1"],
    capacity: { Dev: [1, 1] },
    projects: [
      { id: "A", value: 1, duration: 1, start: 0, demand: { Dev: [1] } },
      { id: "B", value: 2, duration: 1, start: 0, demand: { Dev: [1] } },
    ],
  };

  it("follows a caller-given rank before value order", () => {
    expect(priorityAllocation(two).schedule.map((s) => s.id)).toEqual(["B"]);
    const r = priorityAllocation(two, ["A"]);
    expect(r.schedule.map((s) => s.id)).toEqual(["A"]);
    expect(r.objective).toBe(1);
    expect(r.unstaffed).toEqual([{ id: "B", blockers: [{ role: "Dev", month: 0, short: 1 }] }]);
    expect(() => priorityAllocation(two, ["A", "X"])).toThrow(/table rank, row 2/);
  });

  it("does not staff a project whose planned dates break a finish-to-start link with a staffed one", () => {
    const p: AllocationProblem = { ...two, capacity: { Dev: [2, 2] }, finishToStart: [["A", "B"]] };
    const r = priorityAllocation(p);
    expect(r.schedule.map((s) => s.id)).toEqual(["B"]);
    expect(r.unstaffed).toEqual([{ id: "A", blockers: [], conflictsWith: ["B"] }]);
  });
});
