import { excelErrorOf } from "./customFunctionsStub";
import { rank, wsjf } from "../../src/functions/ranking";

describe("=PMO.RANK", () => {
  it("ranks like RANK.EQ: highest first, ties share the best rank", () => {
    expect(rank([[10], [20], [20], [30]])).toEqual([[4], [2], [2], [1]]);
  });

  it("accepts a row and keeps blank cells blank", () => {
    expect(rank([[5, null, 7]])).toEqual([[2], [""], [1]]);
  });

  it("names the row of a value that is not a number", () => {
    expect(excelErrorOf(() => rank([[1], ["high"], [3]]))).toEqual({
      code: "#VALUE!",
      message: "scores, row 2: 'high' is not valid; expected a score (a number)",
    });
  });

  it("rejects a two-dimensional range", () => {
    expect(excelErrorOf(() => rank([[1, 2], [3, 4]])).message).toBe(
      "scores: expected a single column or a single row (the range is 2 rows × 2 columns)",
    );
  });
});

describe("=PMO.WSJF", () => {
  it("divides cost of delay by job size per row", () => {
    expect(wsjf([[16], [null], [10], [null]], [[8], [""], [2], [null]])).toEqual([[2], [""], [5]]);
  });

  it("names the row of a zero job size", () => {
    const error = excelErrorOf(() => wsjf([[16], [10]], [[8], [0]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("row 2, column 'Job size': 0 is not valid; expected a job size above 0");
  });

  it("names the argument that is blank on a row where the other has a value", () => {
    expect(excelErrorOf(() => wsjf([[16], [10]], [[8]])).message).toBe(
      "jobSize, row 2: an empty cell is not valid; expected a job size above 0 (the other arguments have a value on this row)",
    );
  });
});
