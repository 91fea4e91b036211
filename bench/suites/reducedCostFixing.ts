/**
 * Issue 13's "reduced-cost fixing from a strong incumbent", measured: one HiGHS solve (the tuned settings,
 * the greedy start) against the same solve after fixing columns by the LP relaxation's reduced costs
 * (solveMilp's fixByReducedCosts), once against the greedy start (selectionStart) and once against the best value the plain
 * solve found (the strongest incumbent another worker could share). CPU seconds in this warmed-up process,
 * each instance's runs interleaved; 60 s wall limit per solve.
 */
import { markdownTable, type BenchSection } from "../benchSection";
import { benchInstances } from "../lib/instances";
import { buildSelectionModel, selectionStart } from "../../src/engine/selection";
import { selectionSolverOptions } from "../../src/engine/selection/selectionModel";
import { reducedBoundsFor, solveMilp, type MilpSolution } from "../../src/engine/milp";

const TIME_LIMIT = 60;
const cpuNow = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

interface Timed {
  readonly solution: MilpSolution;
  readonly cpu: number;
}

export async function run(): Promise<BenchSection> {
  const instances = benchInstances();
  // Warm-up: the first solves in a process run on baseline-tier WebAssembly.
  for (const inst of instances.slice(0, 3)) await solveMilp(buildSelectionModel(inst.problem).model, { timeLimitSeconds: 5 });
  const rows: (string | number)[][] = [];
  const data: unknown[] = [];
  for (const inst of instances) {
    const p = inst.problem;
    const { model, variableOf } = buildSelectionModel(p);
    // The start selectPortfolio gives HiGHS.
    const start = selectionStart(p);
    const initialSolution = new Map((start?.selected ?? []).map((id) => [variableOf.get(id)!, 1]));
    const solve = async (fix: boolean): Promise<Timed> => {
      const cpu0 = cpuNow();
      const solution = await solveMilp(model, { ...selectionSolverOptions(model), timeLimitSeconds: TIME_LIMIT, initialSolution, fixByReducedCosts: fix });
      return { solution, cpu: cpuNow() - cpu0 };
    };
    const plain = await solve(false);
    const fixed = await solve(true);
    // The strongest incumbent: the plain solve's answer as the start.
    const cpu0 = cpuNow();
    const best = await solveMilp(model, { ...selectionSolverOptions(model), timeLimitSeconds: TIME_LIMIT, initialSolution: plain.solution.values, fixByReducedCosts: true });
    const strong: Timed = { solution: best, cpu: cpuNow() - cpu0 };
    // How many columns each incumbent fixes (the same LP solve and fixing solveMilp does).
    const fixedCount = async (values: ReadonlyMap<string, number>) => (await reducedBoundsFor(model, values))?.fixed ?? NaN;
    const cell = (t: Timed) => `${t.solution.status === "optimal" ? "" : `${t.solution.status} `}${t.cpu.toFixed(2)}`;
    const nFixedStart = await fixedCount(initialSolution);
    const nFixedStrong = await fixedCount(plain.solution.values);
    rows.push([inst.name, model.variables.length, cell(plain), `${cell(fixed)} (${nFixedStart} fixed)`, `${cell(strong)} (${nFixedStrong} fixed)`]);
    data.push({ instance: inst.name, columns: model.variables.length, plain: summary(plain), fixedFromStart: { ...summary(fixed), fixed: nFixedStart }, fixedFromBest: { ...summary(strong), fixed: nFixedStrong } });
  }
  const markdown = [
    "CPU s of one HiGHS solve (tuned settings, greedy start), 60 s wall limit; a status is shown when not proven optimal.",
    "",
    markdownTable(["instance", "columns", "plain", "fixed from the greedy start", "fixed from the best value found"], rows),
  ].join("\n");
  return { title: "Reduced-cost fixing from an incumbent (issue 13)", markdown, data };
}

function summary(t: Timed) {
  return { status: t.solution.status, objective: t.solution.objective, cpuSeconds: t.cpu };
}
