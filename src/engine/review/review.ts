/**
 * Cycle-over-cycle review: what moved between two planning cycles and why, whether finished projects
 * delivered the benefits they promised, and how good the cost estimates were, so the PMO can calibrate
 * its scoring and estimating.
 *
 * Score changes are explained driver by driver. A driver's contribution to a score is
 * 100 × w × a ÷ maxImpact; its change splits exactly into a rating effect and a weight effect
 * (the symmetric, Shapley split of a product of two factors):
 *   rating effect = Δr × (w₀ + w₁)/2,  weight effect = Δw × (r₀ + r₁)/2,  r = 100 × a ÷ maxImpact,
 * so the effects of all drivers add up to the score change exactly. A driver missing from a cycle counts
 * as weight 0 and rating 0 there.
 */
import type { CycleSnapshot, SnapshotProject } from "./snapshot";
import { statusReport } from "../monitoring/statusReport";
import type { RagStatus } from "../monitoring/rag";

export interface DriverChange {
  readonly driver: string;
  /** Null when the driver did not exist in that cycle. */
  readonly previousRating: number | null;
  readonly currentRating: number | null;
  /** Ratings as typed, when the snapshot kept them. */
  readonly previousWord: string | null;
  readonly currentWord: string | null;
  readonly previousWeight: number;
  readonly currentWeight: number;
  readonly previousContribution: number;
  readonly currentContribution: number;
  readonly contributionDelta: number;
  readonly ratingEffect: number;
  readonly weightEffect: number;
}

export interface ProjectMove {
  readonly id: string;
  readonly name: string;
  readonly previousScore: number;
  readonly currentScore: number;
  readonly scoreDelta: number;
  readonly previousRank: number;
  readonly currentRank: number;
  /** Positive = moved up the ranking (previous rank − current rank). */
  readonly rankDelta: number;
  readonly previouslySelected: boolean | null;
  readonly currentlySelected: boolean | null;
  /** Drivers ordered by the size of their contribution change, largest first. */
  readonly drivers: readonly DriverChange[];
  /** One sentence naming the main causes. */
  readonly explanation: string;
}

export interface WeightChange {
  readonly driver: string;
  readonly previousWeight: number;
  readonly currentWeight: number;
  readonly delta: number;
}

export interface BenefitOutcome {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  /** Benefit forecast of the earliest cycle the project appears in (previous, else current). */
  readonly forecast: number;
  readonly realised: number;
  /** Realised ÷ forecast; null when the forecast is 0. */
  readonly ratio: number | null;
  readonly shortfall: number;
}

export interface EstimateOutcome {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  /** Cost estimate of the earliest cycle the project appears in (previous, else current). */
  readonly firstEstimate: number;
  readonly finalCost: number;
  /** Final cost ÷ first estimate; null when the estimate is 0. */
  readonly ratio: number | null;
}

