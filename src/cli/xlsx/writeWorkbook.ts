/**
 * Renders SheetSpecs into a copy of a workbook with excelts (docs/workbooks.md): cells, tables, formats and
 * native charts (writeCharts.ts). The input file is never written (see io/safeWrite.ts). A sheet with the
 * same name in the copy is replaced. Pivot tables already in the input may be lost in the copy.
 */
import * as path from "path";
import * as ExcelJS from "@cj-tech-master/excelts";
import type { ConditionalFormatSpec, SheetBlock, SheetSpec } from "../../sheets/sheetSpec";
import { PMO_SHEET_MARKER, a1 } from "../../sheets/sheetSpec";
import { rememberInput } from "../io/inputs";
import { parseCell } from "./cellRefs";
import { addChart } from "./writeCharts";

export { parseCell } from "./cellRefs";
import { assertSafeOutput, writeAtomically } from "../io/safeWrite";

export interface WriteReport {
  readonly outPath: string;
  readonly sheets: readonly string[];
  /** Native charts drawn, one per ChartSpec. */
  readonly charts: number;
}

const HEADER_FILL = "FF1F4E79";
const HEADER_FONT = "FFFFFFFF";

/**
 * Copy `inputPath` to `outPath` with `specs` written as sheets. Creates the output folder. The output is
 * checked and written by safeWrite: never over an input or a file that is not a result workbook, and
 * atomically. `flag` names the option that chose the path, for messages.
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
  const workbook = new ExcelJS.Workbook();
  if (inputPath !== null) await workbook.xlsx.readFile(inputPath);
  for (const spec of specs) renderSheet(workbook, spec);
  await writeAtomically(out, "workbook", flag, (temp) => workbook.xlsx.writeFile(temp));
  return {
    outPath: out,
    sheets: specs.map((s) => s.name),
    charts: specs.reduce((n, s) => n + (s.charts?.length ?? 0), 0),
  };
}

/** Write one spec as a worksheet, replacing a sheet of the same name in place. */
export function renderSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(spec.name);
  const orderNo = existing ? (existing as unknown as { orderNo: number }).orderNo : undefined;
  if (existing) workbook.removeWorksheet(existing.id);
  const ws = workbook.addWorksheet(spec.name);
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;

  for (const block of spec.blocks) writeBlock(ws, block);
  for (const nf of spec.numberFormats ?? []) forEachCell(ws, nf.range, (c) => (c.numFmt = nf.format));
  for (const range of spec.bold ?? []) forEachCell(ws, range, (c) => (c.font = { ...(c.font ?? {}), bold: true }));
  for (const fill of spec.fills ?? []) {
    forEachCell(ws, fill.range, (c) => (c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(fill.color) } }));
  }
  spec.conditionalFormats?.forEach((cf, i) => ws.addConditionalFormatting(conditionalFormat(cf, i + 1)));
  for (const chart of spec.charts ?? []) addChart(ws, chart);
  spec.columnWidths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  if (spec.freezeRows) ws.views = [{ state: "frozen", ySplit: spec.freezeRows, xSplit: 0, topLeftCell: a1(spec.freezeRows, 0) }];
  if (spec.print) {
    ws.pageSetup.printArea = spec.print.area;
    ws.pageSetup.orientation = spec.print.landscape ? "landscape" : "portrait";
    if (spec.print.fitToOnePage) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = 1;
      ws.pageSetup.fitToHeight = 1;
    }
  }
  // Marks the sheet as add-in owned, so the add-in and the CLI may replace it on a re-run.
  const marker = ws.getCell("A1");
  marker.note = PMO_SHEET_MARKER;
  return ws;
}

