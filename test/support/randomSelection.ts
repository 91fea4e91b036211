/**
 * Seeded random SelectionProblems for cross-checks (tests) and the benchmark. The same seed gives the
 * same problem on every machine.
 */
import type { SelectionProblem, SelectionProject } from "../../src/engine/selection/types";

/** Park–Miller style generator: deterministic, 0 ≤ x < 1. */
export function seededRandom(seed: number): () => number {
  let s = (Math.abs(Math.floor(seed)) % 2147483646) + 1;
  return () => {
    s = (s * 48271) % 2147483647;
    return (s - 1) / 2147483646;
  };
}

export interface RandomSelectionOptions {
  readonly projects: number;
  readonly limits?: number;
  /** Fraction of the total cost available per limit (default 0.4). */
  readonly tightness?: number;
  readonly requires?: number;
  readonly together?: number;
  readonly exclusive?: number;
  readonly forceIn?: number;
  readonly forceOut?: number;
  readonly countLimits?: boolean;
  readonly categoryShares?: boolean;
  readonly roles?: number;
  /** Values correlated with costs (harder) instead of independent. */
  readonly correlated?: boolean;
}

const CATEGORIES = ["Run", "Grow", "Transform"];

export function randomSelectionProblem(seed: number, o: RandomSelectionOptions): SelectionProblem {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const m = o.limits ?? 1;
  const limitNames = Array.from({ length: m }, (_, j) => (j === 0 ? "capex" : `cost${j}`));
  const roleNames = Array.from({ length: o.roles ?? 0 }, (_, r) => `role${r}`);
  const projects: SelectionProject[] = Array.from({ length: o.projects }, (_, i) => {
    const costs = Object.fromEntries(limitNames.map((l) => [l, int(5, 100)]));
    const base = costs[limitNames[0]!]!;
    const value = o.correlated ? base + int(5, 25) : int(1, 100);
    return {
      id: `P${i + 1}`,
      value,
      costs,
      category: CATEGORIES[int(0, CATEGORIES.length - 1)]!,
      ...(roleNames.length ? { roleDemand: Object.fromEntries(roleNames.map((r) => [r, int(0, 10)])) } : {}),
    };
  });
  const ids = projects.map((p) => p.id);
  const pick = () => ids[int(0, ids.length - 1)]!;
  const distinct = (k: number) => {
    const set = new Set<string>();
    while (set.size < Math.min(k, ids.length)) set.add(pick());
    return [...set];
  };
  const tight = o.tightness ?? 0.4;
  const limits = Object.fromEntries(limitNames.map((l) => [l, Math.round(tight * projects.reduce((s, p) => s + p.costs[l]!, 0))]));
  // requires edges point from a later project to an earlier one, so they never form a cycle.
  const requires: [string, string][] = [];
  for (let k = 0; k < (o.requires ?? 0) && ids.length > 1; k++) {
    const a = int(1, ids.length - 1);
    requires.push([ids[a]!, ids[int(0, a - 1)]!]);
  }
  const together = Array.from({ length: o.together ?? 0 }, () => distinct(2));
  const exclusive = Array.from({ length: o.exclusive ?? 0 }, () => distinct(int(2, 3)));
  const forced = distinct((o.forceIn ?? 0) + (o.forceOut ?? 0));
  const problem: SelectionProblem = {
    projects,
    limits,
    ...(requires.length ? { requires } : {}),
    ...(together.length ? { together } : {}),
    ...(exclusive.length ? { exclusive } : {}),
    ...(o.forceIn ? { forceIn: forced.slice(0, o.forceIn) } : {}),
    ...(o.forceOut ? { forceOut: forced.slice(o.forceIn ?? 0) } : {}),
    ...(o.countLimits ? { minProjects: int(0, Math.floor(ids.length / 4)), maxProjects: int(Math.ceil(ids.length / 3), ids.length) } : {}),
    ...(o.categoryShares ? { categoryShares: [{ limit: "capex", category: "Run", min: 0.1, max: 0.6 }] } : {}),
    ...(roleNames.length
      ? { roleCapacity: Object.fromEntries(roleNames.map((r) => [r, Math.round(0.5 * projects.reduce((s, p) => s + (p.roleDemand?.[r] ?? 0), 0))])) }
      : {}),
  };
  return problem;
}