export interface AccuracyByCategory {
  /** Category, or "All". */
  readonly category: string;
  readonly count: number;
  readonly mean: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export interface StatusChange {
  readonly id: string;
  readonly previousRag: RagStatus | null;
  readonly currentRag: RagStatus | null;
  readonly previousCpi: number | null;
  readonly currentCpi: number | null;
}

export interface CycleReview {
  readonly previousCycle: string;
  readonly currentCycle: string;
  readonly weightChanges: readonly WeightChange[];
  /** Projects in both cycles, largest |score change| first (then |rank change|, then id). */
  readonly moves: readonly ProjectMove[];
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly enteredSelection: readonly string[];
  readonly leftSelection: readonly string[];
  readonly benefits: readonly BenefitOutcome[];
  readonly benefitTotals: { readonly forecast: number; readonly realised: number; readonly ratio: number | null };
  readonly estimates: readonly EstimateOutcome[];
  /** Per category (alphabetical), then "All". Ratios above 1 mean overruns. */
  readonly estimateAccuracy: readonly AccuracyByCategory[];
  readonly statusChanges: readonly StatusChange[];
}

/**
 * Compares two cycle snapshots (projects matched by id, drivers by name).
 * @example compareCycles(previous, current).moves[0].explanation // "Score +12.0: Customer Low → Strong (+8.3), …"
 */
export function compareCycles(previous: CycleSnapshot, current: CycleSnapshot): CycleReview {
  const prevById = new Map(previous.projects.map((p) => [p.id, p]));
  const curById = new Map(current.projects.map((p) => [p.id, p]));
  const driverNames = unique([...current.drivers.map((d) => d.name), ...previous.drivers.map((d) => d.name)]);
  const prevWeight = new Map(previous.drivers.map((d) => [d.name, d.weight]));
  const curWeight = new Map(current.drivers.map((d) => [d.name, d.weight]));

  const weightChanges = driverNames.map((driver) => {
    const p = prevWeight.get(driver) ?? 0;
    const c = curWeight.get(driver) ?? 0;
    return { driver, previousWeight: p, currentWeight: c, delta: c - p };
  });

  const prevSel = previous.selected ? new Set(previous.selected) : null;
  const curSel = current.selected ? new Set(current.selected) : null;
  const moves: ProjectMove[] = [];
  for (const cur of current.projects) {
    const prev = prevById.get(cur.id);
    if (!prev) continue;
    const drivers = driverNames
      .map((driver) => driverChange(driver, prev, cur, previous, current, prevWeight, curWeight))
      .sort((a, b) => Math.abs(b.contributionDelta) - Math.abs(a.contributionDelta) || (a.driver < b.driver ? -1 : 1));
    const scoreDelta = cur.score - prev.score;
    moves.push({
      id: cur.id,
      name: cur.name,
      previousScore: prev.score,
      currentScore: cur.score,
      scoreDelta,
      previousRank: prev.rank,
      currentRank: cur.rank,
      rankDelta: prev.rank - cur.rank,
      previouslySelected: prevSel ? prevSel.has(cur.id) : null,
      currentlySelected: curSel ? curSel.has(cur.id) : null,
      drivers,
      explanation: explain(scoreDelta, drivers),
    });
  }
  moves.sort(
    (a, b) => Math.abs(b.scoreDelta) - Math.abs(a.scoreDelta) || Math.abs(b.rankDelta) - Math.abs(a.rankDelta) || (a.id < b.id ? -1 : 1),
  );

  // Outcomes may be recorded in either cycle: a project that finished during the previous cycle often leaves
  // the candidate list, so it carries Final Cost and Benefit Realised only in the previous snapshot.
  const benefits: BenefitOutcome[] = [];
  const estimates: EstimateOutcome[] = [];
  const everyId = unique([...current.projects.map((p) => p.id), ...previous.projects.map((p) => p.id)]);
  for (const id of everyId) {
    const cur = curById.get(id);
    const prev = prevById.get(id);
    const latest = (cur ?? prev)!;
    const earliest = (prev ?? cur)!;
    const realised = cur?.benefitRealised ?? prev?.benefitRealised ?? null;
    if (realised !== null) {
      const forecast = earliest.benefit;
      benefits.push({
        id,
        name: latest.name,
        category: latest.category,
        forecast,
        realised,
        ratio: forecast === 0 ? null : realised / forecast,
        shortfall: forecast - realised,
      });
    }
    const finalCost = cur?.finalCost ?? prev?.finalCost ?? null;
    if (finalCost !== null) {
      const firstEstimate = earliest.cost;
      estimates.push({
        id,
        name: latest.name,
        category: latest.category,
        firstEstimate,
        finalCost,
        ratio: firstEstimate === 0 ? null : finalCost / firstEstimate,
      });
    }
  }
  const forecastTotal = benefits.reduce((s, b) => s + b.forecast, 0);
  const realisedTotal = benefits.reduce((s, b) => s + b.realised, 0);

  return {
    previousCycle: previous.cycle,
    currentCycle: current.cycle,
    weightChanges,
    moves,
    added: current.projects.filter((p) => !prevById.has(p.id)).map((p) => p.id),
    removed: previous.projects.filter((p) => !curById.has(p.id)).map((p) => p.id),
    enteredSelection: prevSel && curSel ? [...curSel].filter((id) => !prevSel.has(id)) : [],
    leftSelection: prevSel && curSel ? [...prevSel].filter((id) => !curSel.has(id)) : [],
    benefits,
    benefitTotals: { forecast: forecastTotal, realised: realisedTotal, ratio: forecastTotal === 0 ? null : realisedTotal / forecastTotal },
    estimates,
    estimateAccuracy: accuracyByCategory(estimates),
    statusChanges: statusChanges(previous, current),
  };
}

function driverChange(
  driver: string,
  prev: SnapshotProject,
  cur: SnapshotProject,
  previous: CycleSnapshot,
  current: CycleSnapshot,
  prevWeight: ReadonlyMap<string, number>,
  curWeight: ReadonlyMap<string, number>,
): DriverChange {
  const a0 = prevWeight.has(driver) ? prev.impacts[driver] ?? null : null;
  const a1 = curWeight.has(driver) ? cur.impacts[driver] ?? null : null;
  const w0 = prevWeight.get(driver) ?? 0;
  const w1 = curWeight.get(driver) ?? 0;
  const r0 = ((a0 ?? 0) * 100) / previous.maxImpact;
  const r1 = ((a1 ?? 0) * 100) / current.maxImpact;
  const word = (p: SnapshotProject, rating: number | null): string | null => {
    if (rating === null) return null;
    const typed = p.impactWords?.[driver];
    return typed === null || typed === undefined ? String(rating) : String(typed);
  };
  return {
    driver,
    previousRating: a0,
    currentRating: a1,
    previousWord: word(prev, a0),
    currentWord: word(cur, a1),
    previousWeight: w0,
    currentWeight: w1,
    previousContribution: w0 * r0,
    currentContribution: w1 * r1,
    contributionDelta: w1 * r1 - w0 * r0,
    ratingEffect: ((r1 - r0) * (w0 + w1)) / 2,
    weightEffect: ((w1 - w0) * (r0 + r1)) / 2,
  };
}

const signed = (x: number, digits = 1) => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(digits)}`;

function explain(scoreDelta: number, drivers: readonly DriverChange[]): string {
  // The three largest effects, rating or weight, whichever driver they belong to.
  const effects = drivers
    .flatMap((d) => [
      { size: d.ratingEffect, text: `${d.driver} rating ${d.previousWord ?? "none"} → ${d.currentWord ?? "none"}` },
      { size: d.weightEffect, text: `${d.driver} weight ${(100 * d.previousWeight).toFixed(0)}% → ${(100 * d.currentWeight).toFixed(0)}%` },
    ])
    .filter((e) => Math.abs(e.size) >= 0.05)
    .sort((a, b) => Math.abs(b.size) - Math.abs(a.size))
    .slice(0, 3);
  if (effects.length === 0) return `Score ${signed(scoreDelta)}: no rating or weight changed noticeably.`;
  return `Score ${signed(scoreDelta)}: ${effects.map((e) => `${e.text} (${signed(e.size)})`).join("; ")}.`;
}

function accuracyByCategory(estimates: readonly EstimateOutcome[]): AccuracyByCategory[] {
  const groups = new Map<string, number[]>();
  for (const e of estimates) {
    if (e.ratio === null) continue;
    const list = groups.get(e.category) ?? [];
    list.push(e.ratio);
    groups.set(e.category, list);
  }
  const stats = (category: string, values: number[]): AccuracyByCategory => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return {
      category,
      count: sorted.length,
      mean: sorted.reduce((s, v) => s + v, 0) / sorted.length,
      median: sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2,
      min: sorted[0]!,
      max: sorted[sorted.length - 1]!,
    };
  };
  const rows = [...groups.keys()].sort().map((c) => stats(c, groups.get(c)!));
  const all = [...groups.values()].flat();
  if (all.length > 0) rows.push(stats("All", all));
  return rows;
}

function statusChanges(previous: CycleSnapshot, current: CycleSnapshot): StatusChange[] {
  const asRows = (s: CycleSnapshot) => s.status.map((r, i) => ({ ...r, row: i + 1 }));
  const prev = new Map(statusReport(asRows(previous)).projects.map((p) => [p.project, p]));
  const cur = statusReport(asRows(current)).projects;
  return cur
    .filter((p) => prev.has(p.project))
    .map((p) => {
      const q = prev.get(p.project)!;
      return { id: p.project, previousRag: q.rag, currentRag: p.rag, previousCpi: q.cpi, currentCpi: p.cpi };
    });
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}
