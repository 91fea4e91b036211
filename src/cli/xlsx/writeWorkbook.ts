/**
 * Writes result sheets into a copy of the user's workbook with our own package writer (write/writePackage.ts,
 * docs/workbooks.md): every part of the input is copied unchanged, our sheets are streamed in row by row with
 * their tables, formats and native charts. The input file is never written (see io/safeWrite.ts). A sheet with
 * the same name in the copy is replaced in place.
 */
import * as fs from "fs";
import * as path from "path";
import type { SheetSpec } from "../../sheets/sheetSpec";
import { rememberInput } from "../io/inputs";
import { assertSafeOutput, writeAtomically } from "../io/safeWrite";
import { minimalSource, zipSource } from "./write/packageSource";
import { writePackage } from "./write/writePackage";

export { parseCell } from "./cellRefs";

export interface WriteReport {
  readonly outPath: string;
  readonly sheets: readonly string[];
  /** Native charts drawn, one per ChartSpec. */
  readonly charts: number;
}

/**
 * Copy `inputPath` to `outPath` with `specs` written as sheets (a new workbook when `inputPath` is null).
 * Creates the output folder. The output is checked and written by safeWrite: never over an input or a file that
 * is not a result workbook, and atomically. `flag` names the option that chose the path, for messages.
 */
export async function writeWorkbook(
  inputPath: string | null,
  outPath: string,
  specs: readonly SheetSpec[],
  flag = "--out",
): Promise<WriteReport> {
  const out = path.resolve(outPath);
  if (inputPath !== null) rememberInput(inputPath);
  assertSafeOutput(out, "workbook", flag);
  const source = inputPath !== null ? zipSource(fs.readFileSync(inputPath)) : minimalSource();
  await writeAtomically(out, "workbook", flag, (temp) => writePackage(source, temp, specs));
  return {
    outPath: out,
    sheets: specs.map((s) => s.name),
    charts: specs.reduce((n, s) => n + (s.charts?.length ?? 0), 0),
  };
}
