/**
 * An independent formulation for the CBC cross-checks: CPLEX LP text written straight from a problem's JSON
 * by its documented meaning (src/engine/selection/types.ts, src/engine/resources/types.ts,
 * docs/optimisation.md, docs/resources.md), sharing no code with src/engine's model builders. A modelling
 * mistake in the engine therefore shows up as a different optimum instead of passing on both sides.
 *
 * It is deliberately written differently from the engine's model where the meaning allows:
 * - category shares use two continuous spend variables (in the category, in total) instead of one row;
 * - allocation has a yes/no variable per project tied to its start variables by an equality, and
 *   finish-to-start links are big-M rows on the start month instead of the engine's per-month rows.
 */
import type { SelectionProblem } from "../../src/engine/selection/types";
import type { AllocationProblem } from "../../src/engine/resources/types";

/** Selection rules common to both problems: what applies to "project i is chosen". */
interface Rules {
  readonly limits?: Readonly<Record<string, number>>;
  readonly forceIn?: readonly string[];
  readonly forceOut?: readonly string[];
  readonly requires?: readonly (readonly [string, string])[];
  readonly together?: readonly (readonly string[])[];
  readonly exclusive?: readonly (readonly string[])[];
  readonly minProjects?: number;
  readonly maxProjects?: number;
  readonly categoryShares?: SelectionProblem["categoryShares"];
}

interface Project {
  readonly id: string;
  readonly costs?: Readonly<Record<string, number>>;
  readonly category?: string;
}

type Term = readonly [coefficient: number, variable: string];

/** Plain decimal (CBC's LP reader is happiest without exponents). */
function num(x: number): string {
  if (Number.isInteger(x)) return String(x);
  const fixed = Math.abs(x) >= 1e-4 ? x.toPrecision(15) : x.toFixed(20);
  return fixed.includes("e") ? x.toFixed(20) : fixed.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
}

class LpText {
  private readonly rows: string[] = [];
  private readonly binaries: string[] = [];
  private objective: Term[] = [];
  private count = 0;

  binary(name: string): string {
    this.binaries.push(name);
    return name;
  }

  maximise(terms: Term[]): void {
    this.objective = terms;
  }

  row(terms: Term[], sense: "<=" | ">=" | "=", rhs: number): void {
    this.rows.push(` r${++this.count}: ${expression(terms)} ${sense} ${num(rhs)}`);
  }

  text(): string {
    const chunks = (names: string[]) => Array.from({ length: Math.ceil(names.length / 10) }, (_, k) => ` ${names.slice(k * 10, k * 10 + 10).join(" ")}`);
    return ["Maximize", ` obj: ${expression(this.objective)}`, "Subject To", ...this.rows, "Binaries", ...chunks(this.binaries), "End", ""].join("\n");
  }
}

/** "3 a + 2 b - 1 c" with a line break every ten terms; "0 x" when there are none. */
function expression(terms: readonly Term[]): string {
  if (terms.length === 0) return "0 zero";
  return terms
    .map(([c, v], k) => `${k === 0 ? (c < 0 ? "- " : "") : c < 0 ? "- " : "+ "}${num(Math.abs(c))} ${v}${k % 10 === 9 ? "\n  " : ""}`)
    .join(" ");
}

/** Writes the selection rules over `chosen[i]`, a list of (coefficient, variable) terms meaning "project i is chosen". */
function writeRules(lp: LpText, projects: readonly Project[], rules: Rules, chosen: (i: number) => Term[]): void {
  const index = new Map(projects.map((p, i) => [p.id, i]));
  const at = (id: string): number => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`unknown project ${id}`);
    return i;
  };
  const scaled = (i: number, c: number): Term[] => chosen(i).map(([k, v]) => [k * c, v] as const);
  const all = projects.flatMap((_, i) => chosen(i));

  for (const [limit, amount] of Object.entries(rules.limits ?? {})) {
    lp.row(projects.flatMap((p, i) => scaled(i, p.costs?.[limit] ?? 0)).filter(([c]) => c !== 0), "<=", amount);
  }
  for (const id of rules.forceIn ?? []) lp.row(chosen(at(id)), "=", 1);
  for (const id of rules.forceOut ?? []) lp.row(chosen(at(id)), "=", 0);
  for (const [a, b] of rules.requires ?? []) lp.row([...chosen(at(a)), ...scaled(at(b), -1)], "<=", 0);
  for (const group of rules.together ?? []) {
    for (let k = 1; k < group.length; k++) lp.row([...chosen(at(group[k - 1]!)), ...scaled(at(group[k]!), -1)], "=", 0);
  }
  for (const group of rules.exclusive ?? []) lp.row(group.flatMap((id) => chosen(at(id))), "<=", 1);
  if (rules.minProjects !== undefined) lp.row(all, ">=", rules.minProjects);
  if (rules.maxProjects !== undefined) lp.row(all, "<=", rules.maxProjects);

  // A share is of the amount spent on the limit by the chosen projects: inside ≥ min · total, inside ≤ max · total.
  (rules.categoryShares ?? []).forEach((share, k) => {
    const inside = `share${k}_in`;
    const total = `share${k}_all`;
    const spend = (filter: (p: Project) => boolean): Term[] =>
      projects.flatMap((p, i) => (filter(p) ? scaled(i, p.costs?.[share.limit] ?? 0) : [])).filter(([c]) => c !== 0);
    lp.row([...spend((p) => p.category === share.category), [-1, inside]], "=", 0);
    lp.row([...spend(() => true), [-1, total]], "=", 0);
    if (share.min !== undefined) lp.row([[1, inside], [-share.min, total]], ">=", 0);
    if (share.max !== undefined) lp.row([[1, inside], [-share.max, total]], "<=", 0);
  });
}

