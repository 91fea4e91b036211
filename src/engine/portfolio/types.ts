/**
 * A portfolio as read from the standard template (see template.ts and docs/template.md). Months are
 * "yyyy-mm" strings; schedule fields are 0-based month offsets from `horizon.months[0]` (the first
 * Capacity month, or the earliest project start when there is no Capacity table). Every item keeps the
 * 1-based table row it came from, so later messages can point back at the workbook.
 */
import type { RawCell } from "./tableData";
import type { ImpactScale } from "../impactScale";

export type ValueBasis = "score" | "benefit" | "scoreTimesBenefit";
export type WeightsMethod = "direct" | "ahp" | "geometric";

export interface PortfolioDriver {
  readonly name: string;
  readonly description: string;
  /** Direct weight as typed (any unit, not normalised); null when blank. */
  readonly weight: number | null;
  readonly row: number;
}

export interface DriverComparisons {
  /** Driver names in Drivers order. */
  readonly labels: readonly string[];
  /**
   * Judgements reordered to Drivers order: matrix[i][j] = importance of driver i over driver j.
   * Blank cells are filled from the reciprocal cell and the diagonal with 1, so this is a full matrix.
   */
  readonly matrix: readonly (readonly number[])[];
}

/** Where a stakeholder's judgements stand: all pairs judged, some missing, or none yet. */
export type StakeholderStatus = "complete" | "incomplete" | "not answered";

export interface GroupStakeholder {
  readonly name: string;
  readonly role: string;
  /** Voting power as typed (not normalised); 1 when not given. */
  readonly weight: number;
  readonly status: StakeholderStatus;
  /** Full reciprocal matrix in Drivers order; null unless complete. */
  readonly matrix: readonly (readonly number[])[] | null;
  /** Pairs not yet judged (driver, compared with), in Drivers order; empty unless incomplete. */
  readonly missing: readonly (readonly [string, string])[];
  /** 1-based row in Stakeholders, when listed there. */
  readonly row?: number;
}

/** The Judgements and Stakeholders tables: one entry per stakeholder, answered or not. */
export interface GroupJudgements {
  /** Driver names in Drivers order (the matrices' order). */
  readonly labels: readonly string[];
  readonly stakeholders: readonly GroupStakeholder[];
}

export interface PortfolioProject {
  readonly id: string;
  /** Name column, or the id when absent. */
  readonly name: string;
  readonly owner: string;
  readonly category: string;
  readonly cost: number;
  readonly benefit: number;
  /** Planned start month "yyyy-mm". */
  readonly startMonth: string;
  /** Planned start as a month offset into the horizon (negative when before it). */
  readonly start: number;
  readonly duration: number;
  readonly earliestStart?: number;
  readonly latestStart?: number;
  /** Cost per limit name as written in Limits (e.g. { CapEx: 120000, OpEx: 30000 }). */
  readonly costs: Readonly<Record<string, number>>;
  /** Impact per driver, in Drivers order, on the portfolio's impact scale. */
  readonly impacts: readonly number[];
  /** Impact cells as typed (words or numbers), in Drivers order, for reviews of changed ratings. */
  readonly impactWords: readonly RawCell[];
  readonly costOfDelay?: number;
  readonly jobSize?: number;
  readonly force: "in" | "out" | null;
  /** Ids this project requires. */
  readonly dependsOn: readonly string[];
  /** Ids mutually exclusive with this project. */
  readonly excludes: readonly string[];
  /** Ids selected all-or-none with this project. */
  readonly together: readonly string[];
  /** Ids that must finish before this project starts. */
  readonly startsAfter: readonly string[];
  readonly finalCost?: number;
  readonly benefitRealised?: number;
  readonly row: number;
}

export interface PortfolioLimit {
  /** Limit name as written in Limits, also the key of PortfolioProject.costs. */
  readonly name: string;
  readonly amount: number;
  /** The Projects header holding each project's cost against this limit. */
  readonly column: string;
  readonly row: number;
}

export interface PortfolioCategoryShare {
  readonly limit: string;
  readonly category: string;
  readonly min?: number;
  readonly max?: number;
  readonly row: number;
}

export interface RoleCapacity {
  readonly role: string;
  /** "FTE", "hours", … as typed. */
  readonly unit: string;
  /** Cost per unit-month; null when not given. */
  readonly rate: number | null;
  /** One value per horizon month. */
  readonly capacity: readonly number[];
  readonly row: number;
}

export interface DemandRow {
  readonly project: string;
  readonly role: string;
  /** 0-based month of the project's life. */
  readonly monthOffset: number;
  readonly amount: number;
  readonly row: number;
}

export interface StatusRow {
  readonly project: string;
  /** "yyyy-mm". */
  readonly period: string;
  readonly bac: number;
  readonly pv: number;
  readonly ev: number;
  readonly ac: number;
  /** Fraction 0–1, or null. */
  readonly percentComplete: number | null;
  /** "yyyy-mm", or null. */
  readonly forecastEnd: string | null;
  readonly row: number;
}

export interface PortfolioSettings {
  readonly valueBasis: ValueBasis;
  readonly weightsMethod: WeightsMethod;
  readonly timeLimitSeconds: number;
  /** 0 = fixed starts, k = ±k months, null = anywhere in [earliest, latest]. */
  readonly maxShift: number | null;
  readonly ragGreen: number;
  readonly ragAmber: number;
  readonly topK: number;
  readonly minProjects?: number;
  readonly maxProjects?: number;
  readonly currency: string;
}

export interface PortfolioHorizon {
  /** Consecutive months "yyyy-mm"; from Capacity, else from the earliest start to the latest finish. */
  readonly months: readonly string[];
  /** True when the months come from the Capacity table. */
  readonly fromCapacity: boolean;
}

export interface Portfolio {
  /** Optional Projects columns the workbook lacks (template keys; "benefit" reads as 0): selection by benefit refuses. */
  readonly absentColumns?: readonly string[];
  readonly drivers: readonly PortfolioDriver[];
  /** Null when there is no DriverComparisons table. */
  readonly comparisons: DriverComparisons | null;
  /** Judgements and Stakeholders (group prioritisation); absent or null when neither table is present. */
  readonly group?: GroupJudgements | null;
  readonly projects: readonly PortfolioProject[];
  readonly limits: readonly PortfolioLimit[];
  readonly categoryShares: readonly PortfolioCategoryShare[];
  readonly horizon: PortfolioHorizon;
  /** Roles with capacity per horizon month; empty when there is no Capacity table. */
  readonly capacity: readonly RoleCapacity[];
  readonly demand: readonly DemandRow[];
  readonly status: readonly StatusRow[];
  readonly settings: PortfolioSettings;
  readonly impactScale: ImpactScale;
}
