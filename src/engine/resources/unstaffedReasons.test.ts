import { allocateResources } from "./allocate";
import type { AllocationProblem, AllocationProject } from "./types";
import { unstaffedReasons } from "./unstaffedReasons";

const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}`);
const flat = (x: number) => months.map(() => x);
const project = (id: string, fields: Partial<AllocationProject>): AllocationProject => ({ id, value: 10, duration: 2, start: 0, demand: {}, ...fields });

/** The sample's P19 → P20 case: P20 has no demand, every role has spare capacity, and its window ends before P19 can. */
const sampleLike: AllocationProblem = {
  months,
  capacity: { Developer: flat(3), Analyst: flat(2) },
  maxShift: 2,
  projects: [
    project("P19", { value: 39.3333333333, duration: 4, start: 5, earliestStart: 3, latestStart: 5, demand: { Developer: [0.5, 1, 1, 1], Analyst: [0.5, 0.5, 0.5, 0] } }),
    project("P20", { value: 17.6666666667, duration: 8, start: 4, earliestStart: 2, latestStart: 4 }),
  ],
  finishToStart: [["P19", "P20"]],
};

test("the sample's P20 names its predecessor and its latest start, not capacity", async () => {
  const result = await allocateResources(sampleLike);
  expect(result.unstaffed).toEqual(["P20"]);
  const [reason] = unstaffedReasons(sampleLike, result);
  expect(reason).toEqual({
    id: "P20",
    rule: "predecessor",
    sentence:
      "P20 must start after P19 ends, but its latest allowed start is 2027-05: even at P19's earliest start it ends in 2027-07, so the two cannot both be staffed; the plan staffs P19 (value 39.33 against 17.67).",
  });
});

test("capacity names the role, month, need and what the plan leaves free", async () => {
  const problem: AllocationProblem = {
    months,
    capacity: { Developer: flat(2) },
    maxShift: 0,
    projects: [project("A", { value: 20, start: 1, demand: { Developer: [2, 2] } }), project("B", { value: 5, start: 2, demand: { Developer: [1.5, 1] } })],
  };
  const result = await allocateResources(problem);
  expect(result.unstaffed).toEqual(["B"]);
  expect(unstaffedReasons(problem, result)[0]).toEqual({
    id: "B",
    rule: "capacity",
    sentence: "B lacks role capacity at its only allowed start, 2027-03: Developer in 2027-03 (needs 1.5 FTE, 0 free).",
  });
});

test("a project larger than the whole capacity says so", async () => {
  const problem: AllocationProblem = { months, capacity: { Developer: flat(1) }, maxShift: 1, projects: [project("Big", { start: 3, demand: { Developer: [2, 1] } })] };
  const result = await allocateResources(problem);
  expect(unstaffedReasons(problem, result)[0]!.sentence).toBe(
    "Big needs more Developer than the whole capacity (1 FTE in 2027-04), at every allowed start from 2027-03 to 2027-05.",
  );
});

test("with several starts, the shortages are named at the planned start", async () => {
  const problem: AllocationProblem = {
    months,
    capacity: { Developer: flat(2), Tester: flat(1) },
    maxShift: 1,
    projects: [
      project("A", { value: 50, duration: 12, start: 0, demand: { Developer: flat(1.5), Tester: flat(0.5) } }),
      project("B", { value: 5, start: 4, demand: { Developer: [1, 1], Tester: [1, 0] } }),
    ],
  };
  const result = await allocateResources(problem);
  expect(result.unstaffed).toEqual(["B"]);
  expect(unstaffedReasons(problem, result)[0]!.sentence).toBe(
    "B lacks role capacity at every allowed start from 2027-04 to 2027-06; starting 2027-05 as planned, it lacks: Developer in 2027-05 (needs 1 FTE, 0.5 free), Tester in 2027-05 (needs 1 FTE, 0.5 free), Developer in 2027-06 (needs 1 FTE, 0.5 free).",
  );
});

test("forced out, and a limit, are portfolio rules said in words", async () => {
  const problem: AllocationProblem = {
    months,
    capacity: { Developer: flat(5) },
    limits: { CapEx: 1_000_000 },
    forceOut: ["X"],
    projects: [
      project("X", { demand: { Developer: [1, 1] } }),
      project("Y", { value: 30, costs: { CapEx: 700_000 } }),
      project("Z", { value: 20, start: 2, costs: { CapEx: 400_000 } }),
    ],
  };
  const result = await allocateResources(problem);
  expect([...result.unstaffed].sort()).toEqual(["X", "Z"]);
  const reasons = Object.fromEntries(unstaffedReasons(problem, result).map((r) => [r.id, r]));
  expect(reasons.X!.sentence).toBe("X is forced out.");
  expect(reasons.Z).toEqual({ id: "Z", rule: "portfolio rule", sentence: "Z fits at 2027-03, but staffing it would break a portfolio rule: CapEx would reach 1.1M of the 1.0M limit." });
});
