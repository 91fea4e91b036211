/**
 * Builds the sample portfolio's tables as plain data, deterministically from a seed: the current planning
 * cycle (2027) and the previous one (2026) of the same portfolio. writeSampleWorkbook.ts turns them into
 * Excel tables; the headers come from template.ts so the sample can never drift from the parser.
 */
import {
  CAPACITY_TABLE,
  DEMAND_TABLE,
  DRIVERS_TABLE,
  IMPACT_SCALE_TABLE,
  JUDGEMENTS_TABLE,
  LIMITS_TABLE,
  PROJECTS_TABLE,
  SETTINGS_TABLE,
  STAKEHOLDERS_TABLE,
  STATUS_TABLE,
  type TemplateTable,
} from "../../src/engine/portfolio/template";
import { mulberry32 } from "../lib/mulberry32";
import {
  type CatalogueProject,
  CATEGORY_PRIOR,
  DEPENDS_ON,
  DRIVERS,
  EXCLUDES,
  FINISHED_PROJECTS,
  FORCED_IN,
  FORCED_OUT,
  IMPACT_VALUES,
  IMPACT_WORDS,
  JUDGEMENTS_UPPER,
  OWNERS,
  PREVIOUS_WEIGHTS,
  PROJECTS,
  ROLES,
  STAKEHOLDERS,
  STARTS_AFTER,
  TOGETHER,
} from "./catalogue";

export type SampleCell = string | number | Date | null | { readonly formula: string; readonly result: number };

export interface SampleTable {
  readonly name: string;
  readonly sheet: string;
  /** Top-left cell of the header row. */
  readonly at: string;
  /** Title written two rows above the table. */
  readonly title: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly SampleCell[])[];
  /** Excel number format per header. */
  readonly formats?: Readonly<Record<string, string>>;
}

export interface SampleCycle {
  readonly year: number;
  readonly tables: readonly SampleTable[];
}


class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

const roundTo = (x: number, step: number) => Math.round(x / step) * step;
const monthDate = (year: number, offset: number) => new Date(Date.UTC(year, offset, 1));
const monthEnd = (year: number, offset: number) => new Date(Date.UTC(year, offset + 1, 0));
const monthLabel = (year: number, offset: number) => {
  const d = monthDate(year, offset);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
};
const id = (index: number) => `P${String(index + 1).padStart(2, "0")}`;
const header = (table: TemplateTable, key: string) => table.columns.find((c) => c.key === key)!.name;
const headers = (table: TemplateTable, keys: readonly string[]) => keys.map((k) => header(table, k));

const HORIZON = 12;
/** Projects already under way in January (they have Status rows). */
const UNDER_WAY = new Set(["ERP upgrade", "Identity & access management", "Windows 11 rollout", "Security operations centre", "Marketing automation", "Cloud migration wave 2", "Service desk consolidation", "Supplier portal", "Network refresh"]);

export interface SampleProject {
  readonly id: string;
  readonly source: CatalogueProject;
  readonly owner: string;
  readonly capex: number;
  readonly opex: number;
  readonly benefit: number;
  readonly start: number;
  readonly duration: number;
  readonly earliest: number;
  readonly latest: number;
  readonly costOfDelay: number;
  readonly jobSize: number;
  /** Index into IMPACT_WORDS per driver. */
  readonly levels: readonly number[];
  readonly finalCost?: number;
  readonly benefitRealised?: number;
}

const COST_RANGE = { Run: [90_000, 650_000], Grow: [150_000, 950_000], Transform: [450_000, 2_400_000] } as const;
const CAPEX_SHARE = { Run: [0.3, 0.6], Grow: [0.5, 0.75], Transform: [0.6, 0.85] } as const;
const BENEFIT_MULTIPLE = { Run: [0.6, 1.8], Grow: [1.2, 3.4], Transform: [0.9, 3.8] } as const;
const DURATION = { Run: [3, 8], Grow: [4, 9], Transform: [6, 12] } as const;
const FIBONACCI = [1, 2, 3, 5, 8, 13, 20];

