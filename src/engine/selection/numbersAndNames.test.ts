/** The checks that JSON problems share with workbooks: negative amounts, sizes, limit names, reserved names. */
import { PmoConstraintError } from "../errors";
import { selectPortfolio } from "./selectPortfolio";
import type { SelectionProblem } from "./types";
import { checkSelectionProblem } from "./validation";

const problemsOf = (problem: SelectionProblem): readonly string[] => {
  try {
    checkSelectionProblem(problem);
  } catch (e) {
    expect(e).toBeInstanceOf(PmoConstraintError);
    return (e as PmoConstraintError).problems;
  }
  return [];
};

const two = (costsA: Record<string, number>, costsB: Record<string, number>, limits: Record<string, number>): SelectionProblem => ({
  projects: [
    { id: "A", value: 5, costs: costsA },
    { id: "B", value: 9, costs: costsB },
  ],
  limits,
});

describe("amounts", () => {
  it("refuses a negative cost, which would otherwise let another project fit", async () => {
    const problem = two({ capex: -100 }, { capex: 50 }, { capex: 10 });
    expect(problemsOf(problem)).toEqual(["projects[0] (A): cost 'capex' -100 is negative; costs must be 0 or more."]);
    await expect(selectPortfolio(problem)).rejects.toBeInstanceOf(PmoConstraintError);
  });

  it("refuses negative limits, role demand and role capacity", () => {
    const problem: SelectionProblem = {
      projects: [{ id: "A", value: 1, costs: { capex: 1 }, roleDemand: { Dev: -2 } }],
      limits: { capex: -5 },
      roleCapacity: { Dev: -1 },
    };
    expect(problemsOf(problem)).toEqual([
      "projects[0] (A): demand for role 'Dev' -2 is negative; demand must be 0 or more.",
      "Limit 'capex' -5 is negative; limits must be 0 or more.",
      "Capacity of role 'Dev' -1 is negative; capacity must be 0 or more.",
    ]);
  });

  it("refuses values whose total overflows, instead of a solve with gap NaN", () => {
    const problems = problemsOf({ projects: [1, 2].map((k) => ({ id: `P${k}`, value: 1e308, costs: { capex: 1 } })), limits: { capex: 2 } });
    expect(problems).toContain("The projects' values add up to more than the largest number; express them in larger units.");
    expect(problems[0]).toMatch(/^projects\[0\] \(P1\): value 1e308 is larger than 1e15/);
  });

  it("refuses totals beyond 1e15 even when each number is smaller", () => {
    const projects = Array.from({ length: 3 }, (_, k) => ({ id: `P${k}`, value: 4e14, costs: { capex: 4e14 } }));
    expect(problemsOf({ projects, limits: { capex: 1e15 } })).toEqual([
      "The projects' costs on limit 'capex' add up to 1.2e15, more than 1e15; express the amounts in larger units (thousands, millions).",
    ]);
  });
});

describe("limit names", () => {
  it("names a misspelt limit and the costs it leaves unlimited", () => {
    expect(problemsOf(two({ capex: 8 }, { capex: 50 }, { capx: 10 }))).toEqual([
      "Cost 'capex' (on A, B) is not one of the limits (capx); check its spelling.",
      "Limit 'capx' is not named in any project's costs, so it would limit nothing; check its spelling.",
    ]);
  });

  it("accepts costs without any limits (allocation problems carry costs for information)", () => {
    expect(problemsOf(two({ capex: 8 }, { capex: 50 }, {}))).toEqual([]);
  });

  it("accepts a project without a cost on a limit (missing = 0)", () => {
    expect(problemsOf(two({ capex: 8 }, {}, { capex: 10 }))).toEqual([]);
  });

  it.each(["__proto__", "constructor", "toString", "hasOwnProperty"])("refuses the reserved name %s in one clear message", (name) => {
    const problem = JSON.parse(`{"projects":[{"id":"A","value":5,"costs":{"${name}":8}}],"limits":{"${name}":10}}`) as SelectionProblem;
    expect(problemsOf(problem)).toEqual([`Limit name '${name}' is a reserved name; please rename it.`, `Cost or role name '${name}' is a reserved name; please rename it.`]);
  });

  it("refuses reserved project ids and categories", () => {
    const problem: SelectionProblem = { projects: [{ id: "constructor", value: 1, costs: {}, category: "__proto__" }], limits: {} };
    expect(problemsOf(problem)).toEqual(["Project id 'constructor' is a reserved name; please rename it.", "Category '__proto__' is a reserved name; please rename it."]);
  });
});
