import { acceptableCr, ahpWeights, consistency, consistencyVerdict } from ".";

// Saaty (1994), "How to make a decision: the analytic hierarchy process", Interfaces 24(6): acceptable CR is
// 0.05 for 3×3, 0.08 for 4×4 and 0.10 for larger matrices.
test("the acceptable CR depends on the size of the matrix", () => {
  expect([2, 3, 4, 5, 9, 15].map(acceptableCr)).toEqual([0.05, 0.05, 0.08, 0.1, 0.1, 0.1]);
});

test("a 3×3 matrix with CR 0.074 is inconsistent (bar 0.05), although it is under 0.10", () => {
  const m = [
    [1, 3, 5],
    [1 / 3, 1, 4],
    [1 / 5, 1 / 4, 1],
  ];
  const result = ahpWeights(m);
  expect(result.cr).toBeCloseTo(0.0739, 4);
  expect(result.crThreshold).toBe(0.05);
  expect(result.consistent).toBe(false);
  expect(consistency(m, result.weights)).toMatchObject({ threshold: 0.05, consistent: false });
});

test("a 4×4 matrix with CR 0.088 is inconsistent (bar 0.08)", () => {
  const m = [
    [1, 3, 4, 3],
    [1 / 3, 1, 3, 1 / 3],
    [1 / 4, 1 / 3, 1, 1 / 3],
    [1 / 3, 3, 3, 1],
  ];
  const result = ahpWeights(m);
  expect(result.cr).toBeCloseTo(0.0881, 4);
  expect(result.crThreshold).toBe(0.08);
  expect(result.consistent).toBe(false);
});

test("the verdict names the bar and the size it applies to", () => {
  expect(consistencyVerdict(0.06, 4, "drivers")).toBe("consistent (under 0.08, Saaty's bar for 4 drivers)");
  expect(consistencyVerdict(0.06, 3, "drivers")).toBe("too inconsistent (0.05 or more for 3 drivers, Saaty's bar)");
  expect(consistencyVerdict(0, 2, "drivers")).toBe("consistent (2 drivers are always consistent)");
  expect(consistencyVerdict(0.09, 6)).toBe("consistent (under 0.10, Saaty's bar for 6 items)");
});
