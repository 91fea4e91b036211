/** `pmo-align weights <xlsx> --group`: the Judgements table combined into group weights (issue 14). */
import * as path from "path";
import type { GroupAggregation } from "../../engine/ahp";
import type { AhpMethod } from "../../engine/ahp";
import { PmoMissingDataError } from "../../engine/errors";
import { prioritiseGroup } from "../../engine/portfolio";
import { readPortfolio } from "../../engine/portfolio";
import { groupJson, groupLines } from "../analysis/groupWeightsText";
import { CliFileError } from "../framework/errors";
import type { CliIO } from "../framework/command";
import { assertReadable, isWorkbookPath } from "../io/inputs";
import { describeProblem, WorkbookProblemsError } from "../io/portfolioInput";
import { readTablesFromFile } from "../io/workbookFiles";

const GROUP_TABLES = /^(judgements|stakeholders|drivers)/i;

/** Reads Drivers, Judgements and Stakeholders; errors in those tables stop, others (projects…) are not its business. */
export async function runGroupWeights(file: string, opts: { aggregation: GroupAggregation; method: AhpMethod; json: boolean }, io: CliIO): Promise<number> {
  if (!isWorkbookPath(file)) throw new CliFileError(`--group reads the Judgements table of a workbook (.xlsx); '${path.basename(file)}' is not one`);
  assertReadable(file);
  const read = await readTablesFromFile(file);
  const { portfolio, problems } = readPortfolio(read.tables, { readerProblems: read.problems });
  const relevant = problems.filter((p) => GROUP_TABLES.test(p.table));
  if (!portfolio || relevant.some((p) => p.severity === "error")) throw new WorkbookProblemsError(file, relevant);
  const group = portfolio.group;
  if (!group) {
    throw new PmoMissingDataError({ table: "Judgements" }, `missing in '${path.basename(file)}'; weights --group needs one row per stakeholder and pair of drivers (see docs/template.md)`);
  }
  for (const p of relevant) if (p.severity === "warning") io.err(`warning: ${describeProblem(p)}`);
  const result = prioritiseGroup(group, { aggregation: opts.aggregation, method: opts.method });
  if (opts.json) {
    io.out(JSON.stringify(groupJson(result), null, 2));
    return 0;
  }
  io.out(`From ${path.basename(file)} (Judgements${group.stakeholders.some((s) => s.row !== undefined) ? ", Stakeholders" : ""})`);
  io.out("");
  for (const line of groupLines(result, group.stakeholders, { color: io.color })) io.out(line);
  return 0;
}
