/**
 * A planning cycle frozen as plain JSON: the inputs (drivers, weights, ratings, estimates), the results
 * (scores, ranks, selection) and the delivery status. The task pane stores one per cycle in the workbook;
 * the CLI builds one from a workbook. Two snapshots are compared by review.ts.
 */
import { alignmentScores } from "../alignment";
import { normaliseWeights } from "../driverWeights";
import { PmoInputError } from "../errors";
import { rankProjects } from "../ranking";
import { scorePortfolio, type PortfolioScores } from "../portfolio/scorePortfolio";
import type { RawCell } from "../portfolio/tableData";
import type { Portfolio, StatusRow } from "../portfolio/types";

export const SNAPSHOT_FORMAT = "pmo-align-cycle";
export const SNAPSHOT_VERSION = 1;

export interface SnapshotDriver {
  readonly name: string;
  /** Normalised weight (the drivers' weights sum to 1). */
  readonly weight: number;
}

export interface SnapshotProject {
  readonly id: string;
  readonly name: string;
  readonly category: string;
  /** Cost estimate in this cycle. */
  readonly cost: number;
  /** Benefit forecast in this cycle. */
  readonly benefit: number;
  /** Rating per driver name. */
  readonly impacts: Readonly<Record<string, number>>;
  /** Ratings as typed (words or numbers), per driver name. */
  readonly impactWords: Readonly<Record<string, RawCell>>;
  /** Alignment score 0–100. */
  readonly score: number;
  /** RANK.EQ of the score (ties share a rank). */
  readonly rank: number;
  readonly finalCost: number | null;
  readonly benefitRealised: number | null;
}

/** A Status table row as kept in a snapshot (without its workbook row number). */
export type SnapshotStatus = Omit<StatusRow, "row">;

export interface CycleSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  readonly version: typeof SNAPSHOT_VERSION;
  /** The user's name for the cycle, e.g. "FY2027 H1". */
  readonly cycle: string;
  /** ISO 8601 time the snapshot was taken. */
  readonly takenAt: string;
  readonly currency: string;
  /** Top of the impact scale (a project rated at it on every driver scores 100). */
  readonly maxImpact: number;
  readonly weightsMethod: string;
  readonly drivers: readonly SnapshotDriver[];
  readonly projects: readonly SnapshotProject[];
  /** Ids of the selected portfolio, or null when no selection was made in this cycle. */
  readonly selected: readonly string[] | null;
  readonly status: readonly SnapshotStatus[];
}

export interface SnapshotOptions {
  readonly cycle: string;
  /** ISO time; default now. */
  readonly takenAt?: string;
  /** Scores to record (default scorePortfolio with the Settings' weights method). */
  readonly scores?: SnapshotScores;
  /** Or: driver weights by name (e.g. edited in the task pane), scored with alignmentScores. */
  readonly weights?: Readonly<Record<string, number>>;
  /** Selected project ids, if a selection was made. */
  readonly selected?: readonly string[] | null;
}

/**
 * Freezes a portfolio (and optionally its selection) into a snapshot, scored as scorePortfolio scores it.
 * @throws PmoMissingDataError / PmoInputError when the weights method needs data the workbook lacks.
 */
export function snapshotFromPortfolio(portfolio: Portfolio, options: SnapshotOptions): CycleSnapshot {
  const scores = options.scores ?? (options.weights ? scoresFromWeights(portfolio, options.weights) : scorePortfolio(portfolio));
  const names = scores.drivers;
  const index = new Map(scores.projectIds.map((id, i) => [id, i]));
  const ranks = new Map(scores.ranking.map((r) => [r.id, r.rank]));
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    cycle: options.cycle,
    takenAt: options.takenAt ?? new Date().toISOString(),
    currency: portfolio.settings.currency,
    maxImpact: portfolio.impactScale.max,
    weightsMethod: scores.method,
    drivers: names.map((name, j) => ({ name, weight: scores.weights[j]! })),
    projects: portfolio.projects.map((p) => ({
      id: p.id,
      name: p.name,
      category: p.category,
      cost: p.cost,
      benefit: p.benefit,
      impacts: Object.fromEntries(names.map((d, j) => [d, p.impacts[j]!])),
      impactWords: Object.fromEntries(names.map((d, j) => [d, p.impactWords[j] ?? null])),
      score: scores.scores[index.get(p.id)!]!,
      rank: ranks.get(p.id)!,
      finalCost: p.finalCost ?? null,
      benefitRealised: p.benefitRealised ?? null,
    })),
    selected: options.selected ? [...options.selected] : null,
    status: portfolio.status.map(({ project, period, bac, pv, ev, ac, percentComplete, forecastEnd }) => ({ project, period, bac, pv, ev, ac, percentComplete, forecastEnd })),
  };
}