function makeProject(rng: Random, source: CatalogueProject, index: number, year: number): SampleProject {
  const c = source.category;
  const cost = roundTo(rng.float(COST_RANGE[c][0], COST_RANGE[c][1]), 5_000);
  const capex = roundTo(cost * rng.float(CAPEX_SHARE[c][0], CAPEX_SHARE[c][1]), 1_000);
  const benefit = roundTo(cost * rng.float(BENEFIT_MULTIPLE[c][0], BENEFIT_MULTIPLE[c][1]), 10_000);
  const duration = rng.int(DURATION[c][0], DURATION[c][1]);
  const start = UNDER_WAY.has(source.name) && year === 2027 ? 0 : rng.int(0, HORIZON - duration);
  const levels = CATEGORY_PRIOR[c].map((prior, d) => {
    let level = source.focus.includes(d) ? Math.max(prior, 3) + (rng.chance(0.45) ? 1 : 0) : prior;
    const noise = rng.float(0, 1);
    if (noise < 0.2) level -= 1;
    else if (noise > 0.85) level += 1;
    return Math.min(4, Math.max(0, level));
  });
  return {
    id: id(index),
    source,
    owner: rng.pick(OWNERS),
    capex,
    opex: cost - capex,
    benefit,
    start,
    duration,
    earliest: Math.max(0, start - rng.int(0, 2)),
    latest: Math.min(HORIZON - duration, start + rng.int(0, 3)),
    costOfDelay: Math.max(1, Math.round((benefit / 150_000) * rng.float(0.6, 1.4))),
    jobSize: FIBONACCI[Math.min(FIBONACCI.length - 1, Math.floor(Math.log2(cost / 60_000)))],
    levels,
  };
}

function driversTable(weights: readonly number[]): SampleTable {
  return {
    name: "Drivers",
    sheet: "Drivers",
    at: "A3",
    title: "Strategic drivers and their direct weights (any unit; normalised to 100%)",
    headers: headers(DRIVERS_TABLE, ["driver", "description", "weight"]),
    rows: DRIVERS.map((d, i) => [d.name, d.description, weights[i]]),
  };
}

/** Full matrix: upper triangle typed, diagonal 1, lower triangle as =1/x formulas of the mirrored cell. */
function comparisonsTable(upper: readonly (readonly number[])[]): SampleTable {
  const n = DRIVERS.length;
  const headerRow = 13;
  const cellOf = (i: number, j: number) => `${String.fromCharCode(66 + j)}${headerRow + 1 + i}`;
  const rows = DRIVERS.map((d, i) => [
    d.name,
    ...DRIVERS.map((_, j): SampleCell => {
      if (i === j) return 1;
      if (j > i) return upper[i][j - i - 1];
      return { formula: `1/${cellOf(j, i)}`, result: 1 / upper[j][i - j - 1] };
    }),
  ]);
  return {
    name: "DriverComparisons",
    sheet: "Drivers",
    at: `A${headerRow}`,
    title: "Pairwise comparisons (AHP): how much more important the row driver is than the column driver, 1–9; the lower triangle mirrors the upper",
    headers: ["Driver", ...DRIVERS.map((d) => d.name)],
    rows,
    formats: Object.fromEntries(DRIVERS.slice(0, n).map((d) => [d.name, "0.###"])),
  };
}

