import { readFileSync } from "node:fs";
import path from "node:path";
import { excelErrorOf } from "./customFunctionsStub";
import { consistency, weights } from "../../src/functions/weights";

const reference = path.resolve(__dirname, "..", "fixtures", "reference", "ahp");
interface AhpCase {
  matrix: number[][];
  priorities: number[];
  cr: number | null;
  tolerance: number;
  cr_tolerance: number;
}
const load = (file: string): AhpCase => JSON.parse(readFileSync(path.join(reference, file), "utf8")) as AhpCase;

describe("=PMO.WEIGHTS", () => {
  // test/fixtures/reference/ahp/saaty-house-size-3.json (Saaty 1990, EJOR 48): published priorities 0.754/0.181/0.065
  it("reproduces Saaty's published house-size priorities as a column", () => {
    const ref = load("saaty-house-size-3.json");
    const result = weights(ref.matrix);
    expect(result.map((r) => r.length)).toEqual([1, 1, 1]);
    result.forEach((row, i) => expect(Math.abs(row[0]! - ref.priorities[i]!)).toBeLessThanOrEqual(ref.tolerance));
    expect(result.reduce((s, r) => s + r[0]!, 0)).toBeCloseTo(1, 12);
  });

  // test/fixtures/reference/ahp/consistent-4.json: constructed 8:4:2:1, exact
  it("accepts an upper triangle with blank diagonal and lower half, and fraction text", () => {
    const result = weights([
      [null, 2, "4", "8"],
      ["", null, "2", 4],
      [null, null, null, 2],
      [null, null, null, null],
    ]);
    [8, 4, 2, 1].forEach((w, i) => expect(result[i]![0]).toBeCloseTo(w / 15, 9));
  });

  it("uses the geometric mean when asked", () => {
    const ref = load("saaty-house-size-3.json");
    const geo = weights(ref.matrix, "Geometric");
    const rows = ref.matrix.map((r) => Math.cbrt(r[0]! * r[1]! * r[2]!));
    const total = rows.reduce((a, b) => a + b, 0);
    geo.forEach((row, i) => expect(row[0]).toBeCloseTo(rows[i]! / total, 9));
  });

  it("rejects an unknown method", () => {
    expect(excelErrorOf(() => weights([[1]], "power"))).toEqual({
      code: "#VALUE!",
      message: `method: 'power' is not valid; expected "eigenvector" or "geometric"`,
    });
  });

  it("names the cell of a judgement that is not a positive number", () => {
    const error = excelErrorOf(() =>
      weights([
        [1, 3],
        ["x", 1],
      ]),
    );
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^pairwise, row 2, column '1': 'x' is not valid/);
  });

  it("rejects a matrix that is not square", () => {
    expect(excelErrorOf(() => weights([[1, 2, 3], [0.5, 1, 2]])).message).toMatch(/^pairwise, /);
  });
});

describe("=PMO.CONSISTENCY", () => {
  // test/fixtures/reference/ahp/saaty-house-criteria-8.json: published CR 0.169
  it("reproduces Saaty's published consistency ratio", () => {
    const ref = load("saaty-house-criteria-8.json");
    expect(Math.abs(consistency(ref.matrix) - ref.cr!)).toBeLessThanOrEqual(ref.cr_tolerance);
  });

  // test/fixtures/reference/ahp/consistent-4.json: a perfectly consistent matrix has CR 0
  it("is 0 for a consistent matrix and for two drivers", () => {
    expect(consistency(load("consistent-4.json").matrix)).toBeCloseTo(0, 9);
    expect(consistency([[1, 7], [1 / 7, 1]])).toBe(0);
  });
});
