import { PmoInputError } from "../errors";
import { compareCycles } from "./review";
import { parseCycleSnapshot, type CycleSnapshot, type SnapshotProject } from "./snapshot";

const project = (id: string, impacts: Record<string, number>, extra: Partial<SnapshotProject> = {}): SnapshotProject => ({
  id,
  name: `Project ${id}`,
  category: "Run",
  cost: 100,
  benefit: 200,
  impacts,
  impactWords: {},
  score: 0,
  rank: 0,
  finalCost: null,
  benefitRealised: null,
  ...extra,
});

/** Fills in scores (alignment formula) and RANK.EQ so the fixture is consistent. */
function snapshot(cycle: string, drivers: Record<string, number>, projects: SnapshotProject[], selected: string[] | null = null): CycleSnapshot {
  const scored = projects.map((p) => ({
    ...p,
    score: Object.entries(drivers).reduce((s, [d, w]) => s + (100 * w * (p.impacts[d] ?? 0)) / 9, 0),
  }));
  const ranked = scored.map((p) => ({ ...p, rank: 1 + scored.filter((q) => q.score > p.score).length }));
  return {
    format: "pmo-align-cycle",
    version: 1,
    cycle,
    takenAt: "2027-01-01T00:00:00.000Z",
    currency: "EUR",
    maxImpact: 9,
    weightsMethod: "direct",
    drivers: Object.entries(drivers).map(([name, weight]) => ({ name, weight })),
    projects: ranked,
    selected,
    status: [],
  };
}

describe("compareCycles", () => {
  const previous = snapshot(
    "2026",
    { Customer: 0.5, Cost: 0.5 },
    [
      project("A", { Customer: 3, Cost: 3 }),
      project("B", { Customer: 6, Cost: 1 }),
      project("Old", { Customer: 1, Cost: 1 }, { category: "Grow", cost: 80, benefit: 300, finalCost: 120, benefitRealised: 150 }),
    ],
    ["A", "Old"],
  );
  const current = snapshot(
    "2027",
    { Customer: 0.7, Cost: 0.2, Risk: 0.1 },
    [
      project("A", { Customer: 9, Cost: 3, Risk: 0 }, { finalCost: 110, benefitRealised: 180, cost: 105 }),
      project("B", { Customer: 6, Cost: 1, Risk: 0 }),
      project("New", { Customer: 1, Cost: 1, Risk: 9 }, { finalCost: 50, cost: 50 }),
    ],
    ["A", "B"],
  );
  const review = compareCycles(previous, current);

  it("explains each score change exactly by rating and weight effects", () => {
    for (const move of review.moves) {
      const total = move.drivers.reduce((s, d) => s + d.ratingEffect + d.weightEffect, 0);
      expect(total).toBeCloseTo(move.scoreDelta, 10);
      expect(move.drivers.reduce((s, d) => s + d.contributionDelta, 0)).toBeCloseTo(move.scoreDelta, 10);
    }
    const a = review.moves.find((m) => m.id === "A")!;
    // A: Customer 3 → 9 with weight 0.5 → 0.7: rating effect (100/9)(9 − 3)(0.5 + 0.7)/2 = 40.
    const customer = a.drivers.find((d) => d.driver === "Customer")!;
    expect(customer.ratingEffect).toBeCloseTo(40, 10);
    expect(customer.weightEffect).toBeCloseTo((0.2 * (100 / 9) * (3 + 9)) / 2, 10);
    expect(a.drivers[0].driver).toBe("Customer"); // largest contribution change first
    expect(a.explanation).toMatch(/^Score \+\d+\.\d: Customer rating 3 → 9 \(\+40\.0\)/);
  });

  it("orders moves by the size of the score change and reports rank changes", () => {
    const sizes = review.moves.map((m) => Math.abs(m.scoreDelta));
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x));
    const b = review.moves.find((m) => m.id === "B")!;
    expect(b.rankDelta).toBe(b.previousRank - b.currentRank);
    expect(review.moves.map((m) => m.id).sort()).toEqual(["A", "B"]);
  });

  it("lists projects added, removed, entering and leaving the selection, and weight changes", () => {
    expect(review.added).toEqual(["New"]);
    expect(review.removed).toEqual(["Old"]);
    expect(review.enteredSelection).toEqual(["B"]);
    expect(review.leftSelection).toEqual(["Old"]);
    expect(review.weightChanges.find((w) => w.driver === "Risk")).toEqual({ driver: "Risk", previousWeight: 0, currentWeight: 0.1, delta: 0.1 });
  });

  it("compares benefits forecast with realised and estimates with final cost, from either cycle", () => {
    expect(review.benefits).toEqual([
      { id: "A", name: "Project A", category: "Run", forecast: 200, realised: 180, ratio: 0.9, shortfall: 20 },
      { id: "Old", name: "Project Old", category: "Grow", forecast: 300, realised: 150, ratio: 0.5, shortfall: 150 },
    ]);
    expect(review.benefitTotals).toEqual({ forecast: 500, realised: 330, ratio: 0.66 });
    // A's first estimate is the previous cycle's 100, not the revised 105.
    expect(review.estimates.find((e) => e.id === "A")!.ratio).toBeCloseTo(1.1, 12);
    const run = review.estimateAccuracy.find((c) => c.category === "Run")!;
    expect(run).toMatchObject({ count: 2, min: 1, max: 1.1 });
    expect(run.mean).toBeCloseTo(1.05, 12);
    expect(run.median).toBeCloseTo(1.05, 12);
    const all = review.estimateAccuracy[review.estimateAccuracy.length - 1];
    expect(all.category).toBe("All");
    expect(all.count).toBe(3);
    expect(all.median).toBeCloseTo(1.1, 12);
  });

  it("round-trips a snapshot through JSON and rejects a foreign document", () => {
    expect(parseCycleSnapshot(JSON.stringify(current))).toEqual(current);
    expect(() => parseCycleSnapshot({ format: "other" })).toThrow(PmoInputError);
    expect(() => parseCycleSnapshot("{not json")).toThrow(/JSON text/);
    expect(() => parseCycleSnapshot({ ...current, projects: [{ id: "X" }] })).toThrow(/projects\[0\]\.name/);
  });
});
