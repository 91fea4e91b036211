/** `pmo-align select` and `pmo-align frontier`: the optimal portfolio within limits, and value by budget. */
import type { ValueBasis } from "../../engine/portfolio";
import { getHighs } from "../../engine/milp";
import { efficientFrontier, selectPortfolio } from "../../engine/selection";
import type { FrontierResult, SelectionProblem, SelectionResult } from "../../engine/selection";
import { selectionReasons } from "../../sheets/selectionReasons";
import { selectionSheet, statusText } from "../../sheets/selectionSheet";
import { choiceFlag, CliUsageError, numberFlag, onePositional, stringFlag } from "../framework/args";
import { MAX_FRONTIER_LEVELS, MAX_TIME_LIMIT_SECONDS } from "../framework/limits";
import { endProgress, solveProgress } from "../framework/progress";
import type { CliCommand, CliIO, ParsedArgs } from "../framework/command";
import { EXIT_INFEASIBLE, EXIT_OK } from "../framework/exitCodes";
import { isWorkbookPath, parseSelectionProblem, readJsonFile, resolvePath } from "../io/inputs";
import { formatTable } from "../framework/output";
import { loadPortfolio, printWarnings } from "../io/portfolioInput";
import { defaultChoices, selectionPlan } from "../../workflow";
import { writeWorkbook } from "../io/workbookFiles";
import { defaultOutPath, num, reportWritten } from "./common";
import { machineWorkers, prepareHighs, threadSolver } from "../../worker/node/threadSolver";

export const VALUE_BASES: readonly ValueBasis[] = ["score", "benefit", "scoreTimesBenefit"];

interface LoadedSelection {
  readonly problem: SelectionProblem;
  readonly names?: Record<string, string>;
  readonly valueLabel: string;
  readonly workbook: boolean;
  readonly input: string;
}

async function loadSelection(args: ParsedArgs, io: CliIO, command: string): Promise<LoadedSelection> {
  const input = resolvePath(io.cwd, onePositional(args, command, "a problem file (.json or .xlsx)"));
  const value = choiceFlag(args, "value", command, VALUE_BASES);
  const timeLimit = numberFlag(args, "time-limit", command, { min: 0.1, max: MAX_TIME_LIMIT_SECONDS });
  let loaded: LoadedSelection;
  if (isWorkbookPath(input)) {
    const { portfolio, problems } = await loadPortfolio(input, { features: ["selection"], ...(value ? { valueBasis: value } : {}) });
    printWarnings(problems, io.err);
    const plan = selectionPlan(portfolio, defaultChoices(portfolio, value ? { valueBasis: value } : {}));
    for (const note of plan.notes) io.err(`note: ${note}`);
    loaded = { problem: plan.problem, names: plan.names, valueLabel: plan.valueLabel, workbook: true, input };
  } else {
    if (value) throw new CliUsageError("option '--value' applies to workbooks; a JSON problem carries its own values", command);
    loaded = { problem: parseSelectionProblem(readJsonFile(input), input), valueLabel: "Value", workbook: false, input };
  }
  if (timeLimit !== undefined) loaded = { ...loaded, problem: { ...loaded.problem, timeLimitSeconds: timeLimit } };
  return loaded;
}

const COMMON_HELP = [
  "Arguments:",
  '  problem.json    {"projects": [{"id", "value", "costs": {...}, "category"}], "limits": {...}, "forceIn",',
  '                  "forceOut", "requires", "together", "exclusive", ...} (docs/cli.md)',
  "  workbook.xlsx   a template workbook (Projects, Limits, Settings); writes a PMO Selection sheet",
];

