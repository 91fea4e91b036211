import { excelErrorOf } from "./customFunctionsStub";
import { alignment, contribution } from "../../src/functions/alignment";
import { rank } from "../../src/functions/ranking";

describe("=PMO.ALIGNMENT", () => {
  it("scores words and numbers on the default scale, one row per project", () => {
    // 0.5 × 9/9 × 100 + 0.5 × 0 = 50; 0.5 × 3/9 × 100 + 0.5 × 6/9 × 100 = 50; Strong=6, Low=1 → (6+1)/18×100
    const result = alignment(
      [
        ["Extreme", "None"],
        [3, "strong"],
        ["Strong", " low "],
      ],
      [[50], [50]],
    );
    expect(result.map((r) => r.length)).toEqual([1, 1, 1]);
    expect(result[0]![0]).toBeCloseTo(50, 10);
    expect(result[1]![0]).toBeCloseTo(50, 10);
    expect(result[2]![0]).toBeCloseTo((7 / 18) * 100, 10);
  });

  it("accepts the weights as a row and normalises them", () => {
    const asRow = alignment([[9, 0]], [[3, 1]]);
    expect(asRow[0]![0]).toBeCloseTo(75, 10);
  });

  it("gives a blank row for a blank project row and drops trailing blank rows", () => {
    const result = alignment(
      [
        [9, 9],
        [null, ""],
        [0, 9],
        [null, null],
        ["", ""],
      ],
      [[1], [1]],
    );
    expect(result).toEqual([[100], [""], [50]]);
  });

  it("uses a custom scale table", () => {
    const result = alignment([["High"], ["Some"]], [[1]], [
      ["Some", 2],
      ["High", 4],
    ]);
    expect(result).toEqual([[100], [50]]);
  });

  it("names the row and driver of an unknown impact word", () => {
    const rows = Array.from({ length: 7 }, () => ["Low", "Low"]);
    rows[6] = ["Low", "Hgh"];
    const error = excelErrorOf(() => alignment(rows, [[1], [1]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe(
      "impacts, row 7, column 'driver 2': 'Hgh' is not valid; expected an impact level: None, Low, Moderate, Strong, Extreme or 0–9",
    );
  });

  it("rejects an impact above the scale", () => {
    expect(excelErrorOf(() => alignment([[10]], [[1]])).message).toMatch(/^impacts, row 1, column 'driver 1': 10 is not valid/);
  });

  it("rejects a weights range of the wrong length", () => {
    expect(excelErrorOf(() => alignment([[1, 2, 3]], [[1], [1]]))).toEqual({
      code: "#VALUE!",
      message: "weights: expected 3 weights, one per impacts column (there are 2)",
    });
  });

  it("rejects a weight that is not a number, naming its row", () => {
    expect(excelErrorOf(() => alignment([[1, 2]], [[1], ["heavy"]])).message).toBe(
      "weights, row 2: 'heavy' is not valid; expected a driver weight (a number)",
    );
  });

  it("rejects all-zero weights", () => {
    expect(excelErrorOf(() => alignment([[1, 2]], [[0], [0]])).message).toMatch(/at least one driver weight above 0/);
  });

  it("rejects a bad custom scale, naming the scale row", () => {
    expect(excelErrorOf(() => alignment([[1]], [[1]], [["High", "lots"]])).message).toMatch(/^scale, row 1, column '2': 'lots' is not valid/);
  });
});

describe("=PMO.CONTRIBUTION", () => {
  it("returns per-driver parts that sum to the alignment score", () => {
    const impacts = [
      ["Strong", "Low", 9],
      [0, "Moderate", "Extreme"],
    ];
    const weights = [[0.2], [0.3], [0.5]];
    const parts = contribution(impacts, weights) as number[][];
    const scores = alignment(impacts, weights) as number[][];
    expect(parts.map((r) => r.length)).toEqual([3, 3]);
    parts.forEach((row, i) => expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(scores[i]![0]!, 10));
    expect(parts[0]![0]).toBeCloseTo((0.2 * 6 * 100) / 9, 10);
  });

  it("keeps blank rows blank across every driver column", () => {
    expect(contribution([[9, 9], [null, null], [9, 0]], [[1], [1]])).toEqual([
      [50, 50],
      ["", ""],
      [50, 0],
    ]);
  });
});

describe("whole-column ranges", () => {
  it("scores and ranks 300,000 rows (more rows than Math.max(...rows) can spread onto the stack)", () => {
    const n = 300_000;
    const impacts = Array.from({ length: n }, (_, i) => [i % 10, "Strong"]);
    const scores = alignment(impacts, [[1], [1]]);
    expect(scores).toHaveLength(n);
    expect(scores[9]![0]).toBeCloseTo(((9 / 9) * 0.5 + (6 / 9) * 0.5) * 100, 10);
    const ranks = rank(scores);
    expect(ranks).toHaveLength(n);
    // Impact 9 is the best of ten levels: all n/10 such rows share rank 1; impact 8 comes next.
    expect(ranks[9]![0]).toBe(1);
    expect(ranks[8]![0]).toBe(n / 10 + 1);
  });
});
