import { topKProbability } from "../engine/robustness";
import { rankFlipSensitivity } from "../engine/robustness";
import { blockByHeader, cellAt } from "./cellAt";
import { ROBUSTNESS_SHEET, robustnessSheet } from "./robustnessSheet";

const impacts = [
  [9, 3, 1],
  [6, 6, 3],
  [1, 9, 6],
  [3, 1, 9],
  [0, 1, 1],
];
const weights = [0.5, 0.3, 0.2];
const labels = ["P1", "P2", "P3", "P4", "P5"];
const scores = impacts.map((r) => (100 * r.reduce((s, a, j) => s + a * weights[j], 0)) / 9);

describe("PMO Robustness sheet", () => {
  const sensitivity = rankFlipSensitivity(impacts, weights, 9, { k: 2, labels, driverLabels: ["Customer", "Cost", "Risk"] });
  const topK = topKProbability(impacts, weights, 9, { k: 2, draws: 2000, seed: 1 });
  const spec = robustnessSheet({
    sensitivity,
    topK,
    k: 2,
    projects: labels.map((id, i) => ({ id, name: `Project ${id}`, score: scores[i] })),
    settings: "2,000 draws, seed 1",
  });

  it("states the smallest flip and lists drivers most sensitive first", () => {
    expect(spec.name).toBe(ROBUSTNESS_SHEET);
    expect(String(cellAt(spec, "A2")?.value)).toContain(sensitivity.smallestChange!.toFixed(1));
    const tornado = blockByHeader(spec, "Driver")!;
    const margin = (r: readonly unknown[]) => Math.min(typeof r[2] === "number" ? r[2] : Infinity, typeof r[3] === "number" ? r[3] : Infinity);
    const margins = tornado.slice(1).map(margin);
    expect(margins).toEqual([...margins].sort((a, b) => a - b));
    expect(margins[0]).toBeCloseTo(sensitivity.smallestChange!, 12);
  });

  it("charts the tornado as negative decreases and positive increases over a contiguous block", () => {
    const tornadoChart = spec.charts!.find((c) => c.name === "PMORobustnessTornado")!;
    const [start] = tornadoChart.dataRange.split(":");
    expect(cellAt(spec, start)?.value).toBe("Driver");
    const chartBlock = spec.blocks.find((b) => b.at === start)!;
    for (const r of chartBlock.values.slice(1)) {
      expect(r[1] as number).toBeLessThanOrEqual(0);
      expect(r[2] as number).toBeGreaterThanOrEqual(0);
    }
  });

  it("lists every project by score with its probability and standard error", () => {
    const probs = blockByHeader(spec, "Project")!;
    expect(probs[0]).toEqual(["Project", "Name", "Score", "P(top 2)", "Std error"]);
    expect(probs.slice(1).map((r) => r[0])).toEqual([...labels].sort((a, b) => scores[labels.indexOf(b)] - scores[labels.indexOf(a)]));
    for (const r of probs.slice(1)) {
      const i = labels.indexOf(r[0] as string);
      expect(r[3]).toBe(topK.probability[i]);
      expect(r[4]).toBe(topK.standardError[i]);
    }
    const chart = spec.charts!.find((c) => c.name === "PMORobustnessTopK")!;
    expect(cellAt(spec, chart.dataRange.split(":")[0])?.value).toBe("Project");
  });
});
