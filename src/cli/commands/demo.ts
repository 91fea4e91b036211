/**
 * `pmo-align demo`: the README's main job. Scores the bundled sample workbook, selects the portfolio,
 * staffs it with ±1 month start shifting, runs the extra demo sections (monitoring, robustness, dashboard and
 * report, cycle review) and writes every PMO sheet into out/sample-portfolio-results.xlsx.
 */
import * as path from "path";
import { hiringNeeds, withUnstaffedAtPlannedStart } from "../../engine/resources";
import { allocateResources } from "../../engine/resources";
import { selectPortfolio } from "../../engine/selection";
import { rankingSheet } from "../../sheets/rankingSheet";
import { resourcesSheet } from "../../sheets/resourcesSheet";
import { selectionSheet } from "../../sheets/selectionSheet";
import type { SheetSpec } from "../../sheets/sheetSpec";
import { stringFlag } from "../framework/args";
import type { CliCommand, CliIO, ParsedArgs } from "../framework/command";
import { DEMO_REPORT } from "../demo/dashboardDemoSection";
import { demoSections } from "../demo/demoSections";
import { EXIT_OK } from "../framework/exitCodes";
import { resolvePath } from "../io/inputs";
import { bold } from "../framework/output";
import { sampleWorkbookPath } from "../io/paths";
import { loadPortfolio, printWarnings } from "../io/portfolioInput";
import { allocationPlan, defaultChoices, rankPortfolio, selectionPlan, VALUE_LABELS } from "../../workflow";
import { writeWorkbook } from "../io/workbookFiles";
import { allocationSummary } from "./allocate";
import { reportWritten } from "./common";
import { rankingLines } from "./score";
import { selectionSummary } from "./select";

export const DEMO_TOP = 15;
export const DEMO_RESULTS = "sample-portfolio-results.xlsx";
/** Demo solves stop here at the latest, so the demo stays well under a minute. */
const DEMO_TIME_LIMIT_SECONDS = 15;

export const demoCommand: CliCommand = {
  name: "demo",
  summary: "The whole workflow on the bundled sample: score, select, staff, monitor, robustness, report, review; results in out/",
  valueFlags: ["out"],
  booleanFlags: [],
  help: [
    "Usage: pmo-align demo [--out dir]",
    "",
    "Runs the whole workflow on the bundled assets/sample-portfolio.xlsx:",
    "  1. driver weights and alignment scores, the top 15 projects",
    "  2. the optimal portfolio within the CapEx/OpEx limits, against rank-and-cut and greedy",
    "  3. staffing by role and month with starts moved up to ±1 month",
    "  4. delivery status from the Status table (earned value, RAG)",
    "  5. robustness: the weight change that flips the top 10, Monte Carlo probability of staying in it",
    "  6. the steering dashboard and the stakeholder report (HTML and PDF)",
    "  7. review against the previous planning cycle: biggest movers and why, estimate accuracy, benefits",
    `and writes PMO Ranking, Selection, Resources, Status, Robustness, Dashboard and Review to <dir>/${DEMO_RESULTS}`,
    `and the report to <dir>/${DEMO_REPORT}.html and .pdf.`,
    "",
    "Options:",
    "  --out dir   output folder (default: out, under the current folder)",
    "",
    "Example:",
    "  pmo-align demo --out /tmp/pmo",
  ].join("\n"),
  async run(args: ParsedArgs, io: CliIO): Promise<number> {
    const started = Date.now();
    const input = sampleWorkbookPath();
    const outDir = resolvePath(io.cwd, stringFlag(args, "out") ?? "out");
    const heading = (s: string) => {
      io.out("");
      io.out(bold(s, io.color));
    };

    const { portfolio, problems } = await loadPortfolio(input);
    printWarnings(problems, io.err);
    io.out(`PMO Align demo: ${path.basename(input)}, ${portfolio.projects.length} projects, ${portfolio.drivers.length} drivers, ${portfolio.capacity.length} roles, ${portfolio.horizon.months.length} months`);

    heading(`1. Strategic alignment: top ${DEMO_TOP} of ${portfolio.projects.length}`);
    const ranking = rankPortfolio(portfolio);
    const scores = ranking.detail;
    for (const line of rankingLines(portfolio, scores, DEMO_TOP, io.color)) io.out(line);

    const basis = portfolio.settings.valueBasis;
    heading(`2. Portfolio selection (maximise ${VALUE_LABELS[basis].toLowerCase()})`);
    // The demo's choices: the workbook's, with a shorter time limit and starts free to move ±1 month.
    const choices = defaultChoices(portfolio, { timeLimitSeconds: DEMO_TIME_LIMIT_SECONDS, maxShift: 1 });
    const selectionProblem = selectionPlan(portfolio, choices, null, ranking).problem;
    const selection = await selectPortfolio(selectionProblem);
    for (const line of selectionSummary(selectionProblem, selection, VALUE_LABELS[basis])) io.out(line);

    heading("3. Resource allocation (starts moved up to ±1 month)");
    const allocationProblem = allocationPlan(portfolio, choices, null, null, ranking).problem;
    const allocation = await allocateResources(allocationProblem);
    for (const line of allocationSummary(allocationProblem, allocation)) io.out(line);
    const moved = allocation.schedule.filter((s) => s.start !== s.plannedStart);
    const month = (t: number) => allocationProblem.months[t] ?? String(t);
    if (moved.length) io.out(`Shifts: ${moved.map((s) => `${s.id} ${month(s.plannedStart)} → ${month(s.start)}`).join(", ")}`);
    if (allocation.unstaffed.length) io.out(`Unstaffed: ${allocation.unstaffed.join(", ")}`);

    const names = selectionPlan(portfolio, choices, null, ranking).names;
    const hiring = hiringNeeds(allocationProblem, withUnstaffedAtPlannedStart(allocationProblem, allocation.schedule));
    const sheets: SheetSpec[] = [
      rankingSheet(ranking.sheet),
      selectionSheet({ problem: selectionProblem, result: selection, valueLabel: VALUE_LABELS[basis], names }),
      resourcesSheet({ problem: allocationProblem, result: allocation, names, hiring: { needs: hiring, description: "staff the unstaffed projects at their planned starts too" } }),
    ];

    let step = 4;
    if (!demoSections.length) {
      heading(`${step}. Monitoring`);
      io.out("Monitoring summary not available in this build.");
    }
    for (const section of demoSections) {
      heading(`${step++}. ${section.title}`);
      const output = await section.run({
        input,
        outDir,
        warn: io.err,
        portfolio,
        scores,
        selection: { problem: selectionProblem, result: selection },
        allocation: { problem: allocationProblem, result: allocation },
      });
      for (const line of output.lines) io.out(line);
      sheets.push(...(output.sheets ?? []));
    }

    io.out("");
    const report = await writeWorkbook(input, path.join(outDir, DEMO_RESULTS), sheets);
    reportWritten(io, report);
    io.out(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    return EXIT_OK;
  },
};
