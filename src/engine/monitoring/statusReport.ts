/**
 * Delivery status of the portfolio from the Status table: per project the latest period's earned-value
 * measures, a RAG status and the CPI/SPI trend over the last periods; and portfolio totals.
 *
 * Portfolio totals add BAC, PV, EV and AC over the projects' latest rows first and take ratios of the sums
 * (CPI = ΣEV ÷ ΣAC). An average of the projects' CPIs would let a small project weigh as much as a large one
 * and is not an index of anything; the ratio of sums is the portfolio's own CPI.
 */
import { earnedValueMeasures } from "../earnedValue";
import { PmoComputationError, PmoInputError } from "../errors";
import type { StatusRow } from "../portfolio/types";
import { DEFAULT_RAG_THRESHOLDS, RAG_ORDER, ragOfIndex, validateRagThresholds, worseRag, type RagStatus, type RagThresholds } from "./rag";

export type Trend = "up" | "flat" | "down";

export interface StatusReportOptions {
  readonly thresholds?: RagThresholds;
  /** Number of latest periods the trend looks across (default 3: latest vs two periods before). */
  readonly trendPeriods?: number;
  /**
   * Trend tolerance (default 0.02): "up" when the index rose by at least this much, "down" when it fell by
   * more than this, else "flat" (the same cut-offs as the sheet's arrow icons, which use ≥).
   */
  readonly flatTolerance?: number;
  /** Display names per project id. */
  readonly names?: Readonly<Record<string, string>>;
}

export interface PeriodIndices {
  readonly period: string;
  readonly cpi: number | null;
  readonly spi: number | null;
}

/** The latest reporting period's Status figures of one project ("period" is the latest "yyyy-mm"), with its measures. */
export interface ProjectStatus extends Omit<StatusRow, "row"> {
  readonly name: string;
  readonly cv: number;
  readonly sv: number;
  /** Null where the measure is undefined (see `notes`). */
  readonly cpi: number | null;
  readonly spi: number | null;
  /** BAC ÷ CPI. */
  readonly eac: number | null;
  readonly etc: number | null;
  readonly vac: number | null;
  /** (BAC − EV) ÷ (BAC − AC): efficiency needed to finish on budget. */
  readonly tcpi: number | null;
  /** Null when CPI or SPI is undefined (e.g. nothing spent or planned yet). */
  readonly rag: RagStatus | null;
  readonly cpiTrend: Trend | null;
  readonly spiTrend: Trend | null;
  /** Latest minus the first period of the trend window; null with one period. */
  readonly cpiDelta: number | null;
  readonly spiDelta: number | null;
  /** Periods of the trend window, oldest first. */
  readonly history: readonly PeriodIndices[];
  /** Why a measure is missing, one sentence each. */
  readonly notes: readonly string[];
}

export interface PortfolioStatusTotals {
  readonly bac: number;
  readonly pv: number;
  readonly ev: number;
  readonly ac: number;
  readonly cv: number;
  readonly sv: number;
  readonly cpi: number | null;
  readonly spi: number | null;
  readonly eac: number | null;
  readonly vac: number | null;
  readonly tcpi: number | null;
  readonly rag: RagStatus | null;
  readonly counts: Readonly<Record<RagStatus | "None", number>>;
}

export interface StatusReport {
  /** Latest period in the table. */
  readonly asOf: string | null;
  readonly thresholds: RagThresholds;
  /** Worst first (Red, Amber, Green, none), then by CPI ascending, then id. */
  readonly projects: readonly ProjectStatus[];
  readonly totals: PortfolioStatusTotals;
  readonly trendPeriods: number;
}

/**
 * Status report from Status rows (any order; several periods per project).
 *
 * @throws PmoInputError for two rows with the same project and period, or bad options.
 * @example statusReport([{ project: "P1", period: "2027-03", bac: 4000, pv: 3000, ev: 2500, ac: 2800, percentComplete: null, forecastEnd: null, row: 1 }]).projects[0].rag // "Red"
 */
