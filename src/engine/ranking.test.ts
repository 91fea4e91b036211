import fc from "fast-check";
import { PmoInputError } from "./errors";
import { rankByValueForMoney, rankColumns, rankEq, rankProjects, valueForMoney } from "./ranking";

describe("rankEq behaves like Excel's RANK.EQ", () => {
  // Microsoft's RANK.EQ help example: data 7, 3.5, 3.5, 1, 2.
  const data = [7, 3.5, 3.5, 1, 2];

  test("descending (Excel's default): ties share the best rank and the next rank skips", () => {
    expect(rankEq(data)).toEqual([1, 2, 2, 5, 4]);
  });

  test("ascending: RANK.EQ(7, …, 1) = 5 and RANK.EQ(3.5, …, 1) = 3", () => {
    expect(rankEq(data, "ascending")).toEqual([5, 3, 3, 1, 2]);
  });

  test("property: rank = 1 + number of strictly better values", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 40 }), (values) => {
        expect(rankEq(values)).toEqual(values.map((v) => 1 + values.filter((x) => x > v).length));
        expect(rankEq(values, "ascending")).toEqual(values.map((v) => 1 + values.filter((x) => x < v).length));
      }),
    );
  });

  test("a value that is not a finite number is refused", () => {
    expect(() => rankEq([1, NaN])).toThrow(PmoInputError);
  });
});

describe("rankProjects orders for display with a documented tie-break", () => {
  test("higher score first; rank is RANK.EQ, position is unique", () => {
    const ranked = rankProjects([
      { id: "P1", score: 40 },
      { id: "P2", score: 80 },
      { id: "P3", score: 60 },
    ]);
    expect(ranked.map((p) => [p.id, p.rank, p.position])).toEqual([
      ["P2", 1, 1],
      ["P3", 2, 2],
      ["P1", 3, 3],
    ]);
  });

  test("equal scores: higher value per cost, then lower cost, then id; all share the rank", () => {
    const ranked = rankProjects([
      { id: "E", score: 50 }, // no cost: after those with one
      { id: "D", score: 50, cost: 10 }, // value per cost 5
      { id: "C", score: 50, cost: 5 }, // 10
      { id: "B", score: 70, cost: 100 },
      { id: "A", score: 50 },
    ]);
    expect(ranked.map((p) => p.id)).toEqual(["B", "C", "D", "A", "E"]);
    expect(ranked.map((p) => p.rank)).toEqual([1, 2, 2, 2, 2]);
    expect(ranked.map((p) => p.position)).toEqual([1, 2, 3, 4, 5]);
    expect(ranked[1]).toEqual({ id: "C", rank: 2, position: 2, score: 50, cost: 5, valuePerCost: 10 });
    expect(ranked[3]).toEqual({ id: "A", rank: 2, position: 4, score: 50 });
  });

  test("equal score and value per cost: lower cost wins", () => {
    // Both 0 per cost at score 0; costs 20 and 10.
    expect(rankProjects([{ id: "X", score: 0, cost: 20 }, { id: "Y", score: 0, cost: 10 }]).map((p) => p.id)).toEqual(["Y", "X"]);
  });

  test("ids compare by code unit, not locale: 'B' before 'a', 'P10' before 'P2'", () => {
    const ids = ["a", "B", "P2", "P10", "é", "e"];
    const ranked = rankProjects(ids.map((id) => ({ id, score: 1 })));
    expect(ranked.map((p) => p.id)).toEqual(["B", "P10", "P2", "a", "e", "é"]);
  });

  test("property: the display order does not depend on the input order", () => {
    const items = fc.uniqueArray(
      fc.record({ id: fc.string({ maxLength: 3 }), score: fc.integer({ min: 0, max: 3 }), cost: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }),
      { selector: (p) => p.id, maxLength: 25 },
    );
    fc.assert(
      fc.property(items, fc.nat(), (list, seed) => {
        const shuffled = [...list].sort((a, b) => ((a.id.length * 31 + seed) % 7) - ((b.id.length * 31 + seed) % 7));
        expect(rankProjects(shuffled)).toEqual(rankProjects(list));
        const ranked = rankProjects(list);
        ranked.forEach((p, k) => {
          expect(p.position).toBe(k + 1);
          if (k > 0) expect(p.score).toBeLessThanOrEqual(ranked[k - 1]!.score);
        });
      }),
    );
  });

  test("duplicate ids and costs ≤ 0 name the project", () => {
    expect(() => rankProjects([{ id: "P1", score: 1 }, { id: "P1", score: 2 }])).toThrow(/row P1, column 'ID'/);
    expect(() => rankProjects([{ id: "P7", score: 1, cost: 0 }])).toThrow("row P7, column 'Cost': 0 is not valid; expected a cost above 0");
  });
});