/** CPLEX LP text for a selection problem, from its documented meaning. Variables `pick_i` (i = project index). */
export function independentSelectionLp(problem: SelectionProblem): string {
  const lp = new LpText();
  const pick = problem.projects.map((_, i) => lp.binary(`pick_${i}`));
  lp.maximise(problem.projects.map((p, i) => [p.value, pick[i]!] as const));
  writeRules(lp, problem.projects, problem, (i) => [[1, pick[i]!]]);
  for (const [role, capacity] of Object.entries(problem.roleCapacity ?? {})) {
    lp.row(problem.projects.map((p, i) => [p.roleDemand?.[role] ?? 0, pick[i]!] as const).filter(([c]) => c !== 0), "<=", capacity);
  }
  return lp.text();
}

/** The start months project p may take: inside its window, finishing in the horizon, within maxShift of its plan. */
export function allowedStarts(problem: AllocationProblem, p: AllocationProblem["projects"][number], maxShift: number | null): number[] {
  const horizon = problem.months.length;
  const earliest = p.earliestStart ?? 0;
  const latest = Math.min(p.latestStart ?? horizon - p.duration, horizon - p.duration);
  const starts: number[] = [];
  for (let s = earliest; s <= latest; s++) if (maxShift === null || Math.abs(s - p.start) <= maxShift) starts.push(s);
  return starts;
}

/**
 * CPLEX LP text for an allocation problem: `staff_i` (project i staffed) = Σ_s `start_i_s`; capacity per role and
 * month; finish-to-start as big-M rows on the start month. `maxShift` defaults to the problem's (absent = 0).
 */
export function independentAllocationLp(problem: AllocationProblem, maxShift: number | null = problem.maxShift === undefined ? 0 : problem.maxShift): string {
  const lp = new LpText();
  const horizon = problem.months.length;
  const staff = problem.projects.map((_, i) => lp.binary(`staff_${i}`));
  const starts = problem.projects.map((p, i) => allowedStarts(problem, p, maxShift).map((s) => ({ s, v: lp.binary(`start_${i}_${s}`) })));
  lp.maximise(problem.projects.map((p, i) => [p.value, staff[i]!] as const));
  starts.forEach((options, i) => lp.row([...options.map(({ v }) => [1, v] as const), [-1, staff[i]!]], "=", 0));

  for (const [role, capacity] of Object.entries(problem.capacity)) {
    for (let t = 0; t < horizon; t++) {
      const terms: Term[] = [];
      problem.projects.forEach((p, i) => {
        for (const { s, v } of starts[i]!) {
          const need = t >= s && t < s + p.duration ? (p.demand[role]?.[t - s] ?? 0) : 0;
          if (need !== 0) terms.push([need, v]);
        }
      });
      if (terms.length > 0) lp.row(terms, "<=", capacity[t]!);
    }
  }

  // B starts after A ends, when both are staffed: start(B) ≥ start(A) + d_A − M (2 − staff_A − staff_B).
  const index = new Map(problem.projects.map((p, i) => [p.id, i]));
  for (const [a, b] of problem.finishToStart ?? []) {
    const ia = index.get(a)!;
    const ib = index.get(b)!;
    const dA = problem.projects[ia]!.duration;
    const bigM = horizon + dA + 1;
    const startMonth = (i: number, sign: number): Term[] => starts[i]!.filter(({ s }) => s !== 0).map(({ s, v }) => [sign * s, v] as const);
    lp.row([...startMonth(ib, 1), ...startMonth(ia, -1), [-bigM, staff[ia]!], [-bigM, staff[ib]!]], ">=", dA - 2 * bigM);
  }

  writeRules(lp, problem.projects, problem, (i) => [[1, staff[i]!]]);
  return lp.text();
}
