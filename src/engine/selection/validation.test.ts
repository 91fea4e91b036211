/** Input errors throw one PmoConstraintError listing every problem; cycles are warnings. */
import { PmoConstraintError } from "../errors";
import { checkSelectionProblem, requiresCycles } from "./validation";
import type { SelectionProblem } from "./types";

const projects = ["P1", "P2", "P3", "P4", "P5"].map((id) => ({ id, value: 1, costs: { capex: 1 } }));
const base: SelectionProblem = { projects, limits: { capex: 3 } };

function problemsOf(problem: SelectionProblem): readonly string[] {
  try {
    checkSelectionProblem(problem);
  } catch (e) {
    expect(e).toBeInstanceOf(PmoConstraintError);
    return (e as PmoConstraintError).problems;
  }
  throw new Error("expected a PmoConstraintError");
}

describe("checkSelectionProblem", () => {
  it("lists every unknown id, a project forced in and out, and bad numbers at once", () => {
    const problems = problemsOf({
      ...base,
      projects: [...projects, { id: "P1", value: NaN, costs: { capex: 1 } }],
      forceIn: ["P2", "X9"],
      forceOut: ["P2"],
      requires: [["P3", "Q1"]],
      together: [["P4", "Z"]],
      exclusive: [["P5", "Y"]],
      minProjects: 4,
      maxProjects: 2,
      categoryShares: [{ limit: "opex", category: "Run", min: 0.5, max: 0.2 }],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        "Project id 'P1' appears more than once.",
        "projects[5] (P1): value NaN is not a finite number.",
        "forceIn names project 'X9', which is not in the project list.",
        "Project P2 is both forced in and forced out.",
        "requires [P3, Q1] names project 'Q1', which is not in the project list.",
        "together [P4, Z] names project 'Z', which is not in the project list.",
        "exclusive [P5, Y] names project 'Y', which is not in the project list.",
        "minProjects 4 is above maxProjects 2.",
        "Category share Run/opex refers to limit 'opex', which is not in limits.",
        "Category share Run/opex: min 0.5 is above max 0.2.",
      ]),
    );
    expect(problems).toHaveLength(10);
  });

  it("accepts a clean problem with no warnings", () => {
    expect(checkSelectionProblem({ ...base, requires: [["P2", "P1"]], exclusive: [["P3", "P4"]] })).toEqual({ warnings: [], contradictions: [] });
  });

  it("warns about each cycle of requirements, naming it", () => {
    const check = checkSelectionProblem({ ...base, requires: [["P3", "P5"], ["P5", "P3"], ["P1", "P2"], ["P2", "P4"], ["P4", "P1"], ["P2", "P2"]] });
    expect(check.warnings).toEqual([
      "P1 requires P2 requires P4 requires P1: a cycle of requirements, so P1, P2 and P4 can only be selected together.",
      "P3 requires P5 requires P3: a cycle of requirements, so P3 and P5 can only be selected together.",
      "P2 requires itself; the requirement has no effect.",
    ]);
    expect(check.contradictions).toEqual([]);
  });

  it("finds each cycle once even when several paths lead into it", () => {
    const cycles = requiresCycles({ ...base, requires: [["P1", "P3"], ["P2", "P3"], ["P3", "P4"], ["P4", "P3"]] });
    expect(cycles).toEqual([["P3", "P4", "P3"]]);
  });

  it("reports forced-in requiring forced-out as a contradiction, through together groups too", () => {
    const check = checkSelectionProblem({ ...base, forceIn: ["P1"], forceOut: ["P5"], requires: [["P1", "P2"]], together: [["P2", "P5"]] });
    expect(check.contradictions).toEqual([
      {
        constraints: ["forceIn:P1", "requires:P1>P2", "together:P2,P5", "forceOut:P5"],
        message: "Forced-in P1 requires P2, which goes together with P5; but P5 is forced out.",
      },
    ]);
  });
});
