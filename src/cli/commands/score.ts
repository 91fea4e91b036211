/** `pmo-align score`: alignment scores and ranking of a template workbook, written as PMO Ranking. */
import { statedBenefit, type PortfolioScores } from "../../engine/portfolio";
import type { Portfolio, WeightsMethod } from "../../engine/portfolio";
import { rankingSheet } from "../../sheets/rankingSheet";
import { CliUsageError, choiceFlag, onePositional, stringFlag } from "../framework/args";
import type { CliCommand, CliIO, ParsedArgs } from "../framework/command";
import { EXIT_OK } from "../framework/exitCodes";
import { isWorkbookPath, resolvePath } from "../io/inputs";
import { formatTable } from "../framework/output";
import { loadPortfolio, printWarnings } from "../io/portfolioInput";
import { rankPortfolio, weightsSource } from "../../workflow";
import { writeWorkbook } from "../io/workbookFiles";
import { defaultOutPath, num, reportWritten } from "./common";
import { consistencyLine } from "./weights";

const METHOD_CHOICES = ["direct", "ahp", "eigenvector", "geometric"] as const;

export const scoreCommand: CliCommand = {
  name: "score",
  summary: "Alignment scores and ranking of a workbook's projects, written as a PMO Ranking sheet",
  valueFlags: ["out", "method"],
  booleanFlags: ["json"],
  help: [
    "Usage: pmo-align score <workbook.xlsx> [--out result.xlsx] [--json] [--method direct|ahp|geometric]",
    "",
    "Scores every project against the weighted strategic drivers (0–100, with each driver's contribution),",
    "ranks them (RANK.EQ ties, then value per cost) and writes a PMO Ranking sheet into a copy of the workbook.",
    "",
    "Arguments:",
    "  workbook.xlsx   a template workbook (Drivers, Projects, optional DriverComparisons, Settings)",
    "",
    "Options:",
    "  --method m      direct (Drivers[Weight]), ahp (eigenvector of DriverComparisons; 'eigenvector' too) or",
    "                  geometric (row geometric means); default from Settings",
    "  --out file      result workbook (default out/<name>-ranked.xlsx; never the input)",
    "  --json          print {method, drivers, weights, consistency, ranking: [...]} instead of the table",
    "",
    "Example:",
    "  pmo-align score assets/sample-portfolio.xlsx --out out/ranked.xlsx",
  ].join("\n"),
  async run(args: ParsedArgs, io: CliIO): Promise<number> {
    const input = resolvePath(io.cwd, onePositional(args, "score", "a workbook (.xlsx)"));
    if (!isWorkbookPath(input)) throw new CliUsageError("'score' reads a template workbook (.xlsx); for a comparisons file use 'pmo-align weights'", "score");
    const method = weightsMethod(choiceFlag(args, "method", "score", METHOD_CHOICES));
    const { portfolio, problems } = await loadPortfolio(input, { features: ["scoring"] });
    printWarnings(problems, io.err);
    const ranking = rankPortfolio(portfolio, method ? { method } : {});
    const scores = ranking.detail;
    if (args.flags.json) io.out(JSON.stringify(scoreJson(portfolio, scores), null, 2));
    else for (const line of rankingLines(portfolio, scores, Infinity, io.color)) io.out(line);
    const out = stringFlag(args, "out");
    const report = await writeWorkbook(input, out ? resolvePath(io.cwd, out) : defaultOutPath(io.cwd, input, "ranked"), [rankingSheet(ranking.sheet)]);
    if (!args.flags.json) reportWritten(io, report);
    return EXIT_OK;
  },
};

function weightsMethod(flag: (typeof METHOD_CHOICES)[number] | undefined): WeightsMethod | undefined {
  return flag === "eigenvector" ? "ahp" : flag;
}

export function scoreJson(portfolio: Portfolio, s: PortfolioScores) {
  const index = new Map(portfolio.projects.map((p, i) => [p.id, i]));
  return {
    method: s.method,
    drivers: s.drivers,
    weights: s.weights,
    consistency: s.ahp ? { lambdaMax: s.ahp.lambdaMax, ci: s.ahp.ci, cr: s.ahp.cr, consistent: s.ahp.consistent } : null,
    ranking: s.ranking.map((r) => {
      const i = index.get(r.id) as number;
      const p = portfolio.projects[i];
      return {
        rank: r.rank,
        project: p.id,
        name: p.name,
        score: s.scores[i],
        contributions: Object.fromEntries(s.drivers.map((d, j) => [d, s.contributions[i][j]])),
        cost: p.cost,
        benefit: statedBenefit(portfolio, p),
        valuePerCost: s.valuePerCost[i],
      };
    }),
  };
}

/** A benefit for the table: blank when the workbook has no Benefit column. */
const benefitCell = (benefit: number | null) => (benefit === null ? "" : num(benefit, 0));

/** Weights line, consistency line, and the ranking table (first `top` rows). */
export function rankingLines(portfolio: Portfolio, s: PortfolioScores, top: number, color?: boolean): string[] {
  const lines = [`Weights (${weightsSource(s)}): ${s.drivers.map((d, j) => `${d} ${(s.weights[j] * 100).toFixed(1)}%`).join(", ")}`];
  if (s.ahp) lines.push(`Comparisons: ${consistencyLine(s.ahp)}`);
  lines.push("");
  const index = new Map(portfolio.projects.map((p, i) => [p.id, i]));
  const shown = s.ranking.slice(0, top);
  const per = costUnit(s.valuePerCost);
  const rows = shown.map((r) => {
    const i = index.get(r.id) as number;
    const p = portfolio.projects[i];
    const vpc = s.valuePerCost[i];
    return [String(r.rank), p.id, p.name, s.scores[i].toFixed(1), num(p.cost, 0), benefitCell(statedBenefit(portfolio, p)), vpc === null ? "" : (vpc * per.scale).toFixed(2)];
  });
  const right = (header: string) => ({ header, align: "right" as const });
  // A loop, not push(...table): a spread of one line per project overflows the call stack at 200,000.
  for (const line of formatTable([right("Rank"), "Project", "Name", right("Score"), right("Cost"), right("Benefit"), right(`Score per ${per.label}`)], rows, { color })) lines.push(line);
  if (shown.length < s.ranking.length) lines.push(`… ${s.ranking.length - shown.length} more in the PMO Ranking sheet`);
  return lines;
}

/** A cost unit (1, 1k, 1M, …) that puts the median score per cost between 1 and 1000, for a readable column. */
function costUnit(values: readonly (number | null)[]): { scale: number; label: string } {
  const v = values.filter((x): x is number => x !== null && x > 0).sort((a, b) => a - b);
  if (!v.length) return { scale: 1, label: "cost" };
  const median = v[Math.floor(v.length / 2)];
  const units = [
    { scale: 1, label: "cost" },
    { scale: 1e3, label: "1k" },
    { scale: 1e6, label: "1M" },
    { scale: 1e9, label: "1bn" },
  ];
  return units.find((u) => median * u.scale >= 1) ?? units[units.length - 1];
}
