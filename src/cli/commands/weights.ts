/** `pmo-align weights`: driver weights from AHP pairwise comparisons, with consistency and the judgement to revisit. */
import * as path from "path";
import { ahpWeights, consistencyVerdict, pairwiseMatrix } from "../../engine/ahp";
import type { AhpMethod, AhpResult } from "../../engine/ahp";
import { formatJudgement } from "../../engine/ahp";
import { PmoInputError, PmoMissingDataError } from "../../engine/errors";
import { choiceFlag, onePositional } from "../framework/args";
import type { CliCommand, CliIO, ParsedArgs } from "../framework/command";
import { isWorkbookPath, readJsonFile, resolvePath } from "../io/inputs";
import { formatTable } from "../framework/output";
import { loadPortfolio } from "../io/portfolioInput";
import { runGroupWeights } from "./weightsGroup";

export const AHP_METHODS: readonly AhpMethod[] = ["eigenvector", "geometric"];

export const weightsCommand: CliCommand = {
  name: "weights",
  summary: "Driver weights from pairwise comparisons (AHP): weights, λmax, CI, CR",
  valueFlags: ["method", "aggregation"],
  booleanFlags: ["json", "group"],
  help: [
    "Usage: pmo-align weights <file.json|workbook.xlsx> [--json] [--method eigenvector|geometric]",
    "       pmo-align weights <workbook.xlsx> --group [--aggregation aij|aip] [--json]",
    "",
    "Derives driver weights from Saaty 1–9 pairwise comparisons and checks their consistency.",
    "",
    "Arguments:",
    '  file.json       {"labels": ["Growth", "Risk", ...] (optional), "matrix": [[1, 3, ...], ...]}',
    "                  full matrix or upper triangle (blank = null); \"1/3\" is accepted",
    "  workbook.xlsx   a workbook with the DriverComparisons table (drivers from the Drivers table)",
    "",
    "Options:",
    "  --method m      eigenvector (Saaty, default) or geometric (row geometric means)",
    "  --json          print {labels, weights, lambdaMax, ci, cr, consistent, inconsistencies}",
    "  --group         combine several stakeholders' judgements (the Judgements and Stakeholders tables):",
    "                  group weights, each stakeholder's weights and CR, consensus, the disputed pair",
    "  --aggregation a aij (default: weighted geometric mean of the judgements) or aip (mean of priorities)",
    "",
    "Example:",
    "  pmo-align weights comparisons.json --json",
    "  pmo-align weights portfolio.xlsx --group",
  ].join("\n"),
  async run(args: ParsedArgs, io: CliIO): Promise<number> {
    const file = resolvePath(io.cwd, onePositional(args, "weights", "a comparisons file (.json or .xlsx)"));
    const method = choiceFlag(args, "method", "weights", AHP_METHODS) ?? "eigenvector";
    const aggregation = choiceFlag(args, "aggregation", "weights", ["aij", "aip"] as const) ?? "aij";
    if (args.flags.group) return runGroupWeights(file, { aggregation, method, json: Boolean(args.flags.json) }, io);
    const { labels, cells, source } = isWorkbookPath(file) ? await fromWorkbook(file) : fromJson(file);
    const matrix = pairwiseMatrix(cells, { labels, table: source });
    const result = ahpWeights(matrix, { method, labels, table: source });
    if (args.flags.json) {
      io.out(JSON.stringify(weightsJson(labels, result), null, 2));
      return 0;
    }
    printWeights(io, labels, result, source);
    return 0;
  },
};

/** The documented JSON result (docs/cli.md). */
export function weightsJson(labels: readonly string[], r: AhpResult) {
  return {
    labels,
    weights: r.weights,
    lambdaMax: r.lambdaMax,
    ci: r.ci,
    cr: r.cr,
    crThreshold: r.crThreshold,
    consistent: r.consistent,
    method: r.method,
    randomIndex: r.randomIndex,
    inconsistencies: r.inconsistencies.map((j) => ({
      row: j.rowLabel,
      column: j.columnLabel,
      current: j.current,
      consistentValue: j.consistentValue,
      suggested: j.suggested,
      crIfChanged: j.crIfChanged,
    })),
  };
}

/** One line: "λmax 6.21 · CI 0.042 · CR 0.034: consistent (under 0.10, Saaty's bar for 6 drivers)". */
export function consistencyLine(r: AhpResult): string {
  const verdict = consistencyVerdict(r.cr, r.weights.length, "drivers") + (r.consistent ? "" : ": revisit the judgements");
  return `λmax ${r.lambdaMax.toFixed(3)} · CI ${r.ci.toFixed(3)} · CR ${r.cr.toFixed(3)}: ${verdict}`;
}

function printWeights(io: CliIO, labels: readonly string[], r: AhpResult, source: string): void {
  io.out(`Driver weights (AHP, ${r.method}) from ${source}`);
  io.out("");
  const rows = labels.map((l, i) => [l, `${(r.weights[i] * 100).toFixed(1)}%`, r.weights[i].toFixed(4)]);
  for (const line of formatTable(["Driver", { header: "Weight", align: "right" }, { header: "Priority", align: "right" }], rows, { color: io.color })) io.out(line);
  io.out("");
  io.out(consistencyLine(r));
  const worst = r.inconsistencies[0];
  if (worst) {
    io.out(
      `Most inconsistent judgement: ${worst.rowLabel} vs ${worst.columnLabel} is ${formatJudgement(worst.current)}; ` +
        `${Number(worst.consistentValue.toPrecision(3))} would agree with the weights ` +
        `(nearest Saaty value ${formatJudgement(worst.suggested)}, CR ${worst.crIfChanged.toFixed(3)} after the change).`,
    );
  }
}

function fromJson(file: string): { labels: string[]; cells: unknown[][]; source: string } {
  const source = path.basename(file);
  const doc = readJsonFile(file);
  const body = Array.isArray(doc) ? { matrix: doc } : (doc as { labels?: unknown; matrix?: unknown } | null);
  if (!body || typeof body !== "object" || !Array.isArray(body.matrix) || !body.matrix.every((r) => Array.isArray(r))) {
    throw new PmoInputError({ table: source, column: "matrix" }, "a square list of rows of judgements, e.g. [[1, 3], [0.333, 1]]");
  }
  const cells = body.matrix as unknown[][];
  let labels: string[];
  if (body.labels === undefined) labels = cells.map((_, i) => `D${i + 1}`);
  else if (Array.isArray(body.labels) && body.labels.every((l) => typeof l === "string")) labels = body.labels as string[];
  else throw new PmoInputError({ table: source, column: "labels" }, "a list of driver names");
  return { labels, cells, source };
}

async function fromWorkbook(file: string): Promise<{ labels: string[]; cells: number[][]; source: string }> {
  const { portfolio } = await loadPortfolio(file, { allowErrors: true });
  const comparisons = portfolio.comparisons;
  if (!comparisons) {
    throw new PmoMissingDataError({ table: "DriverComparisons" }, `missing or empty in '${path.basename(file)}'; the weights command needs pairwise comparisons`);
  }
  return { labels: [...comparisons.labels], cells: comparisons.matrix.map((r) => [...r]), source: `${path.basename(file)} (DriverComparisons)` };
}
