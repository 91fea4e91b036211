// Published group AHP cases from Goepel (2018), IJAHP 10(3), copied into test/fixtures/reference/ahp/goepel-2018-group.json
// with the source: eq. 41 (one dominant criterion), section 7 (k participants each favouring a different leaf
// give 0 % consensus), section 4.2 (opposite judgements give equal weights) and Table 2 (the verbal scale).
import fixture from "../../../../test/fixtures/reference/ahp/goepel-2018-group.json";
import { consensusLevel, groupWeights } from ".";

/** n×n matrix where item `top` is judged x times more important than every other item, the rest equal. */
function dominant(n: number, top: number, x: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (__, j) => (i === j ? 1 : i === top ? x : j === top ? 1 / x : 1)));
}

describe("Goepel (2018) group AHP cases", () => {
  test("eq. 41: one criterion nine times more important than the other three weighs 9/12 = 75 %", () => {
    const { n, x, printedWeight, printedPrecision } = fixture.oneDominant;
    const result = groupWeights([{ name: "A", matrix: dominant(n, 0, x) }, { name: "B", matrix: dominant(n, 0, x) }]);
    expect(Math.abs(result.weights[0]! - printedWeight)).toBeLessThan(printedPrecision);
    expect(result.weights[0]).toBeCloseTo(x / (x + n - 1), 12);
    expect(result.consensus?.value).toBeCloseTo(1, 12);
  });

  test.each(fixture.zeroConsensus.k)("section 7: %i participants each favouring a different one of as many criteria reach 0 %% consensus", (k) => {
    const stakeholders = Array.from({ length: k }, (_, s) => ({ name: `P${s + 1}`, matrix: dominant(k, s, fixture.zeroConsensus.extreme) }));
    const result = groupWeights(stakeholders);
    expect(Math.abs(result.consensus!.value - fixture.zeroConsensus.printedConsensus)).toBeLessThan(fixture.zeroConsensus.printedPrecision);
    expect(result.consensus!.value).toBeCloseTo(0, 9);
    expect(result.consensus!.level).toBe("very low");
    // By symmetry the group is indifferent.
    result.weights.forEach((w) => expect(w).toBeCloseTo(1 / k, 9));
  });

  test.each(fixture.oppositeJudgements.x)("section 4.2: judgements %p and its reciprocal aggregate to equal weights", (x) => {
    const result = groupWeights([{ name: "A", matrix: [[1, x], [1 / x, 1]] }, { name: "B", matrix: [[1, 1 / x], [x, 1]] }]);
    result.weights.forEach((w, i) => expect(w).toBeCloseTo(fixture.oppositeJudgements.printedWeights[i]!, 12));
    expect(result.groupMatrix!.matrix[0]![1]).toBeCloseTo(1, 12);
  });

  test.each(fixture.consensusScale.bands as [number, string][])("Table 2: S* = %p reads as %p", (value, level) => {
    expect(consensusLevel(value)).toBe(level);
  });
});
