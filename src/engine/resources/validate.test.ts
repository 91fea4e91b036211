import { PmoConstraintError, PmoInputError } from "../errors";
import type { AllocationProblem, AllocationProject } from "./types";
import { allowedStarts, validateAllocationProblem } from "./validate";

const project = (over: Partial<AllocationProject> = {}): AllocationProject => ({
  id: "P1",
  value: 10,
  duration: 2,
  start: 1,
  demand: { Dev: [1, 1] },
  ...over,
});

const problem = (over: Partial<AllocationProblem> = {}): AllocationProblem => ({
  months: ["2027-01", "2027-02", "2027-03", "2027-04"],
  capacity: { Dev: [2, 2, 2, 2] },
  projects: [project()],
  ...over,
});

const message = (p: AllocationProblem): string => {
  try {
    validateAllocationProblem(p);
  } catch (e) {
    return (e as Error).message;
  }
  return "valid";
};

describe("validateAllocationProblem", () => {
  it("accepts a well-formed problem", () => {
    expect(message(problem())).toBe("valid");
  });

  it("names an unknown role in demand and lists the known roles", () => {
    expect(() => validateAllocationProblem(problem({ projects: [project({ demand: { QA: [1, 1] } })] }))).toThrow(PmoInputError);
    expect(message(problem({ projects: [project({ demand: { QA: [1, 1] } })] }))).toBe(
      "table Projects, row P1, column 'demand.QA': 'QA' is not valid; expected a role from the Capacity table (Dev)",
    );
  });

  it("rejects demand whose length differs from the duration", () => {
    expect(message(problem({ projects: [project({ demand: { Dev: [1, 1, 1] } })] }))).toMatch(/row P1, column 'demand.Dev': expected 2 monthly amounts, one per month of the project's duration \(found 3\)/);
  });

  it("rejects a window that leaves the horizon", () => {
    expect(message(problem({ projects: [project({ latestStart: 3 })] }))).toMatch(/column 'latestStart': 3 is not valid; expected a start ≤ 2 so the 2-month project finishes by 2027-04/);
    expect(message(problem({ projects: [project({ earliestStart: -1 })] }))).toMatch(/column 'earliestStart': -1 is not valid/);
  });

  it("rejects a planned start outside its window or past the horizon", () => {
    expect(message(problem({ projects: [project({ start: 0, earliestStart: 1 })] }))).toMatch(/column 'start': 0 is not valid; expected a planned start inside \[earliestStart, latestStart\] \(its window is 1..2\)/);
    expect(message(problem({ projects: [project({ start: 3 })] }))).toMatch(/row P1, column 'start'/);
  });

  it("rejects negative capacity and capacity rows of the wrong length", () => {
    expect(message(problem({ capacity: { Dev: [2, -1, 2, 2] } }))).toBe("table Capacity, row Dev, column '2027-02': -1 is not valid; expected a capacity ≥ 0");
    expect(message(problem({ capacity: { Dev: [2, 2] } }))).toMatch(/table Capacity, row Dev: expected 4 monthly capacities, one per month of the horizon \(found 2\)/);
  });

  it("rejects duplicate ids, bad durations and a negative maxShift", () => {
    expect(message(problem({ projects: [project(), project()] }))).toMatch(/row P1, column 'id'.*unique/);
    expect(message(problem({ projects: [project({ duration: 0, demand: {} })] }))).toMatch(/column 'duration'/);
    expect(message(problem({ maxShift: -1 }))).toMatch(/maxShift/);
  });

  it("names a finish-to-start cycle", () => {
    const three = ["A", "B", "C"].map((id) => project({ id, start: 0, duration: 1, demand: {} }));
    const p = problem({ projects: three, finishToStart: [["A", "B"], ["B", "C"], ["C", "A"]] });
    expect(() => validateAllocationProblem(p)).toThrow(PmoConstraintError);
    expect(message(p)).toMatch(/A → B → C → A/);
    expect(message(problem({ projects: three, finishToStart: [["A", "A"]] }))).toMatch(/A → A/);
  });

  it("rejects a finish-to-start link to an unknown project", () => {
    expect(message(problem({ finishToStart: [["P1", "P9"]] }))).toMatch(/table finishToStart, row 1: 'P9' is not valid/);
  });
});

describe("allowedStarts", () => {
  const p = project({ start: 2, earliestStart: 1, latestStart: 4, duration: 2, demand: {} });
  it("is the planned start when starts are fixed", () => {
    expect(allowedStarts(p, 8, 0)).toEqual([2]);
  });
  it("is within k months of the planned start and inside the window", () => {
    expect(allowedStarts(p, 8, 1)).toEqual([1, 2, 3]);
    expect(allowedStarts(p, 8, 5)).toEqual([1, 2, 3, 4]);
  });
  it("is the whole window when maxShift is null, defaulting to the horizon", () => {
    expect(allowedStarts(p, 8, null)).toEqual([1, 2, 3, 4]);
    expect(allowedStarts(project({ start: 2, duration: 3, demand: {} }), 6, null)).toEqual([0, 1, 2, 3]);
  });
});