type SnapshotScores = Pick<PortfolioScores, "method" | "drivers" | "weights" | "projectIds" | "scores" | "ranking">;

function scoresFromWeights(portfolio: Portfolio, byName: Readonly<Record<string, number>>): SnapshotScores {
  const drivers = portfolio.drivers.map((d) => d.name);
  const weights = normaliseWeights(drivers.map((d) => byName[d] ?? 0), drivers);
  const { scores } = alignmentScores(portfolio.projects.map((p) => p.impacts), weights, portfolio.impactScale.max, {
    projectLabels: portfolio.projects.map((p) => p.id),
    driverLabels: drivers,
    table: "Projects",
  });
  const ranking = rankProjects(portfolio.projects.map((p, i) => ({ id: p.id, score: scores[i]!, ...(p.cost > 0 ? { cost: p.cost } : {}) })));
  return { method: portfolio.settings.weightsMethod, drivers, weights, projectIds: portfolio.projects.map((p) => p.id), scores, ranking };
}

/**
 * Reads a snapshot back from JSON text or a parsed value, checking the fields review.ts relies on.
 * @throws PmoInputError naming the first missing or mistyped field.
 */
export function parseCycleSnapshot(input: unknown, where = "snapshot"): CycleSnapshot {
  let value: unknown = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      throw new PmoInputError({ table: where }, "JSON text of a PMO Align cycle snapshot", input.slice(0, 40));
    }
  }
  const bad = (field: string, expected: string, found?: unknown): never => {
    throw new PmoInputError({ table: where, column: field }, expected, found);
  };
  if (typeof value !== "object" || value === null) return bad("format", "an object", value);
  const v = value as Record<string, unknown>;
  if (v.format !== SNAPSHOT_FORMAT) bad("format", `"${SNAPSHOT_FORMAT}"`, v.format);
  if (v.version !== SNAPSHOT_VERSION) bad("version", `version ${SNAPSHOT_VERSION}`, v.version);
  if (typeof v.cycle !== "string") bad("cycle", "the cycle's name", v.cycle);
  if (typeof v.maxImpact !== "number" || !(v.maxImpact > 0)) bad("maxImpact", "a number above 0", v.maxImpact);
  if (!Array.isArray(v.drivers)) bad("drivers", "a list of drivers", v.drivers);
  (v.drivers as unknown[]).forEach((d, j) => {
    const dd = d as Record<string, unknown>;
    if (typeof dd?.name !== "string" || typeof dd?.weight !== "number") bad(`drivers[${j}]`, "a driver with a name and a weight", JSON.stringify(d));
  });
  if (!Array.isArray(v.projects)) bad("projects", "a list of projects", v.projects);
  (v.projects as unknown[]).forEach((p, i) => {
    const pp = p as Record<string, unknown>;
    for (const f of ["id", "name", "category"]) if (typeof pp?.[f] !== "string") bad(`projects[${i}].${f}`, "text", pp?.[f]);
    for (const f of ["cost", "benefit", "score", "rank"]) if (typeof pp?.[f] !== "number") bad(`projects[${i}].${f}`, "a number", pp?.[f]);
    if (typeof pp.impacts !== "object" || pp.impacts === null) bad(`projects[${i}].impacts`, "ratings per driver", pp.impacts);
  });
  if (v.selected !== null && !Array.isArray(v.selected)) bad("selected", "a list of project ids or null", v.selected);
  if (!Array.isArray(v.status)) bad("status", "a list of status rows", v.status);
  return value as CycleSnapshot;
}
