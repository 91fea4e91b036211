import { hiringNeeds, plannedSchedule, withUnstaffedAtPlannedStart } from "./hiring";
import { priorityAllocation } from "./priorityAllocation";
import { roleLoad } from "./load";
import type { AllocationProblem } from "./types";

const problem: AllocationProblem = {
  months: ["M0", "M1", "M2"],
  capacity: { Dev: [2, 2, 2], QA: [1, 0, 1] },
  rates: { Dev: 100, QA: 80 },
  unit: "FTE",
  projects: [
    { id: "A", value: 5, duration: 2, start: 0, demand: { Dev: [2, 1], QA: [0, 0.5] } },
    { id: "B", value: 3, duration: 2, start: 1, demand: { Dev: [2, 1.5] } },
  ],
};

describe("hiringNeeds", () => {
  it("gives the capacity to add per role and month, its peak, total and cost", () => {
    const h = hiringNeeds(problem, plannedSchedule(problem));
    expect(h.perMonth).toEqual({ Dev: [0, 1, 0], QA: [0, 0.5, 0] });
    expect(h.peak).toEqual({ Dev: 1, QA: 0.5 });
    expect(h.total).toEqual({ Dev: 1, QA: 0.5 });
    expect(h.cost).toEqual({ Dev: 100, QA: 40 });
    expect(h.totalCost).toBe(140);
    expect(h.unit).toBe("FTE");
  });

  it("makes the full plan fit once the needs are added to capacity", () => {
    const plan = withUnstaffedAtPlannedStart(problem, priorityAllocation(problem).schedule);
    const h = hiringNeeds(problem, plan);
    const grown: AllocationProblem = {
      ...problem,
      capacity: Object.fromEntries(Object.entries(problem.capacity).map(([r, row]) => [r, row.map((c, t) => c + h.perMonth[r][t])])),
    };
    expect(plan.map((s) => s.id).sort()).toEqual(["A", "B"]);
    const after = roleLoad(grown, plan);
    expect(Object.values(after.deficit).flat().every((d) => d === 0)).toBe(true);
    expect(hiringNeeds(grown, plan).totalCost).toBe(0);
  });

  it("reports no cost without rates and names roles that need hires but have no rate", () => {
    const { rates: _omit, ...unrated } = problem;
    expect(hiringNeeds(unrated, plannedSchedule(problem)).cost).toBeNull();
    const partial = hiringNeeds({ ...problem, rates: { Dev: 100 } }, plannedSchedule(problem));
    expect(partial.missingRates).toEqual(["QA"]);
    expect(partial.totalCost).toBeNull();
    expect(partial.cost).toEqual({ Dev: 100 });
  });
});
