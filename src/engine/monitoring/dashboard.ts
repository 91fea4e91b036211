/**
 * What the steering committee's one-page dashboard shows, as plain data: the same object feeds the
 * `PMO Dashboard` sheet (src/sheets/dashboardSheet.ts) and the HTML/PDF report (src/cli/report).
 *
 * - Value delivered against plan: earned value (EV) against planned value (PV) and actual cost (AC), per
 *   reporting period summed over projects (the cumulative figures the Status table holds).
 * - Budget used against limits: the selected portfolio's spend per cost limit against the limit's amount.
 * - Role load peaks: per role, its peak load ({@link rolePeaks}, the same figure as the Resources step and sheet) in the
 *   staffed plan when one is given, else of the selected projects at their planned starts.
 * - Projects at risk: Red then Amber, worst CPI first.
 */
import type { Portfolio } from "../portfolio/types";
import { roleLoad } from "../resources/load";
import { rolePeaks as peaksOf } from "../resources/peakLoad";
import type { AllocationProblem, AllocationResult } from "../resources/types";
import type { FrontierResult, SelectionResult } from "../selection/types";
import type { RagStatus } from "./rag";
import type { StatusReport } from "./statusReport";

export interface DashboardPeriod {
  readonly period: string;
  readonly pv: number;
  readonly ev: number;
  readonly ac: number;
}

export interface DashboardBudget {
  readonly limit: string;
  readonly amount: number;
  /** Spend of the selected portfolio on this limit (null without a selection). */
  readonly committed: number | null;
}

export interface DashboardRolePeak {
  readonly role: string;
  readonly peakMonth: string;
  readonly load: number;
  readonly capacity: number;
  /** load ÷ capacity; null when capacity is 0. */
  readonly utilisation: number | null;
}

export interface DashboardRisk {
  readonly project: string;
  readonly name: string;
  readonly rag: RagStatus;
  readonly cpi: number | null;
  readonly spi: number | null;
  readonly vac: number | null;
}

export interface DashboardSelection {
  readonly status: string;
  readonly objective: number;
  readonly gap: number | null;
  readonly valueLabel: string;
  readonly selected: readonly { readonly id: string; readonly name: string; readonly value: number; readonly cost: number }[];
}

export interface DashboardData {
  readonly title: string;
  readonly asOf: string | null;
  readonly currency: string;
  readonly totals: StatusReport["totals"];
  readonly thresholds: StatusReport["thresholds"];
  readonly periods: readonly DashboardPeriod[];
  readonly budgets: readonly DashboardBudget[];
  readonly rolePeaks: readonly DashboardRolePeak[];
  readonly roleUnit: string;
  /** Which plan the peaks are of: "the staffed plan" or "the selected projects at their planned starts". */
  readonly rolePlan?: string;
  readonly atRisk: readonly DashboardRisk[];
  readonly selection: DashboardSelection | null;
  readonly frontier: { readonly limit: string; readonly points: readonly { readonly budget: number; readonly objective: number; readonly count: number }[] } | null;
}

export interface DashboardInput {
  readonly portfolio: Portfolio;
  readonly status: StatusReport;
  /** Value per project (Projects order, on the value basis of valueLabel), for the selected projects' values. */
  readonly values?: readonly number[] | null;
  /** Months, capacity and demand at planned starts (the workflow's allocation problem), for the role load peaks without a staffed plan. */
  readonly plan?: AllocationProblem | null;
  readonly selection?: SelectionResult | null;
  readonly frontier?: FrontierResult | null;
  /** The staffed plan (Resources step), whose peaks the dashboard then shows. */
  readonly allocation?: { readonly problem: AllocationProblem; readonly result: AllocationResult } | null;
  readonly valueLabel?: string;
  readonly title?: string;
  /** Projects shown at risk (default 10). */
  readonly maxRisks?: number;
}

export function dashboardData(input: DashboardInput): DashboardData {
  const { portfolio, status, selection } = input;
  const names = new Map(portfolio.projects.map((p) => [p.id, p.name]));
  const byPeriod = new Map<string, { pv: number; ev: number; ac: number }>();
  for (const r of portfolio.status) {
    const t = byPeriod.get(r.period) ?? { pv: 0, ev: 0, ac: 0 };
    t.pv += r.pv;
    t.ev += r.ev;
    t.ac += r.ac;
    byPeriod.set(r.period, t);
  }
  const periods = [...byPeriod.keys()].sort().map((period) => ({ period, ...byPeriod.get(period)! }));
  const budgets = portfolio.limits.map((l) => ({ limit: l.name, amount: l.amount, committed: selection && selection.status !== "infeasible" ? selection.totals[l.name] ?? 0 : null }));
  const atRisk = status.projects
    .filter((p): p is typeof p & { rag: "Red" | "Amber" } => p.rag === "Red" || p.rag === "Amber")
    .slice(0, input.maxRisks ?? 10)
    .map((p) => ({ project: p.project, name: names.get(p.project) ?? p.name, rag: p.rag, cpi: p.cpi, spi: p.spi, vac: p.vac }));

  const chosen = selection && selection.status !== "infeasible" ? new Set(selection.selected) : null;
  const projectsById = new Map(portfolio.projects.map((p, i) => [p.id, { p, i }]));
  const values = input.values ?? null;
  return {
    title: input.title ?? "Portfolio steering dashboard",
    asOf: status.asOf,
    currency: portfolio.settings.currency,
    totals: status.totals,
    thresholds: status.thresholds,
    periods,
    budgets,
    ...rolePeaks(input.plan ?? null, chosen, input.allocation ?? null),
    atRisk,
    selection:
      selection && chosen
        ? {
            status: selection.status,
            objective: selection.objective,
            gap: selection.gap,
            valueLabel: input.valueLabel ?? "Value",
            selected: selection.selected.map((id) => {
              const found = projectsById.get(id);
              return { id, name: found?.p.name ?? id, value: found && values ? values[found.i]! : 0, cost: found?.p.cost ?? 0 };
            }),
          }
        : null,
    frontier: input.frontier
      ? { limit: input.frontier.limit, points: input.frontier.points.filter((p) => p.status !== "infeasible").map((p) => ({ budget: p.budget, objective: p.objective, count: p.count })) }
      : null,
  };
}

function rolePeaks(
  problem: AllocationProblem | null,
  chosen: ReadonlySet<string> | null,
  allocation: DashboardInput["allocation"],
): { rolePeaks: DashboardRolePeak[]; roleUnit: string; rolePlan?: string } {
  const shown = (problem: AllocationProblem, load: Readonly<Record<string, readonly number[]>>) =>
    peaksOf(problem, load).map((p) => ({ role: p.role, peakMonth: p.monthLabel, load: p.load, capacity: p.capacity, utilisation: p.utilisation }));
  if (allocation && allocation.result.status !== "infeasible") {
    return { rolePeaks: shown(allocation.problem, allocation.result.load), roleUnit: allocation.problem.unit ?? "", rolePlan: "the staffed plan" };
  }
  if (!problem) return { rolePeaks: [], roleUnit: "" };
  const schedule = problem.projects.filter((p) => !chosen || chosen.has(p.id)).map((p) => ({ id: p.id, start: p.start }));
  return { rolePeaks: shown(problem, roleLoad(problem, schedule).load), roleUnit: problem.unit ?? "", rolePlan: chosen ? "the selected projects at their planned starts" : "every project at its planned start" };
}
