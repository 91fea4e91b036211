import type { CycleReview } from "../engine/review";
import { blockByHeader, cellAt } from "./cellAt";
import { REVIEW_SHEET, reviewSheet } from "./reviewSheet";

const review: CycleReview = {
  previousCycle: "2026",
  currentCycle: "2027",
  weightChanges: [{ driver: "Customer", previousWeight: 0.5, currentWeight: 0.6, delta: 0.1 }],
  moves: [
    {
      id: "A",
      name: "Alpha",
      previousScore: 40,
      currentScore: 52,
      scoreDelta: 12,
      previousRank: 3,
      currentRank: 1,
      rankDelta: 2,
      previouslySelected: false,
      currentlySelected: true,
      drivers: [],
      explanation: "Score +12.0: Customer rating Low → Strong (+12.0).",
    },
  ],
  added: ["N"],
  removed: ["O"],
  enteredSelection: ["A"],
  leftSelection: [],
  benefits: [{ id: "O", name: "Old", category: "Run", forecast: 100, realised: 80, ratio: 0.8, shortfall: 20 }],
  benefitTotals: { forecast: 100, realised: 80, ratio: 0.8 },
  estimates: [{ id: "O", name: "Old", category: "Run", firstEstimate: 50, finalCost: 60, ratio: 1.2 }],
  estimateAccuracy: [
    { category: "Run", count: 1, mean: 1.2, median: 1.2, min: 1.2, max: 1.2 },
    { category: "All", count: 1, mean: 1.2, median: 1.2, min: 1.2, max: 1.2 },
  ],
  statusChanges: [],
};

describe("PMO Review sheet", () => {
  const spec = reviewSheet(review);

  it("names both cycles and lists movers with their explanation", () => {
    expect(spec.name).toBe(REVIEW_SHEET);
    expect(cellAt(spec, "A1")?.value).toBe("PMO Review: 2027 compared with 2026");
    const movers = blockByHeader(spec, "Project")!;
    expect(movers[1]).toEqual(["A", "Alpha", 40, 52, 12, 3, 1, 2, "No", "Yes", review.moves[0].explanation]);
  });

  it("shows benefits with a total row and estimate accuracy by category with a chart over it", () => {
    const benefits = spec.blocks.find((b) => b.values[0]?.[3] === "Forecast")!.values;
    expect(benefits[benefits.length - 1]).toEqual(["Total", "", "", 100, 80, 0.8, 20]);
    const accuracy = blockByHeader(spec, "Category")!;
    expect(accuracy.slice(1).map((r) => r[0])).toEqual(["Run", "All"]);
    const chart = spec.charts![0];
    const [from, to] = chart.dataRange.split(":");
    expect(cellAt(spec, from)?.value).toBe("Category");
    expect(cellAt(spec, to)?.value).toBe(1.2); // Run's median; the "All" row is left out of the chart
  });

  it("lists the portfolio changes", () => {
    const changes = blockByHeader(spec, "Change")!;
    expect(changes).toEqual([
      ["Change", "Projects"],
      ["Entered the selection", "A"],
      ["New candidates", "N"],
      ["No longer candidates", "O"],
    ]);
  });
});
