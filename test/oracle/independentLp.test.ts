/**
 * The CBC cross-checks' own formulation (test/support/independentLp.ts) is itself checked against published
 * answers: Hillier & Lieberman's capital budgeting with and without its dependencies, Winston's Stockco, a
 * multidimensional OR-Library instance and the four answers of the start-shift staffing case.
 */
import * as fs from "fs";
import * as path from "path";
import type { SelectionProblem } from "../../src/engine/selection/types";
import { independentAllocationLp, independentSelectionLp } from "../support/independentLp";
import { knapsackProblem, readKnapsack } from "../support/referenceKnapsack";
import { cbcAvailable, solveWithCbc } from "../support/solveWithCbc";
import { loadStartShiftCase } from "../support/startShiftCase";

const reference = path.resolve(__dirname, "..", "fixtures", "reference");
const itCbc = cbcAvailable() ? it : it.skip;

/** The ids CBC set to 1, by the writer's `pick_i` / `staff_i` names. */
const chosen = (values: ReadonlyMap<string, number>, prefix: string, ids: readonly string[]): string[] =>
  ids.filter((_, i) => (values.get(`${prefix}_${i}`) ?? 0) > 0.5);

describe("the independent selection formulation", () => {
  // test/fixtures/reference/cases/hillier-california-manufacturing.json
  const hillier = JSON.parse(fs.readFileSync(path.join(reference, "cases", "hillier-california-manufacturing.json"), "utf8")) as {
    values: number[];
    capital: number[];
    budget: number;
  };
  const base: SelectionProblem = {
    projects: hillier.values.map((value, i) => ({ id: `x${i + 1}`, value, costs: { capital: hillier.capital[i]! } })),
    limits: { capital: hillier.budget },
  };

  itCbc("reaches the budget-only optimum 15 (x2, x3, x4)", () => {
    const cbc = solveWithCbc(independentSelectionLp(base), 10);
    expect(cbc.status).toBe("optimal");
    expect(cbc.objective).toBeCloseTo(15, 9);
    expect(chosen(cbc.values, "pick", ["x1", "x2", "x3", "x4"])).toEqual(["x2", "x3", "x4"]);
  });

  itCbc("reaches 14 with the exclusive warehouses and the contingent decisions (both factories)", () => {
    const full: SelectionProblem = { ...base, exclusive: [["x3", "x4"]], requires: [["x3", "x1"], ["x4", "x2"]] };
    const cbc = solveWithCbc(independentSelectionLp(full), 10);
    expect(cbc.objective).toBeCloseTo(14, 9);
    expect(chosen(cbc.values, "pick", ["x1", "x2", "x3", "x4"])).toEqual(["x1", "x2"]);
  });

  itCbc("reaches the published optimum of OR-Library mknap1-3 (15 items, 10 limits)", () => {
    const k = readKnapsack("mknap1-3.json");
    const cbc = solveWithCbc(independentSelectionLp(knapsackProblem(k)), 30);
    expect(cbc.objective).toBeCloseTo(k.optimum, 6);
  });

  itCbc("keeps a category's share of the amount spent, and forced and together decisions", () => {
    // Three Run projects worth more than the Change ones; at least half of the capex spent must go to Change.
    const problem: SelectionProblem = {
      projects: [
        { id: "R1", value: 10, costs: { capex: 4 }, category: "Run" },
        { id: "R2", value: 9, costs: { capex: 4 }, category: "Run" },
        { id: "R3", value: 8, costs: { capex: 4 }, category: "Run" },
        { id: "C1", value: 2, costs: { capex: 2 }, category: "Change" },
        { id: "C2", value: 1, costs: { capex: 2 }, category: "Change" },
        { id: "C3", value: 1, costs: { capex: 1 }, category: "Change" },
      ],
      limits: { capex: 12 },
      categoryShares: [{ limit: "capex", category: "Change", min: 0.5 }],
      together: [["C2", "C3"]],
    };
    // Change spend ≤ 5, so Run spend ≤ 5: one Run project (4) with C1, C2, C3 (5): 10 + 4 = 14.
    const cbc = solveWithCbc(independentSelectionLp(problem), 10);
    expect(cbc.objective).toBeCloseTo(14, 9);
    const forced = solveWithCbc(independentSelectionLp({ ...problem, forceIn: ["R2"], forceOut: ["C1"] }), 10);
    // R2 (4 of Run) needs ≥ 4 of Change, but only C2 + C3 (3) remain: infeasible.
    expect(forced.status).toBe("infeasible");
  });
});

describe("the independent allocation formulation on the start-shift case", () => {
  // test/fixtures/reference/cases/start-shift-6x6x2.json
  const c = loadStartShiftCase();
  const ids = c.problem.projects.map((p) => p.id);
  itCbc.each([
    ["fixed", 0],
    ["shift1", 1],
    ["free", null],
  ] as const)("%s starts: the published optimum and selection", (answer, maxShift) => {
    const cbc = solveWithCbc(independentAllocationLp(c.problem, maxShift), 20);
    expect(cbc.status).toBe("optimal");
    expect(cbc.objective).toBeCloseTo(c.answers[answer].value, 9);
    expect(chosen(cbc.values, "staff", ids)).toEqual([...c.answers[answer].selected].sort());
  });
});
