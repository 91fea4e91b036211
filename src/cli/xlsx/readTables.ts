/**
 * Reads every Excel table (ListObject) of an .xlsx into TableData, the same shape src/excel reads through
 * Office.js, with our own streaming reader (src/cli/xlsx/read/, docs/workbooks.md): only the parts and cells
 * that tables need are kept, so 100,000 projects read in seconds. Cell values:
 * - dates become Excel serial day numbers (1900 date system, like Office.js `values`), whatever the
 *   workbook's date system;
 * - formulas become their cached result (a workbook saved by Excel or LibreOffice has one; a formula never
 *   calculated reads as empty);
 * - shared, inline and rich text become their text;
 * - error values (#REF!, #N/A) and merged ranges inside a table are errors naming the cell.
 * A workbook without tables falls back to sheets named like template tables whose first non-empty row is a
 * header row, with a warning per sheet read that way.
 */
import * as fs from "fs";
import * as path from "path";
import { CliFileError } from "../framework/errors";
import { MAX_UNZIPPED_BYTES, packageProblem, tooLargeProblem } from "./checkPackage";
import { buildTables, type TablesRead } from "./read/buildTables";
import { streamSheets } from "./read/streamSheets";
import { PackageTooLargeError } from "./read/zipArchive";

export type { TablesRead } from "./read/buildTables";
// Reading a workbook model that excelts already loaded (kept for callers holding one).
export { dateToSerial, rawCell, readTables } from "./read/excelModel";

export interface ReadOptions {
  /** Refuse the package once its parts have inflated to more than this many bytes (default 512 MB). */
  readonly maxUnzippedBytes?: number;
}

/** Reads an .xlsx file; a file that is no readable workbook fails with one sentence naming it (checkPackage.ts). */
export async function readTablesFromFile(file: string, options: ReadOptions = {}): Promise<TablesRead> {
  const data = fs.readFileSync(file);
  const max = options.maxUnzippedBytes ?? MAX_UNZIPPED_BYTES;
  const problem = packageProblem(data, max);
  if (problem) throw new CliFileError(`'${path.basename(file)}' ${problem}`);
  try {
    return read(data, max);
  } catch (e) {
    if (e instanceof PackageTooLargeError) throw new CliFileError(`'${path.basename(file)}' ${tooLargeProblem(e.maxBytes)}`);
    throw e;
  }
}

/** Reads an .xlsx held in memory. */
export async function readTablesFromBuffer(data: ArrayBuffer | Uint8Array, options: ReadOptions = {}): Promise<TablesRead> {
  const max = options.maxUnzippedBytes ?? MAX_UNZIPPED_BYTES;
  try {
    return read(data instanceof Uint8Array ? data : new Uint8Array(data), max);
  } catch (e) {
    if (e instanceof PackageTooLargeError) throw new CliFileError(`the workbook ${tooLargeProblem(e.maxBytes)}`);
    throw e;
  }
}

function read(data: Uint8Array, maxUnzipped: number): TablesRead {
  return buildTables(streamSheets(data, maxUnzipped));
}
