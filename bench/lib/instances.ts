/**
 * The benchmark families of issue 13, as SelectionProblems: Pisinger's knapPI types 1–3 (generated with the
 * published generator's definitions), OR-Library mknapcb1 (copied reference files) and portfolio-shaped
 * random instances (fractional values, several cost limits, `requires` chains and exclusive groups).
 * Every instance is seeded: the same name gives the same problem on every machine.
 */
import { knapsackProblem, readKnapsack } from "../../test/support/referenceKnapsack";
import { seededRandom } from "../../test/support/randomSelection";
import type { SelectionProblem, SelectionProject } from "../../src/engine/selection/types";

export interface BenchInstance {
  readonly family: string;
  readonly name: string;
  readonly problem: SelectionProblem;
}

/** Pisinger's coefficient range R (the published instances use R = 1000). */
const R = 1000;

/**
 * One knapPI instance as in Pisinger (2005), "Where are the hard knapsack problems?": weights uniform on
 * 1..R; type 1 uncorrelated (profits uniform on 1..R), type 2 weakly correlated (profit uniform on
 * w ± R/10, at least 1), type 3 strongly correlated (profit w + R/10); capacity h/(H+1) · Σw for instance
 * h of a series of H = 100 (h = 1 here, as in the `_1` files). Our generator, not Pisinger's random stream:
 * the instances have the same distribution, not the same numbers.
 */
export function pisinger(type: 1 | 2 | 3, n: number, seed: number): SelectionProblem {
  const rnd = seededRandom(seed);
  const uniform = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const weights: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    const w = uniform(1, R);
    weights.push(w);
    if (type === 1) values.push(uniform(1, R));
    else if (type === 2) values.push(Math.max(1, uniform(w - R / 10, w + R / 10)));
    else values.push(w + R / 10);
  }
  const capacity = Math.floor((1 / 101) * weights.reduce((a, b) => a + b, 0));
  return knapsackProblem({ values, weights: [weights], capacities: [capacity] });
}

/** A published instance from test/fixtures/reference/knapsack as a selection problem. */
export function reference(file: string): SelectionProblem {
  return knapsackProblem(readKnapsack(file));
}

/**
 * Portfolio-shaped: values with two decimals (a score times a benefit, say), `limits` cost limits each at
 * 35% of its total, n/10 `requires` pairs and n/50 exclusive groups of 2–3 projects.
 */
export function portfolioShaped(n: number, limits: number, seed: number): SelectionProblem {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const names = Array.from({ length: limits }, (_, j) => (j === 0 ? "capex" : `cost${j}`));
  const projects: SelectionProject[] = Array.from({ length: n }, (_, i) => ({
    id: `P${i + 1}`,
    value: Math.round(100 * (1 + 99 * rnd())) / 100,
    costs: Object.fromEntries(names.map((l) => [l, int(5, 100)])),
  }));
  const total = (l: string) => projects.reduce((s, p) => s + p.costs[l]!, 0);
  const requires: [string, string][] = [];
  for (let k = 0; k < Math.round(n / 10); k++) {
    const a = int(1, n - 1);
    requires.push([`P${a + 1}`, `P${int(0, a - 1) + 1}`]);
  }
  const exclusive: string[][] = [];
  for (let k = 0; k < Math.max(1, Math.round(n / 50)); k++) {
    const group = new Set<string>();
    const size = int(2, 3);
    while (group.size < size) group.add(`P${int(1, n)}`);
    exclusive.push([...group]);
  }
  return { projects, limits: Object.fromEntries(names.map((l) => [l, Math.round(0.35 * total(l))])), requires, exclusive };
}

/** The issue-13 families in benchmark order. */
export function benchInstances(): BenchInstance[] {
  return [
    ...([1, 2, 3] as const).map((t) => ({ family: "knapPI 2000", name: `knapPI_${t}_2000_1000_1`, problem: pisinger(t, 2000, 13 * t) })),
    ...[1, 2, 3].map((k) => ({ family: "mknapcb1 100×5", name: `mknapcb1-${k}`, problem: reference(`mknapcb1-${k}.json`) })),
    { family: "portfolio", name: "portfolio 500×3", problem: portfolioShaped(500, 3, 500) },
    { family: "portfolio", name: "portfolio 2000×3", problem: portfolioShaped(2000, 3, 2000) },
    { family: "portfolio", name: "portfolio 5000×2", problem: portfolioShaped(5000, 2, 5000) },
  ];
}
