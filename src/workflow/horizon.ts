/**
 * Demand inside the Capacity horizon. One rule for selection and allocation: a project that runs past the
 * last Capacity month is planned with its demand cut at the horizon, and a warning says so.
 */
import type { Portfolio, PortfolioProject } from "../engine/portfolio";

/** Per project, per role: demand per month of its life (length = duration). Repeated rows add up. */
export function demandArrays(portfolio: Portfolio): Map<string, Record<string, number[]>> {
  const durations = new Map(portfolio.projects.map((p) => [p.id, p.duration]));
  const out = new Map<string, Record<string, number[]>>();
  for (const d of portfolio.demand) {
    const duration = durations.get(d.project);
    if (duration === undefined || d.monthOffset >= duration) continue;
    const byRole = out.get(d.project) ?? {};
    const row = (byRole[d.role] ??= new Array<number>(duration).fill(0));
    row[d.monthOffset] += d.amount;
    out.set(d.project, byRole);
  }
  return out;
}

/** Months of the project inside the Capacity horizon from its planned start (its full duration without Capacity). */
export function plannedDuration(portfolio: Portfolio, p: PortfolioProject): number {
  if (!portfolio.horizon.fromCapacity) return p.duration;
  return Math.max(0, Math.min(p.duration, portfolio.horizon.months.length - p.start));
}

/** demandArrays cut at the Capacity horizon (each array as long as plannedDuration). */
export function horizonDemand(portfolio: Portfolio): Map<string, Record<string, number[]>> {
  const full = demandArrays(portfolio);
  if (!portfolio.horizon.fromCapacity) return full;
  const out = new Map<string, Record<string, number[]>>();
  for (const p of portfolio.projects) {
    const byRole = full.get(p.id);
    if (!byRole) continue;
    const months = plannedDuration(portfolio, p);
    out.set(p.id, Object.fromEntries(Object.entries(byRole).map(([role, row]) => [role, row.slice(0, months)])));
  }
  return out;
}

/** Per project, per role: total demand inside the horizon (unit-months). */
export function totalDemand(portfolio: Portfolio): Map<string, Record<string, number>> {
  const out = new Map<string, Record<string, number>>();
  for (const [id, byRole] of horizonDemand(portfolio)) {
    out.set(id, Object.fromEntries(Object.entries(byRole).map(([role, row]) => [role, row.reduce((a, b) => a + b, 0)])));
  }
  return out;
}

/** One sentence per project that runs past the Capacity horizon (only with a Capacity table). */
export function horizonWarnings(portfolio: Portfolio): string[] {
  const { months, fromCapacity } = portfolio.horizon;
  if (!fromCapacity || months.length === 0) return [];
  const last = months[months.length - 1]!;
  return portfolio.projects
    .filter((p) => p.start >= 0 && p.start < months.length && p.start + p.duration > months.length)
    .map((p) => {
      const over = p.start + p.duration - months.length;
      return `Project ${p.id} runs ${over} month${over === 1 ? "" : "s"} past the Capacity table (which ends ${last}): its demand after ${last} is left out of selection and the resource plan.`;
    });
}
