import { PmoPairwiseError } from "../errors";
import { pairwiseMatrix } from "./pairwiseMatrix";

const labels = ["Cost", "Risk", "Value"];
const table = "DriverComparisons";

function errorOf(fn: () => unknown): PmoPairwiseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PmoPairwiseError) return e;
    throw e;
  }
  throw new Error("expected a PmoPairwiseError");
}

describe("pairwiseMatrix fills what users leave blank", () => {
  test("an upper triangle with blank diagonal and lower triangle becomes a full reciprocal matrix", () => {
    const m = pairwiseMatrix([
      [null, 3, 5],
      ["", null, 2],
      [null, " ", ""],
    ]);
    expect(m).toEqual([
      [1, 3, 5],
      [1 / 3, 1, 2],
      [1 / 5, 1 / 2, 1],
    ]);
  });

  test("fractions written as text and numeric text are read as numbers", () => {
    const m = pairwiseMatrix([
      [1, "1/3", " 1 / 5 "],
      [3, "1", "0.5"],
      [5, 2, 1],
    ]);
    expect(m[0]).toEqual([1, 1 / 3, 1 / 5]);
    expect(m[1]![2]).toBe(0.5);
  });

  test("a judgement given only below the diagonal is mirrored above it", () => {
    expect(pairwiseMatrix([[1, null], [4, 1]])).toEqual([[1, 0.25], [4, 1]]);
  });

  test.each([
    [3, 0.333],
    [3, 0.33],
    [7, 0.143],
    [9, 0.11],
  ])("a rounded reciprocal of %p (%p) passes and the lower half becomes exact", (upper, rounded) => {
    const m = pairwiseMatrix([[1, upper], [rounded, 1]]);
    expect(m[1]![0]).toBe(1 / upper);
  });

  test("the tolerance is configurable: 0.333 fails against 3 with a tolerance of 1e-4", () => {
    expect(() => pairwiseMatrix([[1, 3], [0.333, 1]], { tolerance: 1e-4 })).toThrow(PmoPairwiseError);
  });
});

describe("pairwiseMatrix names the wrong cell", () => {
  test("a pair that is not reciprocal names the lower cell and the value it should hold", () => {
    const e = errorOf(() =>
      pairwiseMatrix(
        [
          [1, 3, 5],
          [0.5, 1, 2],
          [0.2, 0.5, 1],
        ],
        { labels, table },
      ),
    );
    expect(e.location).toEqual({ table, row: "2 (Risk)", column: "Cost" });
    expect(e.message).toBe(
      "table DriverComparisons, row 2 (Risk), column 'Cost': 0.5 is not valid; expected 1/3 (the reciprocal of 3 in row 1 (Cost), column 'Risk')",
    );
  });

  test("0.3 for 1/3 is more than 1 % off and is refused", () => {
    expect(() => pairwiseMatrix([[1, 3], [0.3, 1]])).toThrow(/0\.3 is not valid; expected 1\/3/);
  });

  test("text that is not a number", () => {
    const e = errorOf(() => pairwiseMatrix([[1, "three"], [null, 1]], { labels: ["A", "B"], table }));
    expect(e.location).toEqual({ table, row: "1 (A)", column: "B" });
    expect(e.message).toContain("'three' is not valid; expected a positive number");
  });

  test.each([0, -2, "1/0", true, Infinity])("%p is not a judgement", (bad) => {
    expect(() => pairwiseMatrix([[1, bad], [null, 1]])).toThrow(PmoPairwiseError);
  });

  test("a diagonal other than 1", () => {
    const e = errorOf(() => pairwiseMatrix([[1, 2], [0.5, 2]], { labels: ["A", "B"] }));
    expect(e.location).toMatchObject({ row: "2 (B)", column: "B" });
    expect(e.message).toContain("expected 1 or a blank cell");
  });

  test("a pair left blank on both sides", () => {
    const e = errorOf(() =>
      pairwiseMatrix(
        [
          [1, 2, null],
          [null, 1, 3],
          [null, null, 1],
        ],
        { labels, table },
      ),
    );
    expect(e.location).toEqual({ table, row: "1 (Cost)", column: "Value" });
    expect(e.message).toContain("an empty cell is not valid");
  });

  test("a row of the wrong length, so not square", () => {
    const e = errorOf(() => pairwiseMatrix([[1, 2, 3], [null, 1], [null, null, 1]], { labels, table }));
    expect(e.location).toEqual({ table, row: "2 (Risk)" });
    expect(e.message).toContain("3 judgements (the table must be square)");
  });

  test("labels that do not match the size", () => {
    expect(() => pairwiseMatrix([[1, 2], [null, 1]], { labels })).toThrow(/2 labels/);
  });

  test("an empty table and more than 15 items are refused", () => {
    expect(() => pairwiseMatrix([])).toThrow(/empty/);
    const big = Array.from({ length: 16 }, () => new Array<number>(16).fill(1));
    expect(() => pairwiseMatrix(big)).toThrow(/at most 15/);
  });

  test("without labels, rows and columns are named by position", () => {
    const e = errorOf(() => pairwiseMatrix([[1, 3], [2, 1]]));
    expect(e.location).toEqual({ table: undefined, row: 2, column: "1" });
  });
});
