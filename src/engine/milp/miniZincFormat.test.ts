/** The MiniZinc text of a model and the reading of MiniZinc's answer: checked, never trusted. */
import { LinearModel } from "./linearModel";
import { readMiniZincAnswer, toMiniZinc, type MiniZincMessage } from "./miniZincFormat";

function stockco(): LinearModel {
  // Winston's Stockco (test/fixtures/reference/cases/winston-stockco.json), values as a score with decimals.
  const model = new LinearModel("max");
  const names = [16.5, 22, 12, 8].map((v, i) => model.addVariable(`P${i + 1}`, "binary", { objective: v }));
  model.addConstraint("capex", names.map((n, i) => ({ variable: n, coefficient: [5, 7, 4, 3][i]! })), { upper: 14 });
  model.addConstraint("count", names.map((n) => ({ variable: n, coefficient: 1 })), { lower: 1, upper: 3 });
  return model;
}

const solution = (x: number[]): MiniZincMessage => ({ type: "solution", output: { raw: JSON.stringify({ x }) } });

describe("toMiniZinc", () => {
  it("writes one variable per column, both sides of a ranged row, and floats when any number has decimals", () => {
    const text = toMiniZinc(stockco());
    expect(text).toContain("var 0..1: x1;");
    expect(text).toContain("constraint 5.0*x1 + 7.0*x2 + 4.0*x3 + 3.0*x4 <= 14.0;");
    expect(text).toContain("constraint 1.0*x1 + 1.0*x2 + 1.0*x3 + 1.0*x4 >= 1.0;");
    expect(text).toContain("constraint 1.0*x1 + 1.0*x2 + 1.0*x3 + 1.0*x4 <= 3.0;");
    expect(text).toContain("solve maximize 16.5*x1 + 22.0*x2 + 12.0*x3 + 8.0*x4;");
  });
});

describe("readMiniZincAnswer", () => {
  it("a proven optimum with its bound is optimal, the objective recomputed from the values", () => {
    const r = readMiniZincAnswer(stockco(), [solution([0, 1, 1, 1]), { type: "status", status: "OPTIMAL_SOLUTION" }, { type: "statistics", statistics: { objectiveBound: 42 } }], 1);
    expect(r).toMatchObject({ status: "optimal", objective: 42, bound: 42, gap: 0 });
    expect(r.values.get("P2")).toBe(1);
  });

  it("a time-limited answer is feasible with the gap to CBC's bound", () => {
    const r = readMiniZincAnswer(stockco(), [solution([1, 1, 0, 0]), { type: "statistics", statistics: { objectiveBound: 44 } }], 1);
    expect(r.status).toBe("feasible");
    expect(r.objective).toBe(38.5);
    expect(r.gap).toBeCloseTo((44 - 38.5) / 38.5, 12);
  });

  it("claimed optimal but the bound is further than 1e-6 away: feasible, not optimal", () => {
    const r = readMiniZincAnswer(stockco(), [solution([1, 1, 0, 0]), { type: "status", status: "OPTIMAL_SOLUTION" }, { type: "statistics", statistics: { objectiveBound: 42 } }], 1);
    expect(r.status).toBe("feasible");
  });

  it("values that break a row are refused", () => {
    const r = readMiniZincAnswer(stockco(), [solution([1, 1, 1, 1]), { type: "status", status: "OPTIMAL_SOLUTION" }], 1);
    expect(r.status).toBe("error");
  });

  it("UNSATISFIABLE is infeasible; no solution at all is an error with MiniZinc's message", () => {
    expect(readMiniZincAnswer(stockco(), [{ type: "status", status: "UNSATISFIABLE" }], 1).status).toBe("infeasible");
    expect(readMiniZincAnswer(stockco(), [{ type: "error", message: "syntax error" }], 1)).toMatchObject({ status: "error", message: "syntax error" });
  });
});
