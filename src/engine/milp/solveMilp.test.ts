import { LinearModel } from "./linearModel";
import { toLpFormat } from "./lpFormat";
import { solveMilp } from "./solveMilp";
import { cbcAvailable, solveWithCbc } from "../../../test/support/solveWithCbc";
import { PmoCancelledError } from "../errors";

function stockco(): { model: LinearModel; names: string[] } {
  // Winston's Stockco example (test/fixtures/reference/cases/winston-stockco.json), typed in as a smoke model.
  const model = new LinearModel("max");
  const names = [16, 22, 12, 8].map((v, i) => model.addVariable(`P${i + 1}`, "binary", { objective: v }));
  model.addConstraint("capex", names.map((n, i) => ({ variable: n, coefficient: [5, 7, 4, 3][i]! })), { upper: 14 });
  return { model, names };
}

describe("solveMilp", () => {
  it("proves the optimum of a small knapsack", async () => {
    const { model } = stockco();
    const s = await solveMilp(model);
    expect(s.status).toBe("optimal");
    expect(s.objective).toBe(42);
    expect(s.gap).toBe(0);
    expect([...s.values].filter(([, x]) => x === 1).map(([n]) => n)).toEqual(["P2", "P3", "P4"]);
  });

  it("reports infeasible models", async () => {
    const { model, names } = stockco();
    model.addConstraint("atLeastAll", names.map((n) => ({ variable: n, coefficient: 1 })), { lower: 4 });
    const s = await solveMilp(model);
    expect(s.status).toBe("infeasible");
    expect(s.values.size).toBe(0);
    expect(s.bound).toBeNull();
  });

  it("reports unbounded models", async () => {
    const model = new LinearModel("max");
    const x = model.addVariable("x", "continuous", { objective: 1 });
    model.addConstraint("c", [{ variable: x, coefficient: 1 }], { lower: 0 });
    const s = await solveMilp(model);
    expect(["unbounded", "error"]).toContain(s.status);
    expect(s.status).not.toBe("optimal");
  });

  it("solves minimisation with integer and continuous variables and ranged rows", async () => {
    const model = new LinearModel("min");
    const a = model.addVariable("a", "integer", { lower: 0, upper: 10, objective: 3 });
    const b = model.addVariable("b", "continuous", { lower: 0, objective: 2 });
    model.addConstraint("need", [{ variable: a, coefficient: 2 }, { variable: b, coefficient: 1 }], { lower: 7.5, upper: 20 });
    const s = await solveMilp(model);
    expect(s.status).toBe("optimal");
    // 2a + b ≥ 7.5: a = 3, b = 1.5 costs 12; a = 4 costs 12 as well: the optimum value is 12.
    expect(s.objective).toBeCloseTo(12, 9);
    expect(model.maxViolation(s.values)).toBeLessThan(1e-7);
  });

  it("accepts a warm start and still proves optimality", async () => {
    const { model } = stockco();
    const s = await solveMilp(model, { initialSolution: new Map([["P1", 1], ["P2", 1]]) });
    expect(s.status).toBe("optimal");
    expect(s.objective).toBe(42);
  });

  it("a solve stopped at once still returns its start, feasible, with a finite bound", async () => {
    // 2,000 strongly correlated items: HiGHS proves no bound within a zero time limit, so before the box
    // bound (Σ of each variable's best objective contribution) the result carried bound Infinity.
    const model = new LinearModel("max");
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const w = Array.from({ length: 2000 }, () => 1 + Math.floor(rnd() * 1000));
    const names = w.map((wi, i) => model.addVariable(`x${i}`, "binary", { objective: wi + 100 }));
    model.addConstraint("c", names.map((nm, i) => ({ variable: nm, coefficient: w[i]! })), { upper: 5000 });
    const start = new Map(names.slice(0, 5).map((n) => [n, 1]));
    const s = await solveMilp(model, { timeLimitSeconds: 0, initialSolution: start });
    expect(s.status).toBe("feasible");
    expect(model.maxViolation(s.values)).toBeLessThan(1e-9);
    expect(s.objective).toBeGreaterThanOrEqual(model.evaluate(start));
    expect(Number.isFinite(s.bound!)).toBe(true);
    expect(s.bound!).toBeGreaterThanOrEqual(s.objective);
    expect(s.bound!).toBeLessThanOrEqual(w.reduce((a, b) => a + b + 100, 0));
  });

  it("rejects with PmoCancelledError when cancelled before the solve", async () => {
    const { model } = stockco();
    await expect(solveMilp(model, { isCancelled: () => true })).rejects.toBeInstanceOf(PmoCancelledError);
  });

  it("reports a time-limited solve as feasible with its gap, never optimal", async () => {
    // A strongly correlated knapsack with many items is hard enough to outlast a 0.05 s limit.
    const model = new LinearModel("max");
    const n = 400;
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const w = Array.from({ length: n }, () => 1 + Math.floor(rnd() * 1000));
    const names = w.map((wi, i) => model.addVariable(`x${i}`, "binary", { objective: wi + 100 }));
    for (let r = 0; r < 5; r++) {
      const ww = w.map((wi) => Math.max(1, Math.round(wi * (0.5 + rnd()))));
      model.addConstraint(`c${r}`, names.map((nm, i) => ({ variable: nm, coefficient: ww[i]! })), { upper: Math.floor(ww.reduce((a, b) => a + b, 0) / 2) });
    }
    const s = await solveMilp(model, { timeLimitSeconds: 0.05 });
    if (s.status === "feasible") {
      expect(s.gap).toBeGreaterThan(0);
      expect(s.bound!).toBeGreaterThan(s.objective);
      expect(model.maxViolation(s.values)).toBeLessThan(1e-6);
    } else {
      // Solved within the limit after all: then it must be proven.
      expect(["optimal", "error"]).toContain(s.status);
      if (s.status === "optimal") expect(s.gap).toBe(0);
    }
  });
});

