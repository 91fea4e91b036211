import { excelErrorOf } from "./customFunctionsStub";
import { consensus, groupWeights } from "../../src/functions/groupWeights";

// Three stakeholders, three drivers, stacked: rows 1–3, 4–6, 7–9.
const ceo = [[1, 3, 5], [1 / 3, 1, 2], [1 / 5, 1 / 2, 1]];
const cfo = [[1, 2, 4], [1 / 2, 1, 2], [1 / 4, 1 / 2, 1]];
const coo = [[1, 1 / 7, 3], [7, 1, 5], [1 / 3, 1 / 5, 1]];
const stacked = [...ceo, ...cfo, ...coo];

describe("=PMO.GROUPWEIGHTS", () => {
  it("spills one group weight per driver, the weighted geometric mean of the judgements by default", () => {
    const result = groupWeights(stacked);
    expect(result).toHaveLength(3);
    expect(result.reduce((s, r) => s + r[0]!, 0)).toBeCloseTo(1, 12);
    // Identical stacks reproduce the single matrix's weights.
    const same = groupWeights([...ceo, ...ceo]);
    const single = [[0.648], [0.230], [0.122]];
    same.forEach((r, i) => expect(r[0]).toBeCloseTo(single[i]![0]!, 3));
  });

  it("reads upper triangles with blank lower halves, including the blank last row of the last matrix", () => {
    const upper = (m: number[][]) => m.map((r, i) => r.map((x, j) => (j > i ? x : null)));
    const blank = [...upper(ceo), ...upper(cfo), ...upper(coo)].slice(0, 8);
    groupWeights(blank).forEach((r, i) => expect(r[0]).toBeCloseTo(groupWeights(stacked)[i]![0]!, 12));
  });

  it("weights stakeholders: (1, 0, 0) gives the first stakeholder's weights", () => {
    const first = groupWeights(ceo);
    groupWeights(stacked, [[1], [0], [0]]).forEach((r, i) => expect(r[0]).toBeCloseTo(first[i]![0]!, 9));
  });

  it("AIP averages each stakeholder's priorities", () => {
    const a = groupWeights(ceo);
    const b = groupWeights(coo);
    groupWeights([...ceo, ...coo], undefined, "aip").forEach((r, i) => expect(r[0]).toBeCloseTo((a[i]![0]! + b[i]![0]!) / 2, 12));
  });

  it("names the stakeholder block and cell of a bad judgement", () => {
    const bad = stacked.map((r) => r.slice());
    bad[4]![2] = -1;
    const error = excelErrorOf(() => groupWeights(bad));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^matrices, stakeholder 2 \(rows 4–6\)/);
  });

  it("rejects a row count that is not a multiple of n, a weight count that does not match, and an unknown method", () => {
    expect(excelErrorOf(() => groupWeights(stacked.slice(0, 7))).message).toMatch(/multiple of 3 rows/);
    expect(excelErrorOf(() => groupWeights(stacked, [[1], [2]])).message).toMatch(/3 weights, one per stakeholder/);
    expect(excelErrorOf(() => groupWeights(stacked, [[1], [-2], [1]])).message).toMatch(/stakeholder weight of 0 or more/);
    expect(excelErrorOf(() => groupWeights(stacked, undefined, "mean")).message).toMatch(/"AIJ"/);
  });
});

describe("=PMO.CONSENSUS", () => {
  it("is 1 for identical judgements and lower when a stakeholder reverses a pair", () => {
    expect(consensus([...ceo, ...ceo])).toBeCloseTo(1, 12);
    const value = consensus(stacked);
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
  });

  it("is #N/A with a message for a single stakeholder", () => {
    const error = excelErrorOf(() => consensus(ceo));
    expect(error.code).toBe("#N/A");
    expect(error.message).toMatch(/two stakeholders/);
  });
});