function writeBlock(ws: ExcelJS.Worksheet, block: SheetBlock): void {
  const { row: r0, col: c0 } = parseCell(block.at);
  const cellValue = (i: number, j: number): ExcelJS.CellValue => {
    const v = block.values[i]?.[j] ?? null;
    const f = block.formulas?.[i]?.[j] ?? null;
    if (f) {
      const formula = f.startsWith("=") ? f.slice(1) : f;
      return v === null ? { formula } : ({ formula, result: v } as ExcelJS.CellFormulaValue);
    }
    return v;
  };
  const dataRows = block.values.length - 1;
  if (block.tableName && dataRows >= 1) {
    const headers = block.values[0].map((h, j) => uniqueHeader(h, j, block.values[0]));
    ws.addTable({
      name: block.tableName,
      ref: block.at,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: headers.map((name) => ({ name, filterButton: true })),
      rows: block.values.slice(1).map((row, i) => row.map((_, j) => cellValue(i + 1, j))),
    });
    return;
  }
  block.values.forEach((row, i) => {
    row.forEach((_, j) => {
      const cell = ws.getCell(r0 + i + 1, c0 + j + 1);
      cell.value = cellValue(i, j);
      if (block.header && i === 0) {
        cell.font = { bold: true, color: { argb: HEADER_FONT } };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } };
      }
    });
  });
}

function uniqueHeader(h: unknown, j: number, all: readonly unknown[]): string {
  const text = h === null || h === undefined || h === "" ? `Column${j + 1}` : String(h);
  const earlier = all.slice(0, j).filter((x) => String(x) === text).length;
  return earlier ? `${text}${earlier + 1}` : text;
}

function conditionalFormat(cf: ConditionalFormatSpec, priority: number): ExcelJS.ConditionalFormattingOptions {
  switch (cf.type) {
    case "dataBar":
      return {
        ref: cf.range,
        rules: [
          {
            type: "dataBar",
            priority,
            gradient: true,
            cfvo: [{ type: "min" }, { type: "max" }],
            color: { argb: argb(cf.color) },
          } as ExcelJS.DataBarRuleType,
        ],
      };
    case "colorScale": {
      const mid = cf.midColor !== undefined;
      const cfvo: ExcelJS.Cvfo[] = [{ type: "min" }];
      const color = [{ argb: argb(cf.minColor) }];
      if (mid) {
        cfvo.push(cf.midValue !== undefined ? { type: "num", value: cf.midValue } : { type: "percentile", value: 50 });
        color.push({ argb: argb(cf.midColor as string) });
      }
      cfvo.push({ type: "max" });
      color.push({ argb: argb(cf.maxColor) });
      return { ref: cf.range, rules: [{ type: "colorScale", priority, cfvo, color }] };
    }
    case "iconSet": {
      const cfvo: ExcelJS.Cvfo[] = cf.thresholds
        ? [{ type: "percent", value: 0 }, { type: "num", value: cf.thresholds[0] }, { type: "num", value: cf.thresholds[1] }]
        : [{ type: "percent", value: 0 }, { type: "percent", value: 33 }, { type: "percent", value: 67 }];
      return { ref: cf.range, rules: [{ type: "iconSet", priority, iconSet: cf.icons, showValue: true, cfvo }] };
    }
    case "cellValue": {
      const formulae = cf.formula2 !== undefined ? [cf.formula1, cf.formula2] : [cf.formula1];
      return {
        ref: cf.range,
        rules: [
          {
            type: "cellIs",
            priority,
            // exceljs types list four operators but writes any OOXML operator verbatim.
            operator: cf.operator as ExcelJS.CellIsOperators,
            formulae,
            style: fillStyle(cf.fill, cf.fontColor),
          },
        ],
      };
    }
    case "textEquals":
      return {
        ref: cf.range,
        rules: [
          { type: "cellIs", priority, operator: "equal", formulae: [`"${cf.text.replace(/"/g, '""')}"`], style: fillStyle(cf.fill, cf.fontColor) },
        ],
      };
  }
}

function fillStyle(fill: string, fontColor?: string): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(fill) } } };
  if (fontColor) style.font = { color: { argb: argb(fontColor) } };
  return style;
}

/** "#RRGGBB" → "FFRRGGBB". */
export function argb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  return hex.length === 6 ? `FF${hex}` : hex;
}

function forEachCell(ws: ExcelJS.Worksheet, range: string, fn: (cell: ExcelJS.Cell) => void): void {
  const [from, to = from] = range.split(":");
  const a = parseCell(from);
  const b = parseCell(to);
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++) {
    for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) fn(ws.getCell(r + 1, c + 1));
  }
}
