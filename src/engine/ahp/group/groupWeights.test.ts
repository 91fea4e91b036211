import { PmoInputError, PmoPairwiseError } from "../../errors";
import { groupWeights } from "./groupWeights";

const labels = ["Growth", "Risk", "Customer"];
// CEO and CFO agree broadly; COO reverses Growth against Risk.
const ceo = [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]];
const cfo = [[1, 2, 4], [1 / 2, 1, 2], [1 / 4, 1 / 2, 1]];
const coo = [[1, 1 / 7, 3], [7, 1, 5], [1 / 3, 1 / 5, 1]];

describe("groupWeights", () => {
  test("AIJ takes the weighted geometric mean of each judgement", () => {
    const result = groupWeights(
      [
        { name: "CEO", matrix: ceo, weight: 2 },
        { name: "CFO", matrix: cfo, weight: 1 },
        { name: "COO", matrix: coo, weight: 1 },
      ],
      { labels },
    );
    expect(result.groupMatrix!.matrix[0]![1]).toBeCloseTo((3 ** 2 * 2 * (1 / 7)) ** 0.25, 12);
    expect(result.groupMatrix!.matrix[1]![0]).toBeCloseTo(1 / (3 ** 2 * 2 * (1 / 7)) ** 0.25, 12);
    expect(result.stakeholders.map((s) => s.weight)).toEqual([0.5, 0.25, 0.25]);
    expect(result.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  test("names the most disputed pair with who gave the extremes, and the stakeholder furthest from the group", () => {
    const result = groupWeights([{ name: "CEO", matrix: ceo }, { name: "CFO", matrix: cfo }, { name: "COO", matrix: coo }], { labels });
    const top = result.disputedPairs[0]!;
    expect([top.rowLabel, top.columnLabel]).toEqual(["Growth", "Risk"]);
    expect(top.lowest).toEqual({ stakeholder: "COO", value: 1 / 7 });
    expect(top.highest).toEqual({ stakeholder: "CEO", value: 3 });
    expect(result.furthest?.name).toBe("COO");
    expect(result.consensus!.value).toBeGreaterThan(0);
    expect(result.consensus!.value).toBeLessThan(1);
  });

  test("AIP averages the stakeholders' priorities arithmetically", () => {
    const result = groupWeights([{ name: "CEO", matrix: ceo }, { name: "COO", matrix: coo, weight: 3 }], { aggregation: "aip", labels });
    expect(result.groupMatrix).toBeNull();
    const [a, b] = result.stakeholders.map((s) => s.ahp.weights);
    result.weights.forEach((w, i) => expect(w).toBeCloseTo(0.25 * a![i]! + 0.75 * b![i]!, 12));
  });

  test("each stakeholder keeps their CR and most inconsistent judgement", () => {
    const inconsistent = [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]];
    const result = groupWeights([{ name: "CEO", matrix: ceo }, { name: "Odd", matrix: inconsistent }], { labels });
    const odd = result.stakeholders[1]!.ahp;
    expect(odd.consistent).toBe(false);
    expect(odd.inconsistencies.length).toBeGreaterThan(0);
    expect(result.stakeholders[0]!.ahp.consistent).toBe(true);
  });

  test("errors name the stakeholder, the size mismatch or the bad voting weight", () => {
    expect(() => groupWeights([])).toThrow(PmoInputError);
    expect(() => groupWeights([{ name: "CEO", matrix: ceo }, { name: "CFO", matrix: [[1, -2], [1, 1]] }], { table: "Judgements" })).toThrow(
      /stakeholder 'CFO'/,
    );
    expect(() => groupWeights([{ name: "CEO", matrix: ceo }, { name: "CFO", matrix: [[1, 2], [0.5, 1]] }])).toThrow(/3 items to compare/);
    expect(() => groupWeights([{ name: "CEO", matrix: ceo, weight: -1 }])).toThrow(/stakeholder weight of 0 or more/);
    expect(() => groupWeights([{ name: "CEO", matrix: ceo, weight: 0 }])).toThrow(/above 0/);
    expect(() => groupWeights([{ name: "CFO", matrix: [[1, "x"], [null, 1]] }])).toThrow(PmoPairwiseError);
  });
});
