/**
 * Cycle comparison on the two sample workbooks shipped in assets/ (2026 and 2027 planning cycles of the same
 * portfolio; scripts/sample/samplePortfolio.ts builds them).
 */
import * as path from "path";
import { compareCycles } from "../../src/engine/review/review";
import { snapshotFromPortfolio } from "../../src/engine/review/snapshot";
import { loadPortfolio } from "../../src/cli/io/portfolioInput";
import type { Portfolio } from "../../src/engine/portfolio/types";

const assets = path.resolve(__dirname, "..", "..", "assets");
let previous: Portfolio;
let current: Portfolio;

beforeAll(async () => {
  previous = (await loadPortfolio(path.join(assets, "sample-portfolio-previous-cycle.xlsx"))).portfolio;
  current = (await loadPortfolio(path.join(assets, "sample-portfolio.xlsx"))).portfolio;
});

describe("review of the sample cycles", () => {
  it("explains score moves on the real workbooks and puts the largest first", () => {
    const review = compareCycles(snapshotFromPortfolio(previous, { cycle: "2026" }), snapshotFromPortfolio(current, { cycle: "2027" }));
    const common = current.projects.filter((p) => previous.projects.some((q) => q.id === p.id));
    expect(review.moves).toHaveLength(common.length);
    expect(review.moves.length).toBeGreaterThan(10);
    const largest = Math.max(...review.moves.map((m) => Math.abs(m.scoreDelta)));
    expect(Math.abs(review.moves[0].scoreDelta)).toBe(largest);
    for (const m of review.moves) {
      expect(m.drivers.reduce((s, d) => s + d.ratingEffect + d.weightEffect, 0)).toBeCloseTo(m.scoreDelta, 9);
    }
    // Some ratings changed between the cycles and the top mover's explanation names one.
    const changedRatings = review.moves.flatMap((m) => m.drivers).filter((d) => d.previousRating !== d.currentRating);
    expect(changedRatings.length).toBeGreaterThan(0);
    expect(review.moves[0].explanation).toMatch(/rating|weight/);
  });

  it("reports the weight changes typed in the two Drivers tables", () => {
    const review = compareCycles(snapshotFromPortfolio(previous, { cycle: "2026" }), snapshotFromPortfolio(current, { cycle: "2027" }));
    const share = (p: Portfolio, name: string) => {
      const total = p.drivers.reduce((s, d) => s + (d.weight ?? 0), 0);
      return (p.drivers.find((d) => d.name === name)!.weight ?? 0) / total;
    };
    for (const w of review.weightChanges) {
      expect(w.previousWeight).toBeCloseTo(share(previous, w.driver), 12);
      expect(w.currentWeight).toBeCloseTo(share(current, w.driver), 12);
    }
    expect(review.weightChanges.some((w) => Math.abs(w.delta) > 0.01)).toBe(true);
  });

  it("measures estimate accuracy and benefits for the projects finished in 2026", () => {
    const review = compareCycles(snapshotFromPortfolio(previous, { cycle: "2026" }), snapshotFromPortfolio(current, { cycle: "2027" }));
    const finished = previous.projects.filter((p) => p.finalCost !== undefined);
    expect(finished.length).toBeGreaterThan(0);
    const all = review.estimateAccuracy.find((c) => c.category === "All")!;
    expect(all.count).toBe(finished.length);
    const ratios = finished.map((p) => p.finalCost! / p.cost);
    expect(all.mean).toBeCloseTo(ratios.reduce((s, r) => s + r, 0) / ratios.length, 12);
    const byCategory = review.estimateAccuracy.filter((c) => c.category !== "All");
    expect(byCategory.reduce((s, c) => s + c.count, 0)).toBe(finished.length);
    const realised = previous.projects.filter((p) => p.benefitRealised !== undefined);
    expect(review.benefitTotals.realised).toBe(realised.reduce((s, p) => s + p.benefitRealised!, 0));
    expect(review.benefitTotals.forecast).toBe(realised.reduce((s, p) => s + p.benefit, 0));
    expect([...review.removed].sort()).toEqual(previous.projects.filter((p) => !current.projects.some((q) => q.id === p.id)).map((p) => p.id).sort());
  });
});