describe("toLpFormat", () => {
  const itCbc = cbcAvailable() ? it : it.skip;

  itCbc("writes a model that native CBC solves to the same optimum", async () => {
    const { model } = stockco();
    const lp = toLpFormat(model);
    expect(lp).toMatch(/^Maximize/);
    const cbc = solveWithCbc(lp, 10);
    expect(cbc.status).toBe("optimal");
    expect(cbc.objective).toBe(42);
    expect(cbc.values.get("P2")).toBe(1);
  });

  it("writes ranged rows, negative coefficients, fixed and free variables, and tiny coefficients", async () => {
    const model = new LinearModel("min");
    const x = model.addVariable("x y", "continuous", { lower: -Infinity, upper: Infinity, objective: 1 });
    const y = model.addVariable("2nd", "integer", { lower: 1, upper: 1, objective: 0.0000001 });
    model.addConstraint("r", [{ variable: x, coefficient: -1 }, { variable: y, coefficient: 2.5 }], { lower: -3, upper: 4 });
    const lp = toLpFormat(model);
    expect(lp).toContain(" x_y free");
    expect(lp).toContain(" v_2nd = 1");
    expect(lp).toMatch(/r_lo: - 1 x_y \+ 2\.5 v_2nd >= -3/);
    expect(lp).not.toMatch(/\de-/);
    const ours = await solveMilp(model);
    expect(ours.status).toBe("optimal");
    expect(ours.objective).toBeCloseTo(-1.5 + 1e-7, 9);
  });

  itCbc("writes ranged rows and free variables that native CBC reads the same way", () => {
    const model = new LinearModel("min");
    const x = model.addVariable("x y", "continuous", { lower: -Infinity, upper: Infinity, objective: 1 });
    const y = model.addVariable("2nd", "integer", { lower: 1, upper: 1, objective: 0.0000001 });
    model.addConstraint("r", [{ variable: x, coefficient: -1 }, { variable: y, coefficient: 2.5 }], { lower: -3, upper: 4 });
    const cbc = solveWithCbc(toLpFormat(model), 10);
    expect(cbc.status).toBe("optimal");
    expect(cbc.values.get("x_y")).toBeCloseTo(-1.5, 9);
  });
});

describe("LinearModel names", () => {
  it("sanitises and de-duplicates names", () => {
    const model = new LinearModel();
    expect(model.addVariable("P-1", "binary")).toBe("P_1");
    expect(model.addVariable("P_1", "binary")).toBe("P_1_2");
    expect(model.addVariable("e1", "binary")).toBe("v_e1");
    expect(model.addVariable("end", "binary")).toBe("v_end");
    expect(model.addVariable("", "binary")).toBe("v_");
  });
});
