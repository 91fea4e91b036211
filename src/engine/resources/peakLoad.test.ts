import { rolePeaks } from "./peakLoad";

const problem = { months: ["2027-05", "2027-06", "2027-07", "2027-08"], capacity: { Developer: [14, 14, 14, 10], Tester: [0, 0, 0, 0] } };

test("the peak is the month of highest load, not of highest utilisation", () => {
  // 2027-08 is fuller (11 of 10) but 2027-05 carries more load (13 of 14): the peak load is 13 in 2027-05.
  const [dev] = rolePeaks(problem, { Developer: [13, 12, 9, 11] });
  expect(dev).toEqual({ role: "Developer", month: 0, monthLabel: "2027-05", load: 13, capacity: 14, utilisation: 13 / 14 });
});

test("ties go to the earliest month; no capacity gives no utilisation; a role without load peaks at 0", () => {
  const [dev, tester] = rolePeaks(problem, { Developer: [1, 3, 3, 2], Tester: [0, 0, 2, 0] });
  expect(dev!.monthLabel).toBe("2027-06");
  expect(tester).toMatchObject({ monthLabel: "2027-07", load: 2, utilisation: null });
  expect(rolePeaks(problem, {})[0]).toMatchObject({ month: 0, load: 0, capacity: 14, utilisation: 0 });
});