export function statusReport(rows: readonly StatusRow[], options: StatusReportOptions = {}): StatusReport {
  const thresholds = validateRagThresholds(options.thresholds ?? DEFAULT_RAG_THRESHOLDS);
  const trendPeriods = options.trendPeriods ?? 3;
  if (!Number.isInteger(trendPeriods) || trendPeriods < 2) {
    throw new PmoInputError({ table: "Settings", column: "Trend periods" }, "a whole number of 2 or more", trendPeriods);
  }
  const tolerance = options.flatTolerance ?? 0.02;
  if (!(tolerance >= 0)) throw new PmoInputError({ table: "Settings", column: "Flat tolerance" }, "a number of 0 or more", tolerance);

  const byProject = new Map<string, StatusRow[]>();
  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.project.toLowerCase()}\u0000${row.period}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new PmoInputError({ table: "Status", row: row.row, column: "Period" }, "one row per project and period", row.period, `${row.project} ${row.period} is already in row ${earlier}`);
    }
    seen.set(key, row.row);
    const list = byProject.get(row.project) ?? [];
    list.push(row);
    byProject.set(row.project, list);
  }

  const projects: ProjectStatus[] = [];
  for (const [project, list] of byProject) {
    list.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    projects.push(projectStatus(project, options.names?.[project] ?? project, list, thresholds, trendPeriods, tolerance));
  }
  const ragKey = (r: RagStatus | null) => (r === null ? RAG_ORDER.length : RAG_ORDER.indexOf(r));
  projects.sort((a, b) => ragKey(a.rag) - ragKey(b.rag) || (a.cpi ?? Infinity) - (b.cpi ?? Infinity) || (a.project < b.project ? -1 : 1));

  const asOf = rows.reduce<string | null>((m, r) => (m === null || r.period > m ? r.period : m), null);
  return { asOf, thresholds, projects, totals: totalsOf(projects, thresholds), trendPeriods };
}

function value(measure: number | PmoComputationError, notes: string[]): number | null {
  if (measure instanceof PmoComputationError) {
    notes.push(measure.message);
    return null;
  }
  return measure;
}

function projectStatus(
  project: string,
  name: string,
  rows: readonly StatusRow[],
  thresholds: RagThresholds,
  trendPeriods: number,
  tolerance: number,
): ProjectStatus {
  const latest = rows[rows.length - 1]!;
  const notes: string[] = [];
  const m = earnedValueMeasures(latest, project);
  const cpi = value(m.cpi, notes);
  const spi = value(m.spi, notes);
  const eac = value(m.eac, notes);
  const etc = value(m.etc, []);
  const vac = value(m.vac, []);
  const tcpi = value(m.tcpiToBac, notes);
  const history = rows.slice(-trendPeriods).map((r) => {
    const h = earnedValueMeasures(r, project);
    return { period: r.period, cpi: h.cpi instanceof PmoComputationError ? null : h.cpi, spi: h.spi instanceof PmoComputationError ? null : h.spi };
  });
  const first = history[0]!;
  const delta = (now: number | null, then: number | null) => (history.length < 2 || now === null || then === null ? null : now - then);
  const cpiDelta = delta(cpi, first.cpi);
  const spiDelta = delta(spi, first.spi);
  const trend = (d: number | null): Trend | null => (d === null ? null : d >= tolerance ? "up" : d < -tolerance ? "down" : "flat");
  return {
    project,
    name,
    period: latest.period,
    bac: latest.bac,
    pv: latest.pv,
    ev: latest.ev,
    ac: latest.ac,
    percentComplete: latest.percentComplete,
    forecastEnd: latest.forecastEnd,
    cv: m.cv as number,
    sv: m.sv as number,
    cpi,
    spi,
    eac,
    etc,
    vac,
    tcpi,
    rag: cpi === null || spi === null ? null : worseRag(ragOfIndex(cpi, thresholds), ragOfIndex(spi, thresholds)),
    cpiTrend: trend(cpiDelta),
    spiTrend: trend(spiDelta),
    cpiDelta,
    spiDelta,
    history,
    notes,
  };
}

function totalsOf(projects: readonly ProjectStatus[], thresholds: RagThresholds): PortfolioStatusTotals {
  const sum = (f: (p: ProjectStatus) => number) => projects.reduce((s, p) => s + f(p), 0);
  const bac = sum((p) => p.bac);
  const pv = sum((p) => p.pv);
  const ev = sum((p) => p.ev);
  const ac = sum((p) => p.ac);
  const counts: Record<RagStatus | "None", number> = { Green: 0, Amber: 0, Red: 0, None: 0 };
  for (const p of projects) counts[p.rag ?? "None"]++;
  const m = earnedValueMeasures({ bac, pv, ev, ac }, "portfolio");
  const num = (x: number | PmoComputationError) => (x instanceof PmoComputationError ? null : x);
  const cpi = num(m.cpi);
  const spi = num(m.spi);
  return {
    bac,
    pv,
    ev,
    ac,
    cv: ev - ac,
    sv: ev - pv,
    cpi,
    spi,
    eac: num(m.eac),
    vac: num(m.vac),
    tcpi: num(m.tcpiToBac),
    rag: cpi === null || spi === null ? null : worseRag(ragOfIndex(cpi, thresholds), ragOfIndex(spi, thresholds)),
    counts,
  };
}
