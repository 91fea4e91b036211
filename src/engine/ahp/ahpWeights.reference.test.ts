// Published AHP cases, read at test time:
//   test/fixtures/reference/ahp/saaty-house-criteria-8.json (Saaty 1990, EJOR 48: house criteria, n = 8)
//   test/fixtures/reference/ahp/saaty-house-size-3.json (same paper: houses compared on size, n = 3)
//   test/fixtures/reference/ahp/consistent-4.json (constructed consistent matrix, weights 8:4:2:1)
import * as fs from "fs";
import * as path from "path";
import { ahpWeights } from "./ahpWeights";
import { acceptableCr } from "./consistency";

interface AhpReference {
  source: string;
  labels: string[];
  matrix: number[][];
  priorities: number[];
  lambdaMax: number | null;
  ci: number | null;
  cr: number | null;
  tolerance: number;
  cr_tolerance: number;
  computed_check: { geometric_mean: number[] };
}

const repoRoot = path.resolve(__dirname, "..", "..", "..");
const referenceDir = path.resolve(repoRoot, "test", "fixtures", "reference", "ahp");
const files = ["saaty-house-criteria-8.json", "saaty-house-size-3.json", "consistent-4.json"];
const load = (file: string): AhpReference => JSON.parse(fs.readFileSync(path.join(referenceDir, file), "utf8")) as AhpReference;

describe.each(files)("AHP reference %s", (file) => {
  const ref = load(file);

  test("eigenvector priorities match the published weights within the stated tolerance", () => {
    const result = ahpWeights(ref.matrix, { labels: ref.labels });
    expect(result.method).toBe("eigenvector");
    expect(result.weights).toHaveLength(ref.priorities.length);
    result.weights.forEach((w, i) => expect(Math.abs(w - ref.priorities[i]!)).toBeLessThanOrEqual(ref.tolerance));
    expect(result.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  test("λmax, CI and CR match the published values within cr_tolerance", () => {
    const result = ahpWeights(ref.matrix, { labels: ref.labels });
    if (ref.lambdaMax !== null) expect(Math.abs(result.lambdaMax - ref.lambdaMax)).toBeLessThanOrEqual(ref.cr_tolerance);
    if (ref.ci !== null) expect(Math.abs(result.ci - ref.ci)).toBeLessThanOrEqual(ref.cr_tolerance);
    if (ref.cr !== null) {
      expect(Math.abs(result.cr - ref.cr)).toBeLessThanOrEqual(ref.cr_tolerance);
      expect(result.consistent).toBe(ref.cr < acceptableCr(ref.matrix.length));
    }
  });

  test("geometric mean option matches the row geometric means in computed_check", () => {
    const result = ahpWeights(ref.matrix, { labels: ref.labels, method: "geometric" });
    expect(result.method).toBe("geometric");
    expect(result.iterations).toBe(0);
    // computed_check is rounded to 6 decimals.
    result.weights.forEach((w, i) => expect(Math.abs(w - ref.computed_check.geometric_mean[i]!)).toBeLessThanOrEqual(5e-7));
  });
});

test("the house criteria (CR 0.169) are flagged inconsistent and the worst judgement is Neighborhood vs General condition", () => {
  const ref = load("saaty-house-criteria-8.json");
  const result = ahpWeights(ref.matrix, { labels: ref.labels });
  expect(result.consistent).toBe(false);
  const worst = result.inconsistencies[0]!;
  expect([worst.rowLabel, worst.columnLabel]).toEqual(["Neighborhood", "General condition"]);
  expect(worst.current).toBe(6);
  expect(worst.suggested).toBe(1);
  // Replacing that 6 by the suggested value (1) brings CR under 0.10.
  expect(worst.crIfChanged).toBeLessThan(0.1);
});

test("the consistent matrix converges at once and has nothing to fix", () => {
  const result = ahpWeights(load("consistent-4.json").matrix);
  expect(result.iterations).toBeLessThanOrEqual(2);
  expect(result.inconsistencies).toEqual([]);
  expect(result.consistent).toBe(true);
});
