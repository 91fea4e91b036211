/**
 * Reading and writing .xlsx files, with the xlsx library loaded on first use. Loading excelts costs about
 * 0.7 s of CPU, so a command that reads a JSON problem and writes no workbook (or `--help`) never pays it.
 */
import type { TablesRead } from "../xlsx/readTables";
import type { WriteReport } from "../xlsx/writeWorkbook";
import type { SheetSpec } from "../../sheets/sheetSpec";

/** readTablesFromFile of xlsx/readTables, loaded on first use. */
export async function readTablesFromFile(file: string): Promise<TablesRead> {
  const { readTablesFromFile: read } = await import("../xlsx/readTables");
  return read(file);
}

/** writeWorkbook of xlsx/writeWorkbook, loaded on first use. */
export async function writeWorkbook(inputPath: string | null, outPath: string, specs: readonly SheetSpec[], flag?: string): Promise<WriteReport> {
  const { writeWorkbook: write } = await import("../xlsx/writeWorkbook");
  return write(inputPath, outPath, specs, flag);
}
