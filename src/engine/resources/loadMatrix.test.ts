import { PmoInputError } from "../errors";
import { loadMatrix } from "./loadMatrix";

const demand = [
  ["Project", "Role", "Month", "Amount"],
  ["P1", "Dev", 0, 2],
  ["P1", "Dev", 1, 1],
  ["P1", "QA", 1, 0.5],
  ["P2", "Dev", 0, 1],
  [null, null, null, null],
  ["P2", "Dev", 0, 1],
];

describe("loadMatrix (=PMO.LOAD)", () => {
  it("returns role × month load from demand rows and start offsets", () => {
    const m = loadMatrix(demand, [
      ["P1", 1],
      ["P2", 0],
    ], 3);
    expect(m.roles).toEqual(["Dev", "QA"]);
    expect(m.months).toEqual([0, 1, 2]);
    expect(m.values).toEqual([
      [2, 2, 1],
      [0, 0, 0.5],
    ]);
  });

  it("reads starts given as month labels and skips header and blank starts", () => {
    const m = loadMatrix(demand, [["Project", "Start"], ["P1", "2027-02"], ["P2", ""]], ["2027-01", "2027-02", "2027-03"]);
    expect(m.months).toEqual(["2027-01", "2027-02", "2027-03"]);
    expect(m.values).toEqual([
      [0, 2, 1],
      [0, 0, 0.5],
    ]);
  });

  it("treats a number equal to a month label (a date serial) as that month", () => {
    const m = loadMatrix([["P1", "Dev", 0, 1]], [["P1", 46054]], [46023, 46054, 46082]);
    expect(m.values).toEqual([[0, 1, 0]]);
  });

  it("clips load before and after the horizon", () => {
    const m = loadMatrix(demand, [["P1", -1], ["P2", 2]], 3);
    expect(m.values[0]).toEqual([1, 0, 2]);
  });

  it("names the range, row and column of a bad value", () => {
    expect(() => loadMatrix([["P1", "Dev", -1, 1]], [], 3)).toThrow(PmoInputError);
    expect(() => loadMatrix([["P1", "Dev", 0, "x"]], [], 3)).toThrow(/table demand, row 1, column 'amount': 'x' is not valid/);
    expect(() => loadMatrix([], [["P1", 1.5]], 3)).toThrow(/table starts, row 1, column 'start'/);
    expect(() => loadMatrix([], [["P1", 1], ["P1", 2]], 3)).toThrow(/each project once/);
    expect(() => loadMatrix([], [], 0)).toThrow(/table months/);
  });
});