function projectsTable(projects: readonly SampleProject[], year: number, withOutcome: boolean): SampleTable {
  const byName = new Map(projects.map((p) => [p.source.name, p.id]));
  const related = (pairs: readonly (readonly [string, string])[], name: string) =>
    pairs
      .filter(([a]) => a === name)
      .map(([, b]) => byName.get(b))
      .filter((x): x is string => x !== undefined)
      .join(", ");
  const mutual = (pairs: readonly (readonly [string, string])[], name: string) =>
    pairs
      .flatMap(([a, b]) => (a === name ? [b] : b === name ? [a] : []))
      .map((b) => byName.get(b))
      .filter((x): x is string => x !== undefined)
      .join(", ");
  const keys = ["project", "name", "owner", "category", "cost", "benefit", "start", "duration", "earliestStart", "latestStart", "costOfDelay", "jobSize"];
  const tail = ["force", "dependsOn", "excludes", "together", "startsAfter", ...(withOutcome ? ["finalCost", "benefitRealised"] : [])];
  const hs = [...headers(PROJECTS_TABLE, keys.slice(0, 5)), "CapEx", "OpEx", ...headers(PROJECTS_TABLE, keys.slice(5)), ...DRIVERS.map((d) => d.name), ...headers(PROJECTS_TABLE, tail)];
  const rows = projects.map((p) => {
    const name = p.source.name;
    const force = FORCED_IN.includes(name) ? "In" : FORCED_OUT.includes(name) ? "Out" : null;
    const blank = (s: string) => (s === "" ? null : s);
    return [
      p.id,
      name,
      p.owner,
      p.source.category,
      p.capex + p.opex,
      p.capex,
      p.opex,
      p.benefit,
      monthDate(year, p.start),
      p.duration,
      monthDate(year, p.earliest),
      monthDate(year, p.latest),
      p.costOfDelay,
      p.jobSize,
      ...p.levels.map((l) => IMPACT_WORDS[l]),
      force,
      blank(related(DEPENDS_ON, name)),
      blank(mutual(EXCLUDES, name)),
      blank(mutual(TOGETHER, name)),
      blank(related(STARTS_AFTER, name)),
      ...(withOutcome ? [p.finalCost ?? null, p.benefitRealised ?? null] : []),
    ];
  });
  const money = "#,##0";
  return {
    name: "Projects",
    sheet: "Projects",
    at: "A3",
    title: `Candidate projects, planning cycle ${year} (impact words: ${IMPACT_WORDS.join(" / ")})`,
    headers: hs,
    rows,
    formats: {
      Cost: money,
      CapEx: money,
      OpEx: money,
      Benefit: money,
      Start: "yyyy-mm",
      "Earliest Start": "yyyy-mm",
      "Latest Start": "yyyy-mm",
      ...(withOutcome ? { "Final Cost": money, "Benefit Realised": money } : {}),
    },
  };
}

function limitsTable(projects: readonly SampleProject[]): SampleTable {
  const capex = projects.reduce((s, p) => s + p.capex, 0);
  const opex = projects.reduce((s, p) => s + p.opex, 0);
  return {
    name: "Limits",
    sheet: "Limits",
    at: "A3",
    title: "Cost limits: a row without Category is a limit's amount; rows with a Category are funding-pool shares of that limit",
    headers: headers(LIMITS_TABLE, ["limit", "amount", "category", "minShare", "maxShare"]),
    rows: [
      ["CapEx", roundTo(capex * 0.55, 100_000), null, null, null],
      ["OpEx", roundTo(opex * 0.6, 50_000), null, null, null],
      ["CapEx", null, "Run", 0.2, null],
      ["CapEx", null, "Transform", null, 0.45],
    ],
    formats: { Amount: "#,##0", "Min Share": "0%", "Max Share": "0%" },
  };
}

function capacityTable(year: number): SampleTable {
  const months = Array.from({ length: HORIZON }, (_, k) => monthLabel(year, k));
  const rows = ROLES.map((r) => [
    r.role,
    "FTE",
    r.rate,
    // Summer holidays in August and the December break reduce capacity.
    ...months.map((_, k) => roundTo(r.fte * (k === 7 ? 0.8 : k === 11 ? 0.9 : 1), 0.5)),
  ]);
  return {
    name: "Capacity",
    sheet: "Resources",
    at: "A3",
    title: `Capacity per role and month (FTE); Rate = cost of one FTE for one month`,
    headers: [...headers(CAPACITY_TABLE, ["role", "unit", "rate"]), ...months],
    rows,
    formats: { Rate: "#,##0" },
  };
}

/** Demand per role per month of each project: analysts and architects early, developers mid-life, testers late. */
function demandTable(projects: readonly SampleProject[], targetFteMonths: number): SampleTable {
  const totalCost = projects.reduce((s, p) => s + p.capex + p.opex, 0);
  const rows: SampleCell[][] = [];
  for (const p of projects) {
    const effort = ((p.capex + p.opex) / totalCost) * targetFteMonths;
    for (const r of ROLES) {
      const profile = Array.from({ length: p.duration }, (_, k) => {
        const x = (k + 0.5) / p.duration;
        if (r.role === "Analyst" || r.role === "Architect") return 1.6 - x * 1.2;
        if (r.role === "Tester") return 0.2 + x * 1.4;
        return 1 - Math.abs(x - 0.55);
      });
      const sum = profile.reduce((a, b) => a + b, 0);
      profile.forEach((weight, k) => {
        const fte = roundTo((effort * r.effortShare * weight) / sum, 0.5);
        if (fte > 0) rows.push([p.id, r.role, k, fte]);
      });
    }
  }
  return {
    name: "Demand",
    sheet: "Resources",
    at: "A10",
    title: "Demand per project, role and month of the project's life (offset 0 = its start month), in FTE",
    headers: headers(DEMAND_TABLE, ["project", "role", "monthOffset", "amount"]),
    rows,
  };
}

