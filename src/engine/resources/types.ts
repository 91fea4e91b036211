/**
 * Resource allocation problem and result: the CLI's documented JSON format (docs/cli.md); keep the names.
 * Months are 0-based offsets into `months`. A project starting at s is active in s .. s+duration-1 and
 * needs demand[role][k] in month s+k; it must finish inside the horizon.
 */
import type { CategoryShare, SolveStatus } from "../selection/types";

export interface AllocationProject {
  readonly id: string;
  readonly value: number;
  readonly duration: number;
  /** Planned start (month offset). */
  readonly start: number;
  readonly earliestStart?: number;
  readonly latestStart?: number;
  /** Per role, demand per month of the project's life (length = duration). */
  readonly demand: Readonly<Record<string, readonly number[]>>;
  /** Optional costs per limit (the selection issue's limits apply too). */
  readonly costs?: Readonly<Record<string, number>>;
  readonly category?: string;
}

export interface AllocationProblem {
  readonly months: readonly string[];
  /** Capacity per role per month. */
  readonly capacity: Readonly<Record<string, readonly number[]>>;
  /** Cost of one unit of capacity per role per month (for hiring cost), optional. */
  readonly rates?: Readonly<Record<string, number>>;
  /** Unit of capacity and demand, e.g. "FTE" or "hours". */
  readonly unit?: string;
  readonly projects: readonly AllocationProject[];
  /** 0 = fixed starts; k = move at most k months; null = anywhere in [earliestStart, latestStart]. */
  readonly maxShift?: number | null;
  /** [A, B]: B starts after A ends. */
  readonly finishToStart?: readonly (readonly [string, string])[];
  /** Selection constraints reused from the selection model. */
  readonly limits?: Readonly<Record<string, number>>;
  readonly forceIn?: readonly string[];
  readonly forceOut?: readonly string[];
  readonly requires?: readonly (readonly [string, string])[];
  readonly together?: readonly (readonly string[])[];
  readonly exclusive?: readonly (readonly string[])[];
  readonly minProjects?: number;
  readonly maxProjects?: number;
  readonly categoryShares?: readonly CategoryShare[];
  readonly timeLimitSeconds?: number;
}

export interface ScheduledProject {
  readonly id: string;
  readonly start: number;
  /** Planned start, to show the shift plan (old → new). */
  readonly plannedStart: number;
}

export interface BlockedProject {
  readonly id: string;
  /** Role-months that lack capacity at its planned start, e.g. { role: "Dev", month: 3, short: 1.5 }. */
  readonly blockers: readonly { readonly role: string; readonly month: number; readonly short: number }[];
  /** Already staffed projects whose planned dates break a finishToStart link with this one (absent when none). */
  readonly conflictsWith?: readonly string[];
  /** Selection decisions that kept it out of the priority allocation: "forced out", "over capex limit", "excluded by P7", "requires P3". */
  readonly reasons?: readonly string[];
}

export interface AllocationBaseline {
  readonly objective: number;
  readonly schedule: readonly ScheduledProject[];
  readonly unstaffed: readonly BlockedProject[];
  /** Optimised objective minus the baseline's (0 when the problem is infeasible). */
  readonly valueLeftOnTable: number;
  /**
   * False when the baseline breaks a selection constraint it ignores by design (limits, forced,
   * requires, together, exclusive); absent in older results.
   */
  readonly feasible?: boolean;
}

export interface AllocationResult {
  readonly status: SolveStatus;
  readonly objective: number;
  readonly gap: number | null;
  readonly schedule: readonly ScheduledProject[];
  /** Ids not staffed in the chosen plan. */
  readonly unstaffed: readonly string[];
  /** Load per role per month of the chosen plan. */
  readonly load: Readonly<Record<string, readonly number[]>>;
  /** Capacity minus load where negative (as positive shortfall), per role per month; 0 elsewhere. */
  readonly deficit: Readonly<Record<string, readonly number[]>>;
  readonly baseline: AllocationBaseline;
  readonly solveSeconds: number;
}
