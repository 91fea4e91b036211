// Reference: test/fixtures/reference/cases/start-shift-6x6x2.json (read by test/support/startShiftCase.ts).
import { bruteForceAllocation } from "../../../test/support/allocationBruteForce";
import { generateAllocationProblem } from "../../../test/support/allocationGenerator";
import { allocationViolations } from "../../../test/support/checkAllocation";
import { loadStartShiftCase } from "../../../test/support/startShiftCase";
import { PmoCancelledError, PmoConstraintError, PmoInputError } from "../errors";
import { allocateResources } from "./allocate";
import { roleLoad } from "./load";
import type { AllocationProblem } from "./types";

const ref = loadStartShiftCase();
const modes = [
  ["fixed starts", ref.answers.fixed, 0],
  ["±1 month", ref.answers.shift1, 1],
  ["anywhere in the window", ref.answers.free, null],
] as const;

describe("allocateResources on the published start-shift case", () => {
  it.each(modes)("%s: value and selected set as published, schedule within capacity and windows", async (_name, answer, maxShift) => {
    expect(answer.maxShift).toBe(maxShift);
    const problem: AllocationProblem = { ...ref.problem, maxShift };
    const r = await allocateResources(problem);
    expect(r.status).toBe("optimal");
    expect(r.gap).toBe(0);
    expect(r.objective).toBe(answer.value);
    expect(r.schedule.map((s) => s.id).sort()).toEqual([...answer.selected].sort());
    expect(allocationViolations(problem, r.schedule, maxShift)).toEqual([]);
    expect([...r.unstaffed].sort()).toEqual(ref.problem.projects.map((p) => p.id).filter((id) => !answer.selected.includes(id)).sort());
    for (const s of r.schedule) expect(s.plannedStart).toBe(ref.problem.projects.find((p) => p.id === s.id)!.start);
    // Baseline: the published priority allocation and what it leaves on the table.
    expect(r.baseline.objective).toBe(ref.answers.greedy.value);
    expect(r.baseline.valueLeftOnTable).toBe(answer.value - ref.answers.greedy.value);
    expect(r.baseline.feasible).toBe(true);
    expect(r.load).toEqual(roleLoad(problem, r.schedule).load);
    expect(Object.values(r.deficit).flat().every((d) => d === 0)).toBe(true);
  });

  it.each(modes)("%s: brute force agrees with the published value, selection and schedule count", (_name, answer, maxShift) => {
    const bf = bruteForceAllocation(ref.problem, maxShift);
    expect(bf.value).toBe(answer.value);
    expect(bf.selections).toEqual([[...answer.selected].sort()]);
    expect(bf.optimalSchedules).toBe(answer.optimalSchedules);
  });

  it("keeps planned starts where shifting gains nothing", async () => {
    const roomy: AllocationProblem = { ...ref.problem, maxShift: null, capacity: { Dev: [9, 9, 9, 9, 9, 9], Analyst: [9, 9, 9, 9, 9, 9] } };
    const r = await allocateResources(roomy);
    expect(r.objective).toBe(ref.problem.projects.reduce((a, p) => a + p.value, 0));
    for (const s of r.schedule) expect(s.start).toBe(s.plannedStart);
  });
});