function statusTable(rng: Random, projects: readonly SampleProject[], year: number, periods: readonly number[], reported: (p: SampleProject) => boolean): SampleTable {
  const rows: SampleCell[][] = [];
  for (const p of projects) {
    if (!reported(p)) continue;
    const bac = p.capex + p.opex;
    const spiBase = rng.float(0.78, 1.06);
    const cpiBase = rng.float(0.8, 1.08);
    for (const period of periods) {
      if (period < p.start) continue;
      const elapsed = Math.min(p.duration, period - p.start + 1);
      const done = elapsed === p.duration;
      const pv = roundTo((bac * elapsed) / p.duration, 1_000);
      const spi = done ? 1 : Math.min(1, spiBase + rng.float(-0.03, 0.03));
      const ev = done ? bac : roundTo(pv * spi, 1_000);
      const ac = done && p.finalCost !== undefined ? p.finalCost : roundTo(ev / (cpiBase + rng.float(-0.03, 0.03)), 1_000);
      const forecastEnd = p.start + Math.ceil(p.duration / spi) - 1;
      rows.push([p.id, monthEnd(year, period), bac, pv, ev, ac, Math.round((ev / bac) * 100) / 100, monthDate(year, forecastEnd)]);
    }
  }
  return {
    name: "Status",
    sheet: "Status",
    at: "A3",
    title: "Earned-value status per project and reporting period",
    headers: headers(STATUS_TABLE, ["project", "period", "bac", "pv", "ev", "ac", "percentComplete", "forecastEnd"]),
    rows,
    formats: { Period: "yyyy-mm-dd", BAC: "#,##0", PV: "#,##0", EV: "#,##0", AC: "#,##0", "% Complete": "0%", "Forecast End": "yyyy-mm" },
  };
}

function settingsTables(): SampleTable[] {
  return [
    {
      name: "Settings",
      sheet: "Settings",
      at: "A3",
      title: "Options (see docs/template.md for every key)",
      headers: headers(SETTINGS_TABLE, ["key", "value"]),
      rows: [
        ["Value basis", "score"],
        ["Weights method", "direct"],
        ["Time limit seconds", 30],
        ["Max shift", 2],
        ["RAG green", 0.95],
        ["RAG amber", 0.85],
        ["Top k", 10],
        ["Currency", "EUR"],
      ],
    },
    {
      name: "ImpactScale",
      sheet: "Settings",
      at: "D3",
      title: "Impact scale (Project Online's default)",
      headers: headers(IMPACT_SCALE_TABLE, ["level", "value"]),
      rows: IMPACT_WORDS.map((w, i) => [w, IMPACT_VALUES[i]]),
    },
  ];
}

/** Fractions as text ("1/3"), as people type them: a decimal 0.333… would not survive a re-save by LibreOffice exactly. */
const typedJudgement = (x: number): SampleCell => (x >= 1 ? x : `1/${Math.round(1 / x)}`);

