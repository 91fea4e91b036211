import fc from "fast-check";
import { PmoInputError } from "./errors";
import { rankByValueForMoney, rankEq, rankProjects, valueForMoney } from "./ranking";

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
