import { readFileSync } from "node:fs";
import path from "node:path";
import { excelErrorOfAsync } from "./customFunctionsStub";
import { frontier, select } from "../../src/functions/selection";

const reference = path.resolve(__dirname, "..", "fixtures", "reference");
const column = (xs: readonly number[]): number[][] => xs.map((x) => [x]);
const hillier = JSON.parse(readFileSync(path.join(reference, "cases", "hillier-california-manufacturing.json"), "utf8")) as {
  values: number[];
  capital: number[];
  budget: number;
  models: Record<"knapsack_only" | "full_model", { optimum: number; solution: number[] }>;
};

describe("=PMO.SELECT", () => {
  // test/fixtures/reference/knapsack/f1_l-d_kp_10_269.json: published optimum 295
  it("reaches a published knapsack optimum", async () => {
    const ref = JSON.parse(readFileSync(path.join(reference, "knapsack", "f1_l-d_kp_10_269.json"), "utf8")) as {
      values: number[];
      weights: number[][];
      capacities: number[];
      optimum: number;
    };
    const costs = ref.values.map((_, i) => ref.weights.map((row) => row[i]!));
    const picked = (await select(column(ref.values), costs, [ref.capacities])).map((r) => r[0]!);
    expect(picked.every((x) => x === 0 || x === 1)).toBe(true);
    const value = picked.reduce((s, x, i) => s + x * ref.values[i]!, 0);
    expect(value).toBe(ref.optimum);
    ref.weights.forEach((row, k) => expect(picked.reduce((s, x, i) => s + x * row[i]!, 0)).toBeLessThanOrEqual(ref.capacities[k]!));
  });

  // test/fixtures/reference/cases/hillier-california-manufacturing.json: budget only → 15 with [0,1,1,1];
  // with "at most one warehouse" (a second limit) and the contingent decisions → 14 with [1,1,0,0]
  it("reproduces Hillier & Lieberman's capital budgeting answers with and without dependencies", async () => {
    const values = column(hillier.values);
    const knapsack = await select(values, column(hillier.capital), [[hillier.budget]]);
    expect(knapsack.map((r) => r[0])).toEqual(hillier.models.knapsack_only.solution);
    const warehouses = [0, 0, 1, 1];
    const costs = hillier.capital.map((c, i) => [c, warehouses[i]!]);
    const full = await select(values, costs, [[hillier.budget], [1]], undefined, [
      [3, 1],
      [4, 2],
    ]);
    expect(full.map((r) => r[0])).toEqual(hillier.models.full_model.solution);
  });

  it("honours forced decisions", async () => {
    // Best within 10 is rows 2, 3, 4 (value 15); forcing row 2 out and row 1 in leaves row 1 + row 4 (value 13).
    const result = await select(column(hillier.values), column(hillier.capital), [[hillier.budget]], [["In"], ["out"], [null], [""]]);
    expect(result).toEqual([[1], [0], [0], [1]]);
  });

  it("returns #N/A with the reason when forced projects exceed the limit", async () => {
    const error = await excelErrorOfAsync(select(column([1, 2, 3]), column([6, 6, 1]), [[10]], [["In"], ["in"], [null]]));
    expect(error.code).toBe("#N/A");
    // Either forced project alone fits (6 ≤ 10); together they need 12.
    expect(error.message).toBe("Forced-in projects row 1 and row 2 need 12 of costs column 1; the costs column 1 limit is 10.");
  });

  it("stops when Excel cancels the call", async () => {
    const invocation: { onCanceled?: () => void } = {};
    const pending = select(column([1, 2]), column([1, 1]), [[1]], undefined, undefined, invocation as CustomFunctions.CancelableInvocation);
    invocation.onCanceled!();
    expect(await excelErrorOfAsync(pending)).toEqual({ code: "#N/A", message: "The optimisation was cancelled." });
  });

  it("names a cost that is not a number", async () => {
    const error = await excelErrorOfAsync(select(column([1, 2]), [[1], ["cheap"]], [[5]]));
    expect(error).toEqual({ code: "#VALUE!", message: "costs, row 2, column 1: 'cheap' is not valid; expected a cost (a number)" });
  });

  it("rejects a limits range that does not match the costs columns", async () => {
    const error = await excelErrorOfAsync(select(column([1]), [[1, 2]], [[5]]));
    expect(error.message).toBe("limits: expected 2 amounts, one per costs column (there are 1)");
  });

  it("rejects a dependency on a row that does not exist", async () => {
    const error = await excelErrorOfAsync(select(column([1, 2]), column([1, 1]), [[5]], undefined, [[1, 3]]));
    expect(error.message).toBe("dependencies, row 1, column 2: 3 is not valid; expected a project row number from 1 to 2");
  });
});

describe("=PMO.FRONTIER", () => {
  // test/fixtures/reference/cases/hillier-california-manufacturing.json: budget-only knapsack optimum 15 at budget 10
  it("gives the best value and count per budget, non-decreasing, in the user's order", async () => {
    const table = (await frontier(column(hillier.values), column(hillier.capital), [[16], [10], [5]])) as number[][];
    expect(table).toEqual([
      [16, 24, 4],
      [10, hillier.models.knapsack_only.optimum, 3],
      [5, 9, 2],
    ]);
  });

  it("requires a single column of costs", async () => {
    const error = await excelErrorOfAsync(frontier(column([1]), [[1, 2]], [[5]]));
    expect(error.message).toBe("costs: expected a single column of costs (the range has 2 columns)");
  });
});