export const selectCommand: CliCommand = {
  name: "select",
  summary: "The portfolio with the most value within cost limits and constraints (proven optimal)",
  valueFlags: ["time-limit", "out", "value"],
  booleanFlags: ["json"],
  help: [
    "Usage: pmo-align select <problem.json|workbook.xlsx> [--time-limit s] [--json] [--out result.xlsx] [--value score|benefit|scoreTimesBenefit]",
    "",
    "Selects projects to maximise total value within every limit, forced decisions and dependencies,",
    "and compares with rank-and-cut and value-per-cost greedy. Infeasible problems are explained.",
    "",
    ...COMMON_HELP,
    "",
    "Options:",
    "  --value v       workbook only: value to maximise (score, benefit, scoreTimesBenefit; default from Settings)",
    "  --time-limit s  stop after s seconds and report the proven gap (default 30)",
    "  --out file      result workbook (default out/<name>-selected.xlsx; never the input)",
    "  --json          print {status, objective, selected, gap, bound, conflicts, baselines, totals, ...}",
    "",
    "Exit codes: 0 solved, 1 bad input, 2 usage, 3 infeasible.",
    "",
    "Example:",
    "  pmo-align select problem.json --json",
  ].join("\n"),
  async run(args: ParsedArgs, io: CliIO): Promise<number> {
    // One core: today's single solve in this process; more: parallel strategies in worker threads. Either way
    // highs.wasm compiles while the input is read, once (the threads share this thread's module); a failure
    // resurfaces at the solve.
    const threads = machineWorkers() >= 2;
    const prepared = threads ? prepareHighs().catch(() => undefined) : getHighs().catch(() => undefined);
    const loaded = await loadSelection(args, io, "select");
    await prepared;
    const parallel = threads ? threadSolver() : null;
    const result = await selectPortfolio(loaded.problem, { ...solveProgress(io, "Selecting"), ...(parallel ? { parallel } : {}) }).finally(() => parallel?.close());
    endProgress(io);
    const why = Object.fromEntries(selectionReasons(loaded.problem, result));
    if (args.flags.json) io.out(JSON.stringify({ ...result, why }, null, 2));
    else printSelection(io, loaded, result);
    await writeSelectionSheet(args, io, loaded, result, null, "selected");
    return result.status === "infeasible" ? EXIT_INFEASIBLE : EXIT_OK;
  },
};

export const frontierCommand: CliCommand = {
  name: "frontier",
  summary: "Efficient frontier: the best value at each budget of one limit",
  valueFlags: ["levels", "limit", "time-limit", "out", "value"],
  booleanFlags: ["json"],
  help: [
    "Usage: pmo-align frontier <problem.json|workbook.xlsx> [--levels n] [--limit name] [--time-limit s] [--json] [--out result.xlsx]",
    "",
    "Solves the selection at evenly spaced budgets of one limit (from the cheapest feasible spend to the",
    "total cost), each point optimal or with its gap, and marks where the chosen set changes.",
    "",
    ...COMMON_HELP,
    "",
    "Options:",
    "  --levels n      number of budgets (default 20, at least 2)",
    "  --limit name    the limit to vary (default: the first limit)",
    "  --value v       workbook only: value to maximise (score, benefit, scoreTimesBenefit)",
    "  --time-limit s  time limit per point in seconds (default 30)",
    "  --out file      result workbook with PMO Selection and the frontier (default out/<name>-frontier.xlsx)",
    "  --json          print {limit, points: [{budget, status, objective, gap, count, selected, changed}]}",
    "",
    "Example:",
    "  pmo-align frontier problem.json --levels 10 --limit capex",
  ].join("\n"),
  async run(args: ParsedArgs, io: CliIO): Promise<number> {
    const levels = numberFlag(args, "levels", "frontier", { min: 2, max: MAX_FRONTIER_LEVELS, integer: true });
    getHighs().catch(() => undefined);
    const loaded = await loadSelection(args, io, "frontier");
    const limit = stringFlag(args, "limit");
    const limits = Object.keys(loaded.problem.limits);
    if (limit !== undefined && !limits.includes(limit)) {
      throw new CliUsageError(`option '--limit' names '${limit}', which is not a limit of this problem (limits: ${limits.join(", ") || "none"})`, "frontier");
    }
    if (!limits.length) throw new CliUsageError("the problem has no limits to vary", "frontier");
    const frontier = await efficientFrontier(loaded.problem, { ...(limit ? { limit } : {}), ...(levels ? { levels } : {}), ...solveProgress(io, "Frontier") });
    endProgress(io);
    if (args.flags.json) io.out(JSON.stringify(frontier, null, 2));
    else printFrontier(io, frontier);
    if (loaded.workbook || stringFlag(args, "out")) {
      const result = await selectPortfolio(loaded.problem, solveProgress(io, "Selecting"));
      endProgress(io);
      await writeSelectionSheet(args, io, loaded, result, frontier, "frontier");
    }
    return EXIT_OK;
  },
};

