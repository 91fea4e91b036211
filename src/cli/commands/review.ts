/** `pmo-align review`: compare two planning cycles (two workbooks, or saved snapshots). */
import * as path from "path";
import { compareCycles } from "../../engine/review";
import { parseCycleSnapshot, type CycleSnapshot } from "../../engine/review";
import { reviewSheet } from "../../sheets/reviewSheet";
import { CliUsageError, stringFlag } from "../framework/args";
import type { CliCommand, CliIO, ParsedArgs } from "../framework/command";
import { EXIT_OK } from "../framework/exitCodes";
import { displayPath, isWorkbookPath, readJsonFile, resolvePath } from "../io/inputs";
import { workbookFileSnapshot } from "../io/monitoringInputs";
import { assertSafeOutput, writeFileAtomically } from "../io/safeWrite";
import { reviewLines } from "../analysis/reviewText";
import { writeWorkbook } from "../io/workbookFiles";
import { defaultOutPath, reportWritten } from "./common";

async function snapshotOf(file: string, io: CliIO): Promise<CycleSnapshot> {
  return isWorkbookPath(file) ? workbookFileSnapshot(file, io.err) : parseCycleSnapshot(readJsonFile(file), path.basename(file));
}

export const reviewCommand: CliCommand = {
  name: "review",
  summary: "Compare two planning cycles: score moves and why, benefits realised, estimate accuracy",
  valueFlags: ["out", "snapshot"],
  booleanFlags: ["json"],
  help: [
    "Usage: pmo-align review <current.xlsx|snapshot.json> <previous.xlsx|snapshot.json> [--out result.xlsx] [--json]",
    "",
    "Snapshots both cycles (weights, ratings, scores, the optimal selection, status) and compares them:",
    "the projects whose score moved most with the driver ratings and weights that moved them (rating and",
    "weight effects add up to the change exactly), projects entering and leaving the selection, benefits",
    "forecast against realised and final cost ÷ first estimate by category for finished projects.",
    "Writes PMO Review into a copy of the current workbook.",
    "",
    "Options:",
    "  --out file        result workbook (default out/<current>-review.xlsx; needs a workbook as the current cycle)",
    "  --snapshot file   also save the current cycle's snapshot as JSON, to compare against next cycle",
    "  --json            print the review as JSON",
    "",
    "Example:",
    "  pmo-align review assets/sample-portfolio.xlsx assets/sample-portfolio-previous-cycle.xlsx",
  ].join("\n"),
  async run(args: ParsedArgs, io: CliIO): Promise<number> {
    if (args.positional.length !== 2) throw new CliUsageError("'review' needs two files: the current cycle, then the previous one", "review");
    const [currentFile, previousFile] = args.positional.map((f) => resolvePath(io.cwd, f)) as [string, string];
    const current = await snapshotOf(currentFile, io);
    const previous = await snapshotOf(previousFile, io);
    const review = compareCycles(previous, current);
    const snapshotOut = stringFlag(args, "snapshot");
    const out = stringFlag(args, "out");
    const workbookOut = isWorkbookPath(currentFile) ? (out ? resolvePath(io.cwd, out) : defaultOutPath(io.cwd, currentFile, "review")) : out ? resolvePath(io.cwd, out) : null;
    // Both destinations are checked before either is written, so a refused one leaves nothing half done.
    if (workbookOut) assertSafeOutput(workbookOut, "workbook", "--out");
    if (snapshotOut) {
      const file = resolvePath(io.cwd, snapshotOut);
      if (workbookOut && path.resolve(file) === path.resolve(workbookOut)) throw new CliUsageError("--snapshot and --out name the same file", "review");
      await writeFileAtomically(file, "snapshot", "--snapshot", JSON.stringify(current, null, 2));
      if (!args.flags.json) io.out(`Saved the snapshot of ${current.cycle} to ${displayPath(file)}`);
    }
    if (args.flags.json) io.out(JSON.stringify(review, null, 2));
    else for (const line of reviewLines(review, 10, io.color)) io.out(line);
    if (workbookOut) {
      const report = await writeWorkbook(isWorkbookPath(currentFile) ? currentFile : null, workbookOut, [reviewSheet(review)]);
      if (!args.flags.json) reportWritten(io, report);
    }
    return EXIT_OK;
  },
};
