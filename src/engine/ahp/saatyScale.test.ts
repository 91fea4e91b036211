import { formatJudgement, nearestSaatyValue, SAATY_SCALE } from "./saatyScale";

test("Saaty's scale holds 1–9 and their reciprocals, 17 values in increasing order", () => {
  expect(SAATY_SCALE).toHaveLength(17);
  expect(SAATY_SCALE[0]).toBe(1 / 9);
  expect(SAATY_SCALE[16]).toBe(9);
  SAATY_SCALE.slice(1).forEach((v, i) => expect(v).toBeGreaterThan(SAATY_SCALE[i]!));
});

test.each([
  [2.6, 3],
  [1.2, 1],
  [0.3, 1 / 3],
  [1 / 2.6, 1 / 3],
  [40, 9],
  [0.001, 1 / 9],
])("nearestSaatyValue(%p) = %p (nearest on a log scale)", (target, expected) => {
  expect(nearestSaatyValue(target)).toBe(expected);
});

test.each([
  [3, "3"],
  [1 / 3, "1/3"],
  [0.5, "1/2"],
  [2.5, "2.5"],
  [0.41666666, "0.4167"],
])("formatJudgement(%p) = %p", (value, text) => {
  expect(formatJudgement(value)).toBe(text);
});