async function writeSelectionSheet(
  args: ParsedArgs,
  io: CliIO,
  loaded: LoadedSelection,
  result: SelectionResult,
  frontier: FrontierResult | null,
  suffix: string,
): Promise<void> {
  const outFlag = stringFlag(args, "out");
  if (!loaded.workbook && !outFlag) return;
  const out = outFlag ? resolvePath(io.cwd, outFlag) : defaultOutPath(io.cwd, loaded.input, suffix);
  const spec = selectionSheet({ problem: loaded.problem, result, valueLabel: loaded.valueLabel, names: loaded.names, frontier });
  const report = await writeWorkbook(loaded.workbook ? loaded.input : null, out, [spec]);
  if (!args.flags.json) reportWritten(io, report);
}

/** Status, value, spend against limits, baselines: the lines the demo prints too. */
export function selectionSummary(problem: SelectionProblem, r: SelectionResult, valueLabel: string): string[] {
  const lines = [`Status: ${statusText(r.status, r.gap)} (${r.solveSeconds.toFixed(2)} s)`];
  if (r.status === "infeasible") {
    lines.push("No portfolio meets every constraint:");
    for (const c of r.conflicts) lines.push(`  - ${c.message}`);
    return lines;
  }
  lines.push(`${valueLabel} ${num(r.objective)} with ${r.selected.length} of ${problem.projects.length} projects`);
  const spend = Object.entries(problem.limits).map(([l, amount]) => {
    const spent = r.totals[l] ?? 0;
    return `${l} ${num(spent)} of ${num(amount)} (${amount > 0 ? Math.round((spent / amount) * 100) : 0}%)`;
  });
  if (spend.length) lines.push(`Spend: ${spend.join(", ")}`);
  if (r.baselines) {
    const { rankAndCut, greedy } = r.baselines;
    // A heuristic that breaks a rule is no alternative, so nothing is said of the value it "leaves".
    const b = (x: typeof rankAndCut, name: string) => {
      const notes = x.feasible ? (x.valueLeftOnTable > 1e-9 ? [`leaves ${num(x.valueLeftOnTable)}`] : []) : ["breaks a constraint"];
      return `${name} ${num(x.objective)}${notes.length ? ` (${notes.join(", ")})` : ""}`;
    };
    lines.push(`Baselines: ${b(rankAndCut, "rank-and-cut")}; ${b(greedy, "value-per-cost greedy")}`);
  }
  return lines;
}

function printSelection(io: CliIO, loaded: LoadedSelection, r: SelectionResult): void {
  const { problem } = loaded;
  for (const line of selectionSummary(problem, r, loaded.valueLabel)) io.out(line);
  if (r.status === "infeasible") return;
  const limits = Object.keys(problem.limits);
  const chosen = new Set(r.selected);
  const names = loaded.names;
  const rows = problem.projects
    .filter((p) => chosen.has(p.id))
    .sort((a, b) => b.value - a.value)
    .map((p) => [p.id, ...(names ? [names[p.id] ?? ""] : []), num(p.value), ...limits.map((l) => num(p.costs[l] ?? 0))]);
  const right = (header: string) => ({ header, align: "right" as const });
  const headers = ["Project", ...(names ? ["Name"] : []), right(loaded.valueLabel), ...limits.map(right)];
  io.out("");
  for (const line of formatTable(headers, rows, { color: io.color })) io.out(line);
}

function printFrontier(io: CliIO, f: FrontierResult): void {
  io.out(`Efficient frontier over ${f.limit}`);
  io.out("");
  const rows = f.points.map((p) => [num(p.budget), num(p.objective), String(p.count), p.status, p.gap === null ? "" : `${(p.gap * 100).toFixed(2)}%`, p.changed ? "yes" : ""]);
  const cols = [
    { header: `Budget (${f.limit})`, align: "right" as const },
    { header: "Best value", align: "right" as const },
    { header: "Projects", align: "right" as const },
    "Status",
    { header: "Gap", align: "right" as const },
    "Set changed",
  ];
  for (const line of formatTable(cols, rows, { color: io.color })) io.out(line);
}