describe("allocateResources with constraints", () => {
  const base: AllocationProblem = {
    months: ["M0", "M1", "M2", "M3"],
    capacity: { Dev: [2, 2, 2, 2] },
    projects: [
      { id: "A", value: 10, duration: 2, start: 0, demand: { Dev: [1, 1] }, costs: { capex: 5 } },
      { id: "B", value: 8, duration: 2, start: 0, demand: { Dev: [1, 1] }, costs: { capex: 5 } },
      { id: "C", value: 6, duration: 2, start: 1, demand: { Dev: [2, 2] }, costs: { capex: 1 } },
    ],
  };

  it("holds finish-to-start by shifting the successor when allowed", async () => {
    const p: AllocationProblem = { ...base, capacity: { Dev: [4, 4, 4, 4] }, finishToStart: [["A", "B"]], maxShift: 2 };
    const r = await allocateResources(p);
    expect(r.objective).toBe(24);
    expect(allocationViolations(p, r.schedule, 2)).toEqual([]);
    const start = new Map(r.schedule.map((s) => [s.id, s.start]));
    expect(start.get("B")! >= start.get("A")! + 2).toBe(true);
  });

  it("finish-to-start does not make the successor require its predecessor", async () => {
    const r = await allocateResources({ ...base, finishToStart: [["A", "B"]], forceOut: ["A"] });
    expect(r.schedule.map((s) => s.id)).toContain("B");
  });

  it("applies the selection model's limits, forced and exclusive constraints", async () => {
    const limited = await allocateResources({ ...base, capacity: { Dev: [9, 9, 9, 9] }, limits: { capex: 6 } });
    expect(limited.schedule.map((s) => s.id).sort()).toEqual(["A", "C"]);
    const forced = await allocateResources({ ...base, forceIn: ["C"], maxShift: null });
    expect(forced.schedule.map((s) => s.id)).toContain("C");
    expect(forced.objective).toBe(bruteForceAllocation({ ...base, forceIn: ["C"] }, null).value);
    const excl = await allocateResources({ ...base, capacity: { Dev: [9, 9, 9, 9] }, exclusive: [["A", "B"]] });
    expect(excl.schedule.map((s) => s.id).sort()).toEqual(["A", "C"]);
  });

  it("applies the selection model's project counts and funding-pool shares", async () => {
    const categories = ["Run", "Grow", "Run", "Grow", "Run", "Grow"];
    const problem: AllocationProblem = {
      ...ref.problem,
      maxShift: null,
      projects: ref.problem.projects.map((p, i) => ({ ...p, category: categories[i], costs: { capex: 10 + i } })),
      limits: { capex: 100 },
      maxProjects: 4,
      categoryShares: [{ limit: "capex", category: "Grow", min: 0.6 }],
    };
    const r = await allocateResources(problem);
    const brute = bruteForceAllocation(problem);
    expect(r.status).toBe("optimal");
    expect(r.objective).toBe(brute.value);
    // Without the count and share the free optimum staffs all six (325), so both constraints bind.
    expect(brute.value).toBeLessThan(ref.answers.free.value);
    expect(r.schedule.length).toBeLessThanOrEqual(4);
    const staffed = r.schedule.map((s) => problem.projects.find((p) => p.id === s.id)!);
    const spent = staffed.reduce((acc, p) => acc + p.costs!.capex, 0);
    const grow = staffed.filter((p) => p.category === "Grow").reduce((acc, p) => acc + p.costs!.capex, 0);
    expect(grow).toBeGreaterThanOrEqual(0.6 * spent - 1e-9);
  });

  it("reports infeasible when a forced-in project cannot be staffed", async () => {
    const r = await allocateResources({ ...base, capacity: { Dev: [1, 1, 1, 1] }, forceIn: ["C"] });
    expect(r.status).toBe("infeasible");
    expect(r.gap).toBeNull();
    expect(r.schedule).toEqual([]);
    expect(r.baseline.feasible).toBe(false);
  });

  it("is trivially optimal with no projects, and leaves out a project that cannot fit even alone", async () => {
    const empty = await allocateResources({ ...base, projects: [] });
    expect(empty.status).toBe("optimal");
    expect(empty.objective).toBe(0);
    const tooBig = await allocateResources({ ...base, capacity: { Dev: [1, 1, 1, 1] }, projects: [base.projects[2]], maxShift: null });
    expect(tooBig.status).toBe("optimal");
    expect(tooBig.unstaffed).toEqual(["C"]);
  });

  it("stops with PmoCancelledError when cancelled and reports progress phases", async () => {
    await expect(allocateResources(base, { isCancelled: () => true })).rejects.toThrow(PmoCancelledError);
    const phases: string[] = [];
    await allocateResources(base, { onProgress: (p) => phases.push(p.phase) });
    expect(phases.slice(0, 4)).toEqual(["baseline", "model", "relaxation", "solve"]);
  });

  it("stopped by the time limit, reports a valid plan as feasible with its gap, never as optimal", async () => {
    const problem = generateAllocationProblem({ projects: 200, months: 24, roles: 8, maxShift: 2, seed: 2027 });
    const r = await allocateResources(problem, { timeLimitSeconds: 1 });
    expect(r.status).toBe("feasible");
    expect(r.gap === null || r.gap > 0).toBe(true);
    expect(r.objective).toBeGreaterThanOrEqual(r.baseline.objective);
    expect(allocationViolations(problem, r.schedule, 2)).toEqual([]);
    expect(r.solveSeconds).toBeLessThan(15);
  });

  it("rejects invalid input before solving", async () => {
    await expect(allocateResources({ ...base, finishToStart: [["A", "B"], ["B", "A"]] })).rejects.toThrow(PmoConstraintError);
    await expect(allocateResources({ ...base, projects: [{ ...base.projects[0], demand: { QA: [1, 1] } }] })).rejects.toThrow(PmoInputError);
  });
});