describe("value for money", () => {
  test("score per cost", () => {
    expect(valueForMoney([80, 45], [2, 3])).toEqual([40, 15]);
  });

  test("a cost of 0 or less names the project", () => {
    expect(() => valueForMoney([1, 2], [5, -1], ["Alpha", "Beta"])).toThrow("row Beta, column 'Cost': -1 is not valid; expected a cost above 0");
    expect(() => valueForMoney([1], [1, 2])).toThrow(PmoInputError);
  });

  test("rankByValueForMoney orders by score per cost, ties by higher score, with RANK.EQ on value per cost", () => {
    const ranked = rankByValueForMoney([
      { id: "A", score: 90, cost: 9 }, // 10
      { id: "B", score: 40, cost: 2 }, // 20
      { id: "C", score: 50, cost: 5 }, // 10
      { id: "D", score: 30, cost: 3 }, // 10
    ]);
    expect(ranked.map((p) => [p.id, p.rank, p.position])).toEqual([
      ["B", 1, 1],
      ["A", 2, 2],
      ["C", 2, 3],
      ["D", 2, 4],
    ]);
  });

  test("rankByValueForMoney needs a cost for every project", () => {
    expect(() => rankByValueForMoney([{ id: "A", score: 1 }])).toThrow(/row A, column 'Cost'/);
  });
});

/**
 * The comparator sort rankProjects used before the radix sort (kept here as the reference): the fast
 * implementation must give the same order, ranks and fields on any input.
 */
function referenceRanking(items: readonly { id: string; score: number; cost?: number }[], by: "score" | "valuePerCost") {
  const vpc = (p: { score: number; cost?: number }) => (p.cost === undefined ? -Infinity : p.score / p.cost);
  const cost = (p: { cost?: number }) => p.cost ?? Infinity;
  const ids = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorted = [...items].sort((a, b) =>
    by === "score"
      ? b.score - a.score || vpc(b) - vpc(a) || cost(a) - cost(b) || ids(a.id, b.id)
      : vpc(b) - vpc(a) || b.score - a.score || cost(a) - cost(b) || ids(a.id, b.id),
  );
  const key = by === "score" ? (p: { score: number; cost?: number }) => p.score : vpc;
  let rank = 0;
  return sorted.map((p, k) => {
    if (k === 0 || key(sorted[k - 1]!) !== key(p)) rank = k + 1;
    return p.cost === undefined
      ? { id: p.id, rank, position: k + 1, score: p.score }
      : { id: p.id, rank, position: k + 1, score: p.score, cost: p.cost, valuePerCost: p.score / p.cost };
  });
}

describe("the radix-sorted ranking equals the comparator sort it replaced", () => {
  // Few distinct values (so ties on every key are common), negative and zero scores, -0, fractions and huge costs.
  const score = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom(-0, 0.1, 0.2, 0.30000000000000004, 1e300, -1e-300), fc.double({ noNaN: true, noDefaultInfinity: true }));
  const cost = fc.option(fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constantFrom(0.1, 3, 1e-300, 1e300), fc.double({ min: 1e-9, max: 1e9, noNaN: true })), { nil: undefined });
  const projects = fc.uniqueArray(fc.record({ id: fc.string({ maxLength: 3 }), score, cost }, { requiredKeys: ["id", "score"] }), { selector: (p) => p.id, maxLength: 60 });

  test("property: rankProjects", () => {
    fc.assert(fc.property(projects, (list) => expect(rankProjects(list)).toEqual(referenceRanking(list, "score"))), { numRuns: 500 });
  });

  test("property: rankByValueForMoney", () => {
    const withCosts = projects.map((list) => list.map((p) => ({ ...p, cost: p.cost ?? 2 })));
    fc.assert(fc.property(withCosts, (list) => expect(rankByValueForMoney(list)).toEqual(referenceRanking(list, "valuePerCost"))), { numRuns: 500 });
  });

  test("property: rankColumns gives the same order and ranks as rankProjects", () => {
    fc.assert(
      fc.property(projects, (list) => {
        const columns = { ids: list.map((p) => p.id), scores: list.map((p) => p.score), costs: list.map((p) => p.cost ?? NaN) };
        const { order, rank } = rankColumns(columns);
        const ranked = rankProjects(list);
        expect(Array.from(order, (i) => list[i]!.id)).toEqual(ranked.map((p) => p.id));
        expect(Array.from(rank)).toEqual(ranked.map((p) => p.rank));
      }),
      { numRuns: 300 },
    );
  });

  test("long runs of equal keys are ordered by id too (the path for runs above 16)", () => {
    const list = Array.from({ length: 500 }, (_, i) => ({ id: `P${(i * 7919) % 500}`, score: i % 3, ...(i % 5 ? { cost: 2 } : {}) }));
    expect(rankProjects(list)).toEqual(referenceRanking(list, "score"));
  });

  test("a duplicate id is found among many (the hash table's collision path)", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `id${i}`);
    ids.push("id4321");
    expect(() => rankColumns({ ids, scores: ids.map(() => 1) })).toThrow(/row id4321, column 'ID'/);
    expect(() => rankProjects([{ id: "A", score: 1, cost: NaN }])).toThrow(/row A, column 'Cost'/);
  });
});
