/** `pmo-align allocate`: staff projects by role and month, optimally shifting starts. */
import { hiringNeeds, unstaffedReasons, withUnstaffedAtPlannedStart } from "../../engine/resources";
import { allocateResources } from "../../engine/resources";
import type { AllocationProblem, AllocationResult } from "../../engine/resources";
import { resourcesSheet } from "../../sheets/resourcesSheet";
import { statusText } from "../../sheets/selectionSheet";
import { CliUsageError, numberFlag, onePositional, stringFlag } from "../framework/args";
import { MAX_TIME_LIMIT_SECONDS } from "../framework/limits";
import { endProgress, solveProgress } from "../framework/progress";
import type { CliCommand, CliIO, ParsedArgs } from "../framework/command";
import { EXIT_INFEASIBLE, EXIT_OK } from "../framework/exitCodes";
import { isWorkbookPath, parseAllocationProblem, readJsonFile, resolvePath } from "../io/inputs";
import { formatTable } from "../framework/output";
import { loadPortfolio, printWarnings } from "../io/portfolioInput";
import { allocationPlan, defaultChoices } from "../../workflow";
import { writeWorkbook } from "../io/workbookFiles";
import { defaultOutPath, num, reportWritten } from "./common";

export const allocateCommand: CliCommand = {
  name: "allocate",
  summary: "Staff projects within role capacity per month, shifting starts for the most value",
  valueFlags: ["shift", "time-limit", "out"],
  booleanFlags: ["json"],
  help: [
    "Usage: pmo-align allocate <problem.json|workbook.xlsx> [--shift k|any] [--time-limit s] [--json] [--out result.xlsx]",
    "",
    "Chooses which projects to staff and when, so every role-month fits its capacity and the staffed",
    "value is largest; compares with the priority allocation (rank order at planned starts).",
    "",
    "Arguments:",
    "  problem.json    the allocate JSON problem (docs/cli.md): months, capacity, projects, maxShift, ...",
    "  workbook.xlsx   a template workbook (Projects, Capacity, Demand, Settings); writes a PMO Resources sheet",
    "",
    "Options:",
    "  --shift k|any   move starts by at most k months (0 = fixed starts), or anywhere in [earliest, latest]",
    "                  (default: the problem's maxShift / the workbook's Settings)",
    "  --time-limit s  stop after s seconds and report the proven gap (default 30)",
    "  --out file      result workbook (default out/<name>-allocated.xlsx; never the input)",
    "  --json          print the result as JSON",
    "",
    "Exit codes: 0 plan found, 1 bad input, 2 usage, 3 infeasible.",
    "",
    "Example:",
    "  pmo-align allocate sample-portfolio.xlsx --shift 1 --out out/staffed.xlsx",
  ].join("\n"),
  async run(args: ParsedArgs, io: CliIO): Promise<number> {
    const input = resolvePath(io.cwd, onePositional(args, "allocate", "a problem file (.json or .xlsx)"));
    const shift = shiftFlag(args);
    const timeLimit = numberFlag(args, "time-limit", "allocate", { min: 0.1, max: MAX_TIME_LIMIT_SECONDS });
    const outFlag = stringFlag(args, "out");
    const workbook = isWorkbookPath(input);
    let problem: AllocationProblem;
    let names: Record<string, string> | undefined;
    if (workbook) {
      const loaded = await loadPortfolio(input, { features: ["allocation"] });
      printWarnings(loaded.problems, io.err);
      const choices = defaultChoices(loaded.portfolio, shift !== undefined ? { maxShift: shift } : {});
      const plan = allocationPlan(loaded.portfolio, choices);
      for (const w of plan.warnings) io.err(`warning: ${w}`);
      ({ problem, names } = plan);
    } else {
      problem = parseAllocationProblem(readJsonFile(input), input);
    }
    if (shift !== undefined) problem = { ...problem, maxShift: shift };
    if (timeLimit !== undefined) problem = { ...problem, timeLimitSeconds: timeLimit };

    const result = await allocateResources(problem, solveProgress(io, "Staffing"));
    endProgress(io);
    const hiring = hiringNeeds(problem, withUnstaffedAtPlannedStart(problem, result.schedule));
    if (args.flags.json) io.out(JSON.stringify({ ...result, hiring, unstaffedReasons: unstaffedReasons(problem, result) }, null, 2));
    else printAllocation(io, problem, result, names);

    if (workbook || outFlag) {
      const out = outFlag ? resolvePath(io.cwd, outFlag) : defaultOutPath(io.cwd, input, "allocated");
      const spec = resourcesSheet({ problem, result, names, hiring: { needs: hiring, description: "staff every project at its planned start or chosen start" } });
      const report = await writeWorkbook(workbook ? input : null, out, [spec]);
      if (!args.flags.json) reportWritten(io, report);
    }
    return result.status === "infeasible" ? EXIT_INFEASIBLE : EXIT_OK;
  },
};