/** Stakeholders and their judgements, one row per stakeholder and pair (no random draws: the rest stays as it was). */
function groupTables(): SampleTable[] {
  const rows: SampleCell[][] = [];
  for (const s of STAKEHOLDERS) {
    if (!s.upper) continue;
    DRIVERS.forEach((d, i) => DRIVERS.slice(i + 1).forEach((e, k) => rows.push([s.name, d.name, e.name, typedJudgement(s.upper![i]![k]!)])));
  }
  return [
    {
      name: "Stakeholders",
      sheet: "Judgements",
      at: "A3",
      title: "Who weighs the drivers (Weight = voting power)",
      headers: headers(STAKEHOLDERS_TABLE, ["name", "role", "weight"]),
      rows: STAKEHOLDERS.map((s) => [s.name, s.role, s.weight]),
    },
    {
      // The same answers as stacked matrices (upper triangles), the layout =PMO.GROUPWEIGHTS reads.
      name: "StackedJudgements",
      sheet: "Judgements",
      at: "J3",
      title: "The same judgements as stacked matrices, one block of rows per stakeholder (for =PMO.GROUPWEIGHTS and =PMO.CONSENSUS)",
      headers: ["Stakeholder", "Driver", ...DRIVERS.map((d) => d.name)],
      rows: STAKEHOLDERS.flatMap((s) =>
        s.upper
          ? DRIVERS.map((d, i) => [s.name, d.name, ...DRIVERS.map((_, j): SampleCell => (j === i ? 1 : j > i ? typedJudgement(s.upper![i]![j - i - 1]!) : null))])
          : [],
      ),
    },
    {
      name: "Judgements",
      sheet: "Judgements",
      at: "E3",
      title: "Each stakeholder's pairwise judgements: how much more important Driver is than Compared with (1/9–9)",
      headers: headers(JUDGEMENTS_TABLE, ["stakeholder", "driver", "comparedWith", "value"]),
      rows,
    },
  ];
}

/** The current cycle (2027): 48 candidate projects. */
export function currentCycle(seed = 2027): { cycle: SampleCycle; projects: SampleProject[] } {
  const rng = new Random(seed);
  const projects = PROJECTS.map((p, i) => makeProject(rng, p, i, 2027));
  const tables = [
    driversTable(DRIVERS.map((d) => d.weight)),
    comparisonsTable(JUDGEMENTS_UPPER),
    projectsTable(projects, 2027, false),
    limitsTable(projects),
    capacityTable(2027),
    demandTable(projects, 440),
    statusTable(rng, projects, 2027, [0, 1, 2], (p) => UNDER_WAY.has(p.source.name)),
    ...settingsTables(),
    ...groupTables(),
  ];
  return { cycle: { year: 2027, tables }, projects };
}

/**
 * The previous cycle (2026) of the same portfolio: the first 32 projects were already candidates with their
 * first cost estimates, earlier benefit forecasts and some different ratings; 10 more projects finished during
 * 2026 and carry Final Cost and Benefit Realised.
 */
export function previousCycle(current: readonly SampleProject[], seed = 2026): SampleCycle {
  const rng = new Random(seed);
  const carried = current.slice(0, 32).map((p): SampleProject => {
    const estimate = rng.float(0.72, 0.98);
    const capex = roundTo(p.capex * estimate, 1_000);
    const opex = roundTo(p.opex * estimate, 1_000);
    return {
      ...p,
      capex,
      opex,
      benefit: roundTo(p.benefit * rng.float(0.9, 1.3), 10_000),
      levels: p.levels.map((l) => {
        const x = rng.float(0, 1);
        return Math.min(4, Math.max(0, x < 0.12 ? l - 1 : x > 0.88 ? l + 1 : l));
      }),
    };
  });
  const finished = FINISHED_PROJECTS.map((source, k) => {
    const p = makeProject(rng, source, current.length + k, 2026);
    const duration = Math.min(p.duration, 8);
    const start = rng.int(0, Math.min(3, HORIZON - duration));
    return {
      ...p,
      duration,
      start,
      earliest: start,
      latest: start,
      finalCost: roundTo((p.capex + p.opex) * rng.float(0.9, 1.45), 1_000),
      benefitRealised: roundTo(p.benefit * rng.float(0.45, 1.1), 10_000),
    };
  });
  const projects = [...carried, ...finished];
  const previousUpper = JUDGEMENTS_UPPER.map((row, i) => (i === 4 ? [2] : row));
  const tables = [
    driversTable(PREVIOUS_WEIGHTS),
    comparisonsTable(previousUpper),
    projectsTable(projects, 2026, true),
    limitsTable(projects),
    capacityTable(2026),
    demandTable(projects, 360),
    statusTable(rng, projects, 2026, [3, 4, 5], (p) => p.finalCost !== undefined),
    ...settingsTables(),
  ];
  return { year: 2026, tables };
}
