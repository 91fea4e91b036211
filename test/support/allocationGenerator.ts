/**
 * Seeded generator of realistic staffing problems for the benchmark and the CBC cross-check.
 * Eight roles with typical project profiles (analysts and architects early, developers through the
 * middle, testers and operations late, a project manager throughout), durations 3–12 months, values
 * skewed like real benefit estimates, planned starts spread over the horizon and capacity set so that
 * the plan as submitted asks for about `overload` × what the teams can give.
 */
import type { AllocationProblem, AllocationProject } from "../../src/engine/resources/types";
import { mulberry32 } from "../../scripts/lib/mulberry32";

export interface GeneratorOptions {
  readonly projects: number;
  readonly months: number;
  /** 1..8 roles. */
  readonly roles?: number;
  readonly maxShift: number | null;
  readonly seed: number;
  /** Demand at planned starts ÷ capacity (default 1.3). */
  readonly overload?: number;
  /** Months either side of the planned start that the window allows (default 3). */
  readonly windowSlack?: number;
  /** Shortest and longest project in months (default 3..12, capped by the horizon). */
  readonly durations?: readonly [number, number];
}


/** Role, how often a project needs it, peak FTE range, and where in the project's life it peaks (0..1). */
const ROLES: readonly { name: string; share: number; peak: [number, number]; centre: number; width: number }[] = [
  { name: "PM", share: 1, peak: [0.2, 0.6], centre: 0.5, width: 10 },
  { name: "BA", share: 0.8, peak: [0.5, 1.5], centre: 0.15, width: 0.35 },
  { name: "Architect", share: 0.5, peak: [0.3, 1], centre: 0.2, width: 0.3 },
  { name: "Dev", share: 0.9, peak: [1, 4], centre: 0.55, width: 0.35 },
  { name: "QA", share: 0.8, peak: [0.5, 2], centre: 0.8, width: 0.25 },
  { name: "Data", share: 0.35, peak: [0.5, 1.5], centre: 0.5, width: 0.4 },
  { name: "UX", share: 0.3, peak: [0.3, 1], centre: 0.3, width: 0.3 },
  { name: "Ops", share: 0.5, peak: [0.3, 1.2], centre: 0.95, width: 0.2 },
];

export function generateAllocationProblem(o: GeneratorOptions): AllocationProblem {
  const rnd = mulberry32(o.seed);
  const between = (lo: number, hi: number) => lo + (hi - lo) * rnd();
  const roles = ROLES.slice(0, o.roles ?? 8);
  const slack = o.windowSlack ?? 3;
  const [dMin, dMax] = o.durations ?? [3, 12];
  const projects: AllocationProject[] = [];
  for (let i = 0; i < o.projects; i++) {
    const duration = Math.min(o.months, Math.round(between(dMin, dMax)));
    const start = Math.floor(rnd() * (o.months - duration + 1));
    const demand: Record<string, number[]> = {};
    for (const role of roles) {
      if (rnd() > role.share) continue;
      const peak = between(role.peak[0], role.peak[1]);
      demand[role.name] = Array.from({ length: duration }, (_, k) => {
        const x = duration === 1 ? 0.5 : k / (duration - 1);
        const bell = Math.exp(-(((x - role.centre) / role.width) ** 2));
        return Math.round(peak * bell * 10) / 10;
      });
    }
    const size = Object.values(demand).reduce((a, row) => a + row.reduce((x, y) => x + y, 0), 0);
    // Value grows with size, times a lognormal-ish factor: a few projects are worth far more than most.
    const value = Math.round(size * Math.exp(between(-0.7, 0.7) + between(-0.7, 0.7)) * 10);
    projects.push({
      id: `P${String(i + 1).padStart(4, "0")}`,
      value: Math.max(1, value),
      duration,
      start,
      earliestStart: Math.max(0, start - slack),
      latestStart: Math.min(o.months - duration, start + slack),
      demand,
    });
  }
  const capacity: Record<string, number[]> = {};
  for (const role of roles) {
    const planned = new Array<number>(o.months).fill(0);
    for (const p of projects) p.demand[role.name]?.forEach((d, k) => (planned[p.start + k] += d));
    const average = planned.reduce((a, b) => a + b, 0) / o.months;
    // Flat team size (whole FTE) at average planned demand ÷ overload.
    const team = Math.max(1, Math.round(average / (o.overload ?? 1.3)));
    capacity[role.name] = new Array<number>(o.months).fill(team);
  }
  return {
    months: Array.from({ length: o.months }, (_, t) => `${2027 + Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, "0")}`),
    capacity,
    unit: "FTE",
    projects,
    maxShift: o.maxShift,
  };
}