/** --shift k|any → maxShift (k ≥ 0 whole months, any = null). */
export function shiftFlag(args: ParsedArgs): number | null | undefined {
  const raw = stringFlag(args, "shift");
  if (raw === undefined) return undefined;
  if (raw === "any") return null;
  const k = numberFlag(args, "shift", "allocate", { min: 0, integer: true });
  if (k === undefined) throw new CliUsageError("option '--shift' expects a whole number of months or 'any'", "allocate");
  return k;
}

export function shiftWords(maxShift: number | null | undefined): string {
  if (maxShift === null) return "starts anywhere in their window";
  return maxShift ? `starts moved up to ±${maxShift} month${maxShift === 1 ? "" : "s"}` : "fixed starts";
}

/** Human summary: status, value against the priority allocation, moves, unstaffed, hiring. */
export function allocationSummary(problem: AllocationProblem, r: AllocationResult): string[] {
  const lines = [`Status: ${statusText(r.status, r.gap)} (${shiftWords(problem.maxShift)}, ${r.solveSeconds.toFixed(2)} s)`];
  if (r.status === "infeasible") return lines;
  const gain = r.objective - r.baseline.objective;
  lines.push(
    `Staffed value ${num(r.objective)} of ${num(problem.projects.reduce((s, p) => s + p.value, 0))}: ` +
      `${r.schedule.length} of ${problem.projects.length} projects; priority allocation ${num(r.baseline.objective)}` +
      (r.baseline.feasible === false ? " (breaks a portfolio rule: together, counts or funding-pool shares)" : gain > 1e-9 ? ` (+${num(gain)} from optimising)` : ""),
  );
  const moved = r.schedule.filter((s) => s.start !== s.plannedStart).length;
  lines.push(`Start shifts: ${moved} project${moved === 1 ? "" : "s"} moved`);
  return lines;
}

function printAllocation(io: CliIO, problem: AllocationProblem, r: AllocationResult, names?: Record<string, string>): void {
  for (const line of allocationSummary(problem, r)) io.out(line);
  if (r.status === "infeasible") return;
  const month = (t: number) => problem.months[t] ?? String(t);
  const byId = new Map(problem.projects.map((p) => [p.id, p]));
  const moved = r.schedule.filter((s) => s.start !== s.plannedStart);
  if (moved.length) {
    io.out("");
    const rows = moved.map((s) => [s.id, ...(names ? [names[s.id] ?? ""] : []), month(s.plannedStart), month(s.start), `${s.start > s.plannedStart ? "+" : ""}${s.start - s.plannedStart}`]);
    const cols = ["Project", ...(names ? ["Name"] : []), "Planned start", "New start", { header: "Shift", align: "right" as const }];
    for (const line of formatTable(cols, rows, { color: io.color })) io.out(line);
  }
  if (r.unstaffed.length) {
    io.out("");
    io.out(`Unstaffed: ${r.unstaffed.map((id) => `${id} (${num(byId.get(id)?.value ?? 0)})`).join(", ")}`);
    // The same sentence, derived from the model, as the PMO Resources sheet and the pane's banner.
    for (const reason of unstaffedReasons(problem, r)) io.out(`  ${reason.sentence}`);
  }
  const peaks = Object.entries(r.load)
    .map(([role, load]) => {
      const cap = problem.capacity[role] ?? [];
      const util = Math.max(0, ...load.map((l, t) => (cap[t] > 0 ? l / cap[t] : 0)));
      return `${role} ${Math.round(util * 100)}%`;
    })
    .join(", ");
  io.out(`Peak utilisation: ${peaks}`);
}

