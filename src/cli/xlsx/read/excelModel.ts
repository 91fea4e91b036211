/**
 * Tables of a workbook already loaded by excelts (the earlier reader, kept for code and tests that hold such a
 * model): its sheets adapted to SheetSource, so the same builder gives the same tables and messages.
 */
import type { CellValue as ModelValue, Workbook, Worksheet } from "@cj-tech-master/excelts";
import type { RawCell } from "../../../engine/portfolio";
import { buildTables, type SheetSource, type TablesRead } from "./buildTables";
import { CellError, type CellValue, serialFromMs } from "./cellValues";
import type { Box } from "./sheetCells";
import type { TableModel } from "./tableParts";

/** Every table of a loaded workbook, in sheet order; sheets named like template tables when there are none. */
export function readTables(workbook: Workbook): TablesRead {
  const sheets: SheetSource[] = [];
  workbook.eachSheet((sheet) => sheets.push(new ModelSheet(sheet)));
  return buildTables(sheets);
}

class ModelSheet implements SheetSource {
  readonly name: string;
  readonly tables: readonly TableModel[];
  readonly merges: readonly Box[];
  readonly rowCount: number;
  readonly columnCount: number;

  constructor(private readonly sheet: Worksheet) {
    this.name = sheet.name;
    this.tables = modelTables(sheet);
    this.merges = sheet.hasMerges ? sheet.mergedRegions.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right })) : [];
    this.rowCount = sheet.rowCount;
    this.columnCount = sheet.columnCount;
  }

  cell(row: number, col: number): CellValue {
    const value = this.sheet.getCell(row, col).value;
    const error = errorValue(value);
    return error === null ? rawCell(value) : new CellError(error);
  }

  rowIsBlank(row: number): boolean {
    let empty = true;
    this.sheet.getRow(row).eachCell({ includeEmpty: false }, (cell) => {
      const v = rawCell(cell.value);
      if (!(v === null || (typeof v === "string" && v.trim() === ""))) empty = false;
    });
    return empty;
  }
}

function modelTables(sheet: Worksheet): TableModel[] {
  return sheet.getTables().flatMap((t) => {
    const m = t.model as { name?: unknown; tableRef?: string; ref?: string; headerRow?: boolean; totalsRow?: boolean; columns?: { name?: unknown }[] };
    const ref = m.tableRef ?? m.ref;
    if (typeof m.name !== "string" || !ref) return [];
    return [{ name: m.name, ref, headerRow: m.headerRow !== false, totalsRow: m.totalsRow === true, columnNames: (m.columns ?? []).map((c) => String(c.name ?? "")) }];
  });
}

/** The error code ("#REF!") when a cell, or a formula's cached result, is an Excel error value. */
function errorValue(value: ModelValue | undefined): string | null {
  if (value === null || typeof value !== "object" || value instanceof Date) return null;
  const v = value as unknown as Record<string, unknown>;
  if ("error" in v) return String(v.error);
  if (("formula" in v || "sharedFormula" in v) && v.result !== null && typeof v.result === "object") return errorValue(v.result as ModelValue);
  return null;
}

/** One excelts cell value as a RawCell: dates as 1900-system serials, formulas as cached results, rich text and links as text. */
export function rawCell(value: ModelValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    const v = value as unknown as Record<string, unknown>;
    if ("formula" in v || "sharedFormula" in v) return rawCell(v.result as ModelValue | undefined);
    if ("error" in v) return String(v.error);
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((t) => t.text).join("");
    if ("text" in v) return rawCell(v.text as ModelValue);
  }
  return null;
}

/** excelts gives dates as UTC instants of the local calendar date; the serial counts days from 1899-12-30. */
export function dateToSerial(date: Date): number {
  return serialFromMs(date.getTime());
}
