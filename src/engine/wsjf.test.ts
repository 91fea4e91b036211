import { PmoInputError } from "./errors";
import { costOfDelay, wsjf } from "./wsjf";

test("cost of delay is the SAFe sum of business value, time criticality and risk reduction", () => {
  expect(costOfDelay(8, 5, 3)).toBe(16);
  expect(costOfDelay([8, 1], [5, 2], [3, 20])).toEqual([16, 23]);
});

test("WSJF = cost of delay ÷ job size", () => {
  expect(wsjf([16, 10, 0], [8, 2, 5])).toEqual([2, 5, 0]);
});

test("a job size of 0 or less names the row", () => {
  expect(() => wsjf([16, 10], [8, 0], ["Epic A", "Epic B"])).toThrow("row Epic B, column 'Job size': 0 is not valid; expected a job size above 0");
  expect(() => wsjf([16], [-3])).toThrow(/row 1, column 'Job size'/);
});

test("negative estimates and columns of different lengths are refused", () => {
  expect(() => costOfDelay([1, 2], [1, -2], [1, 1], ["E1", "E2"])).toThrow("row E2, column 'Time criticality': -2 is not valid; expected a number of 0 or more");
  expect(() => costOfDelay([1, 2], [1], [1, 1])).toThrow(PmoInputError);
  expect(() => wsjf([1, 2], [1])).toThrow(PmoInputError);
  expect(() => wsjf([-1], [1])).toThrow(/Cost of delay/);
});
