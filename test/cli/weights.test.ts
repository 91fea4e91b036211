import * as path from "path";
import { readReference, referenceDir, run, tempDir, writeJson } from "./helpers";

// Saaty (1990), "How to make a decision: the AHP", EJOR 48: house criteria (8×8), published priorities,
// λmax 9.669, CI 0.238, CR 0.169: test/fixtures/reference/ahp/saaty-house-criteria-8.json.
const house = path.join(referenceDir, "ahp", "saaty-house-criteria-8.json");
const ref = readReference<{ labels: string[]; priorities: number[]; lambdaMax: number; ci: number; cr: number; tolerance: number }>("ahp", "saaty-house-criteria-8.json");

describe("pmo-align weights", () => {
  it("reproduces Saaty's published priorities and consistency as JSON", async () => {
    const r = await run(["weights", house, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.labels).toEqual(ref.labels);
    json.weights.forEach((w: number, i: number) => expect(Math.abs(w - ref.priorities[i])).toBeLessThanOrEqual(ref.tolerance));
    expect(json.lambdaMax).toBeCloseTo(ref.lambdaMax, 2);
    expect(json.ci).toBeCloseTo(ref.ci, 2);
    expect(json.cr).toBeCloseTo(ref.cr, 2);
    expect(json.consistent).toBe(false);
    expect(json.inconsistencies.length).toBeGreaterThan(0);
    expect(json.inconsistencies[0]).toEqual(expect.objectContaining({ row: expect.any(String), column: expect.any(String), suggested: expect.any(Number) }));
  });

  it("prints a weights table, the CR verdict and the judgement to revisit", async () => {
    const r = await run(["weights", house]);
    expect(r.stdout).toMatch(/^Financing\s+33\.3%\s+0\.3332$/m);
    expect(r.stdout).toContain("CR 0.169: too inconsistent (0.10 or more for 8 drivers");
    expect(r.stdout).toMatch(/Most inconsistent judgement: .+ vs .+ is \d/);
  });

  it("accepts an upper triangle with fractions, default labels and the geometric method", async () => {
    const dir = tempDir();
    // Consistent 3×3: weights 4:2:1 (test/fixtures/reference/ahp/consistent-4.json covers n = 4 the same way).
    const file = writeJson(dir, "tri.json", { matrix: [[1, 2, 4], [null, 1, 2], [null, null, 1]] });
    const r = await run(["weights", file, "--json", "--method", "geometric"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.labels).toEqual(["D1", "D2", "D3"]);
    json.weights.forEach((w: number, i: number) => expect(w).toBeCloseTo([4 / 7, 2 / 7, 1 / 7][i], 10));
    expect(json.cr).toBeCloseTo(0, 10);
    expect(json.consistent).toBe(true);
    const human = await run(["weights", file]);
    expect(json.crThreshold).toBe(0.05);
    expect(human.stdout).toContain("consistent (under 0.05, Saaty's bar for 3 drivers)");
    expect(human.stdout).not.toContain("Most inconsistent");
  });

  it("names the bad cell of a non-reciprocal matrix and exits 1", async () => {
    const dir = tempDir();
    const file = writeJson(dir, "bad.json", { labels: ["Growth", "Risk"], matrix: [[1, 3], [3, 1]] });
    const r = await run(["weights", file]);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/Growth|Risk/);
  });

  it("rejects an unknown method (exit 2) and a missing file (exit 1)", async () => {
    const bad = await run(["weights", house, "--method", "median"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("eigenvector, geometric");
    const missing = await run(["weights", "no-such-file.json"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no-such-file.json': no such file");
  });
});
