import { PmoInputError } from "../errors";
import { roleLoad } from "./load";
import type { AllocationProblem } from "./types";

const problem: AllocationProblem = {
  months: ["M0", "M1", "M2", "M3"],
  capacity: { Dev: [2, 2, 0, 4], Analyst: [1, 1, 1, 1] },
  projects: [
    { id: "A", value: 5, duration: 2, start: 0, demand: { Dev: [1.5, 1], Analyst: [0, 0.5] } },
    { id: "B", value: 3, duration: 3, start: 1, demand: { Dev: [2, 1, 1] } },
  ],
};

describe("roleLoad", () => {
  it("adds each staffed project's demand into the months it runs", () => {
    const r = roleLoad(problem, [
      { id: "A", start: 0 },
      { id: "B", start: 1 },
    ]);
    expect(r.load).toEqual({ Dev: [1.5, 3, 1, 1], Analyst: [0, 0.5, 0, 0] });
    expect(r.deficit.Dev).toEqual([0, 1, 1, 0]);
    expect(r.surplus.Dev).toEqual([0.5, 0, 0, 3]);
    expect(r.surplus.Analyst).toEqual([1, 0.5, 1, 1]);
    expect(r.utilisation.Dev).toEqual([0.75, 1.5, null, 0.25]);
  });

  it("flags load on a role-month without capacity instead of dividing by zero", () => {
    const r = roleLoad(problem, [{ id: "B", start: 1 }]);
    expect(r.utilisation.Dev[2]).toBeNull();
    expect(r.noCapacity).toEqual([{ role: "Dev", month: 2, load: 1 }]);
    expect(roleLoad(problem, []).utilisation.Dev[2]).toBe(0);
  });

  it("leaves unscheduled projects out", () => {
    expect(roleLoad(problem, []).load.Dev).toEqual([0, 0, 0, 0]);
  });

  it("rejects an unknown project or a start that runs past the horizon", () => {
    expect(() => roleLoad(problem, [{ id: "Z", start: 0 }])).toThrow(PmoInputError);
    expect(() => roleLoad(problem, [{ id: "B", start: 2 }])).toThrow(/table schedule, row 1, column 'start': 2 is not valid; expected a start in 0..1/);
  });
});
