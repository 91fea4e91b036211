import fc from "fast-check";
import { ahpWeights } from "../ahpWeights";
import { SAATY_SCALE } from "../saatyScale";
import { groupWeights } from "./groupWeights";
import type { GroupAggregation, StakeholderJudgements } from "./types";
import { reciprocalMatrix } from "../../../../test/support/reciprocalMatrix";

const matrixOf = reciprocalMatrix;

/** n items and 1–6 stakeholders, each with a Saaty-scale matrix and a voting weight in [0.1, 5]. */
const group = (minN = 2, maxN = 8) =>
  fc.integer({ min: minN, max: maxN }).chain((n) =>
    fc.array(
      fc.record({
        upper: fc.array(fc.constantFrom(...SAATY_SCALE), { minLength: (n * (n - 1)) / 2, maxLength: (n * (n - 1)) / 2 }),
        weight: fc.double({ min: 0.1, max: 5, noNaN: true }),
      }),
      { minLength: 1, maxLength: 6 },
    ).map((rows): (StakeholderJudgements & { matrix: number[][] })[] => rows.map((r, k) => ({ name: `S${k + 1}`, matrix: matrixOf(n, r.upper), weight: r.weight }))),
  );

const aggregations: GroupAggregation[] = ["aij", "aip"];

test.each(aggregations)("identical matrices give that matrix's own weights and CR, and full consensus (%s)", (aggregation) => {
  fc.assert(
    fc.property(group(), fc.integer({ min: 2, max: 5 }), (stakeholders, copies) => {
      const one = stakeholders[0]!;
      const same = Array.from({ length: copies }, (_, k) => ({ ...one, name: `S${k}`, weight: k + 1 }));
      const result = groupWeights(same, { aggregation });
      const single = ahpWeights(one.matrix);
      result.weights.forEach((w, i) => expect(w).toBeCloseTo(single.weights[i]!, 9));
      if (result.groupMatrix) expect(result.groupMatrix.ahp.cr).toBeCloseTo(single.cr, 9);
      expect(result.consensus?.value ?? 1).toBeCloseTo(1, 9);
      expect(result.disputedPairs.every((p) => p.spread === 0)).toBe(true);
    }),
  );
});

test("AIJ: the group matrix is reciprocal, has a unit diagonal and lies between the stakeholders' judgements", () => {
  fc.assert(
    fc.property(group(), (stakeholders) => {
      const m = groupWeights(stakeholders).groupMatrix!.matrix;
      m.forEach((row, i) =>
        row.forEach((a, j) => {
          expect(a * m[j]![i]!).toBeCloseTo(1, 12);
          if (i === j) expect(a).toBe(1);
          const given = stakeholders.map((s) => s.matrix[i]![j] as number);
          expect(a).toBeGreaterThanOrEqual(Math.min(...given) * (1 - 1e-12));
          expect(a).toBeLessThanOrEqual(Math.max(...given) * (1 + 1e-12));
        }),
      );
    }),
  );
});

test.each(aggregations)("stakeholder weights (1, 0, …, 0) give the first stakeholder's answer (%s)", (aggregation) => {
  fc.assert(
    fc.property(group(), (stakeholders) => {
      const weighted = stakeholders.map((s, k) => ({ ...s, weight: k === 0 ? 1 : 0 }));
      const result = groupWeights(weighted, { aggregation });
      const first = ahpWeights(stakeholders[0]!.matrix);
      result.weights.forEach((w, i) => expect(w).toBeCloseTo(first.weights[i]!, 9));
      expect(result.stakeholders[0]!.distance).toBeCloseTo(0, 9);
      // Only one stakeholder carries weight: no consensus to measure, nobody to single out.
      expect(result.consensus).toBeNull();
      expect(result.furthest).toBeNull();
    }),
  );
});

test.each(aggregations)("permuting the stakeholders changes nothing but the order of their rows (%s)", (aggregation) => {
  fc.assert(
    fc.property(
      group().chain((s) => fc.tuple(fc.constant(s), fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length }))),
      ([stakeholders, permuted]) => {
        const a = groupWeights(stakeholders, { aggregation });
        const b = groupWeights(permuted, { aggregation });
        a.weights.forEach((w, i) => expect(b.weights[i]).toBeCloseTo(w, 12));
        if (a.consensus) expect(b.consensus!.value).toBeCloseTo(a.consensus.value, 12);
        a.disputedPairs.forEach((p, k) => expect(b.disputedPairs[k]!.spread).toBeCloseTo(p.spread, 9));
        if (a.furthest) expect(b.furthest!.distance).toBeCloseTo(a.furthest.distance, 12);
        for (const s of a.stakeholders) {
          const t = b.stakeholders.find((x) => x.name === s.name)!;
          expect(t.distance).toBeCloseTo(s.distance, 12);
          expect(t.weight).toBeCloseTo(s.weight, 12);
        }
      },
    ),
  );
});

test("group weights sum to 1 and the consensus lies in [0, 1] with a level", () => {
  fc.assert(
    fc.property(group(), fc.constantFrom(...aggregations), (stakeholders, aggregation) => {
      const result = groupWeights(stakeholders, { aggregation });
      expect(result.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      if (result.consensus) {
        expect(result.consensus.value).toBeGreaterThanOrEqual(0);
        expect(result.consensus.value).toBeLessThanOrEqual(1);
        expect(result.consensus.beta).toBeGreaterThanOrEqual(0);
      }
      result.stakeholders.forEach((s) => expect(s.distance).toBeLessThanOrEqual(1 + 1e-12));
    }),
  );
});
