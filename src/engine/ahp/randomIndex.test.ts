// Saaty's RI table: test/fixtures/reference/ahp/random-index.json (n = 1 … 15).
import * as fs from "fs";
import * as path from "path";
import { PmoInputError } from "../errors";
import { ahpWeights } from "./ahpWeights";
import { RANDOM_INDEX, randomIndex } from "./randomIndex";

test("RANDOM_INDEX is Saaty's published table", () => {
  const repoRoot = path.resolve(__dirname, "..", "..", "..");
  const file = path.resolve(repoRoot, "test", "fixtures", "reference", "ahp", "random-index.json");
  const published = JSON.parse(fs.readFileSync(file, "utf8")) as { n: number[]; ri: number[] };
  expect(published.n).toEqual(RANDOM_INDEX.map((_, i) => i + 1));
  expect(RANDOM_INDEX).toEqual(published.ri);
});

test("randomIndex(n) reads the table and refuses sizes it does not cover", () => {
  expect(randomIndex(3)).toBe(0.58);
  expect(randomIndex(15)).toBe(1.59);
  for (const bad of [0, 16, 2.5, NaN]) expect(() => randomIndex(bad)).toThrow(PmoInputError);
  expect(() => randomIndex(16)).toThrow(/between 1 and 15/);
});

test("n ≤ 2 is always consistent: CR = 0 and no inconsistencies", () => {
  const one = ahpWeights([[1]]);
  expect(one).toMatchObject({ weights: [1], cr: 0, ci: 0, consistent: true, inconsistencies: [] });
  const two = ahpWeights([[1, 3], [1 / 3, 1]]);
  expect(two.weights[0]).toBeCloseTo(0.75, 12);
  expect(two.weights[1]).toBeCloseTo(0.25, 12);
  expect(two.cr).toBe(0);
  expect(two.lambdaMax).toBeCloseTo(2, 12);
});

test("more than 15 drivers is refused with a clear message rather than extrapolated", () => {
  const m = Array.from({ length: 16 }, () => new Array<number>(16).fill(1));
  expect(() => ahpWeights(m, { table: "DriverComparisons" })).toThrow(/table DriverComparisons: 16 is not valid; expected at most 15 items/);
});
