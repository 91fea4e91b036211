/**
 * Render a SheetSpec with Office.js. The new sheet is built under a temporary name and only then swapped
 * for the old one (delete + rename in the same batch), so a failure leaves the previous result intact.
 * Syncs: 1 (look-up) + 1 (marker check, only when the sheet exists) + 1 (write), plus one extra flush
 * per ~4 MB of cell data to stay under Excel on the web's 5 MB request limit.
 */
import { a1, type ChartKind, type ChartSpec, type ConditionalFormatSpec, type SheetSpec, type CellValue } from "../sheets/sheetSpec";
import { blockAddress, columnLetter, fill, parseCell, textFormats } from "./a1";
import { PmoSheetOwnershipError, PmoHostError } from "./errors";
import { MARKER_NAME, OWNED_SHEETS_SETTING, markerFormula, parseOwned, withOwned } from "./ownership";
import { hostCapabilities, type Capabilities } from "./requirements";
import { withCellEditRetry, type RetryOptions } from "./retry";

export interface WriteOutcome {
  readonly sheet: string;
  /** True when an older version of the sheet was replaced. */
  readonly replaced: boolean;
  readonly syncs: number;
  readonly cells: number;
  readonly charts: number;
}

export interface WriteOptions extends RetryOptions {
  readonly capabilities?: Capabilities;
  /** Bytes of cell data queued before an intermediate sync (default ~4 MB, under the 5 MB limit). */
  readonly maxRequestBytes?: number;
}

const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;
const HEADER_FILL = "#DDEBF7";

const CHART_TYPES: Record<ChartKind, Excel.ChartType> = {
  barStacked: "BarStacked" as Excel.ChartType,
  columnClustered: "ColumnClustered" as Excel.ChartType,
  line: "Line" as Excel.ChartType,
  xyScatter: "XYScatter" as Excel.ChartType,
  scatterLines: "XYScatterLines" as Excel.ChartType,
  barClustered: "BarClustered" as Excel.ChartType,
  lineMarkers: "LineMarkers" as Excel.ChartType,
};

export function temporaryName(name: string): string {
  // Sheet names are limited to 31 characters.
  return `~${name}`.slice(0, 31);
}

export function temporaryTableName(name: string): string {
  return `${name}_pmoNew`;
}

export async function writeSheet(spec: SheetSpec, options: WriteOptions = {}): Promise<WriteOutcome> {
  const caps = options.capabilities ?? hostCapabilities();
  if (!caps.writeSheets.supported) throw new PmoHostError(caps.writeSheets.reason);
  return withCellEditRetry(async () => {
    try {
      return await Excel.run((context) => renderSheet(context, spec, options));
    } catch (error) {
      await removeTemporarySheet(spec.name).catch(() => undefined);
      throw error;
    }
  }, options);
}

async function removeTemporarySheet(name: string): Promise<void> {
  await Excel.run(async (context) => {
    const temp = context.workbook.worksheets.getItemOrNullObject(temporaryName(name));
    temp.load("name");
    await context.sync();
    if (!temp.isNullObject) {
      temp.delete();
      await context.sync();
    }
  });
}

export async function renderSheet(
  context: Excel.RequestContext,
  spec: SheetSpec,
  options: WriteOptions = {},
): Promise<WriteOutcome> {
  if (!spec.name.startsWith("PMO ")) throw new PmoHostError(`PMO Align only writes sheets named 'PMO …'; got '${spec.name}'.`);
  const caps = options.capabilities ?? hostCapabilities();
  if (!caps.writeSheets.supported) throw new PmoHostError(caps.writeSheets.reason);
  const maxBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  let syncs = 0;

  const workbook = context.workbook;
  const existing = workbook.worksheets.getItemOrNullObject(spec.name);
  existing.load("name,position");
  const leftover = workbook.worksheets.getItemOrNullObject(temporaryName(spec.name));
  leftover.load("name");
  const owned = workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING);
  owned.load("value");
  const tables = workbook.tables;
  tables.load("items/name,items/worksheet/name");
  syncs++;
  await context.sync();

  let replaced = false;
  if (!existing.isNullObject) {
    const marker = existing.names.getItemOrNullObject(MARKER_NAME);
    marker.load("name");
    syncs++;
    await context.sync();
    if (marker.isNullObject) throw new PmoSheetOwnershipError(spec.name);
    replaced = true;
  }
  // A table name used on another sheet would make the final rename fail after the old sheet is gone.
  for (const block of spec.blocks) {
    if (!block.tableName) continue;
    const clash = tables.items.find((t) => t.name.toLowerCase() === block.tableName!.toLowerCase());
    if (clash && clash.worksheet.name !== spec.name) {
      throw new PmoHostError(
        `The table name '${block.tableName}' is already used on sheet '${clash.worksheet.name}'. Rename that table, then run again.`,
      );
    }
  }

  if (!leftover.isNullObject) leftover.delete();
  const suspend = () => {
    if (caps.suspendCalculation.supported) context.application.suspendApiCalculationUntilNextSync();
  };
  suspend();
  const sheet = workbook.worksheets.add(temporaryName(spec.name));

  // Flush the batch before a payload would take the request past the limit (nothing of the swap is
  // queued yet, so an intermediate sync only adds rows to the temporary sheet).
  let queuedBytes = 0;
  const reserve = async (bytes: number) => {
    if (queuedBytes > 0 && queuedBytes + bytes > maxBytes) {
      syncs++;
      await context.sync();
      suspend();
      queuedBytes = 0;
    }
    queuedBytes += bytes;
  };
  let cells = 0;
  const newTables: { table: Excel.Table; name: string }[] = [];
  for (const block of spec.blocks) {
    const width = Math.max(0, ...block.values.map((r) => r.length));
    if (block.values.length === 0 || width === 0) continue;
    const grid = mergeFormulas(block.values, block.formulas, width);
    const hasFormulas = Boolean(block.formulas);
    const start = parseCell(block.at);
    // Text stays text: the "@" format goes on before the values, which Excel would otherwise parse. Its
    // bytes count towards the request limit with the values.
    const text = textFormats(grid);
    for (const chunk of rowChunks(grid, maxBytes, text)) {
      await reserve(chunk.bytes);
      const at = a1(start.row + chunk.offset, start.col);
      const range = sheet.getRange(blockAddress(at, chunk.rows.length, width));
      const formats = text?.slice(chunk.offset, chunk.offset + chunk.rows.length);
      if (formats?.some((row) => row.includes("@"))) range.numberFormat = formats;
      if (hasFormulas) range.formulas = chunk.rows as unknown as string[][];
      else range.values = chunk.rows as unknown as (string | number | boolean)[][];
      cells += chunk.rows.length * width;
    }
    const whole = blockAddress(block.at, grid.length, width);
    if (block.header) {
      const head = sheet.getRange(blockAddress(block.at, 1, width));
      head.format.font.bold = true;
      head.format.fill.color = HEADER_FILL;
    }
    if (block.tableName) {
      const table = sheet.tables.add(whole, true);
      table.name = temporaryTableName(block.tableName);
      newTables.push({ table, name: block.tableName });
    }
  }

  for (const nf of spec.numberFormats ?? []) {
    const formats = fill(nf.range, nf.format);
    await reserve(formats.length * (JSON.stringify(formats[0] ?? []).length + 1));
    sheet.getRange(nf.range).numberFormat = formats;
  }
  for (const cf of spec.conditionalFormats ?? []) addConditionalFormat(sheet.getRange(cf.range), cf);
  for (const range of spec.bold ?? []) sheet.getRange(range).format.font.bold = true;
  for (const f of spec.fills ?? []) sheet.getRange(f.range).format.fill.color = f.color;
  (spec.columnWidths ?? []).forEach((chars, col) => {
    const letter = columnLetter(col);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = charsToPoints(chars);
  });
  if (spec.freezeRows) sheet.freezePanes.freezeRows(spec.freezeRows);
  for (const chart of spec.charts ?? []) addChart(sheet, chart);
  if (spec.print && caps.printSetup.supported) {
    sheet.pageLayout.orientation = (spec.print.landscape ? "Landscape" : "Portrait") as Excel.PageOrientation;
    sheet.pageLayout.setPrintArea(spec.print.area);
    if (spec.print.fitToOnePage) sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
  }
  sheet.names.add(MARKER_NAME, markerFormula(), "Marks a sheet written by PMO Align; it may be replaced on the next run.");

  // The swap: everything above succeeded, so retire the old sheet and take its name and place.
  if (replaced) {
    existing.delete();
    sheet.position = existing.position;
  }
  sheet.name = spec.name;
  for (const { table, name } of newTables) table.name = name;
  workbook.settings.add(OWNED_SHEETS_SETTING, JSON.stringify(withOwned(parseOwned(owned.isNullObject ? null : owned.value), spec.name)));
  sheet.activate();
  syncs++;
  await context.sync();

  return { sheet: spec.name, replaced, syncs, cells, charts: spec.charts?.length ?? 0 };
}

type Grid = (CellValue | string)[][];

/** Values with formulas laid over them cell by cell, padded to the block width. */
export function mergeFormulas(
  values: readonly (readonly CellValue[])[],
  formulas: readonly (readonly (string | null)[])[] | undefined,
  width: number,
): Grid {
  return values.map((row, r) =>
    Array.from({ length: width }, (_, c) => {
      const formula = formulas?.[r]?.[c];
      if (formula) return formula;
      const v = row[c];
      return v === null || v === undefined ? "" : v;
    }),
  );
}

/**
 * Split rows so each chunk's JSON stays under maxBytes (a block bigger than one request), counting the rows of
 * `formats` (written with the values) too.
 */
export function rowChunks(grid: Grid, maxBytes: number, formats?: readonly (readonly string[])[] | null): { offset: number; rows: Grid; bytes: number }[] {
  const chunks: { offset: number; rows: Grid; bytes: number }[] = [];
  let current: Grid = [];
  let bytes = 0;
  let offset = 0;
  grid.forEach((row, i) => {
    const rowBytes = JSON.stringify(row).length + 1 + (formats?.[i] ? JSON.stringify(formats[i]).length + 1 : 0);
    if (current.length > 0 && bytes + rowBytes > maxBytes) {
      chunks.push({ offset, rows: current, bytes });
      current = [];
      bytes = 0;
      offset = i;
    }
    current.push(row);
    bytes += rowBytes;
  });
  if (current.length) chunks.push({ offset, rows: current, bytes });
  return chunks;
}

/** Column width in characters → points (Calibri 11: 8.43 characters = 48 pt). */
export function charsToPoints(chars: number): number {
  return Math.round(chars * 5.7 + 4);
}

const OPERATORS = {
  greaterThan: "GreaterThan",
  lessThan: "LessThan",
  equal: "EqualTo",
  between: "Between",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThanOrEqual: "LessThanOrEqual",
} as const;

const ICON_SETS = { "3Arrows": "ThreeArrows", "3TrafficLights1": "ThreeTrafficLights1", "3Symbols": "ThreeSymbols" } as const;

function addConditionalFormat(range: Excel.Range, cf: ConditionalFormatSpec): void {
  switch (cf.type) {
    case "dataBar": {
      const format = range.conditionalFormats.add("DataBar" as Excel.ConditionalFormatType);
      format.dataBar.barDirection = "LeftToRight" as Excel.ConditionalDataBarDirection;
      format.dataBar.positiveFormat.fillColor = cf.color;
      format.dataBar.positiveFormat.gradientFill = false;
      return;
    }
    case "colorScale": {
      const format = range.conditionalFormats.add("ColorScale" as Excel.ConditionalFormatType);
      format.colorScale.criteria = {
        minimum: { formula: null as unknown as string, type: "LowestValue" as Excel.ConditionalFormatColorCriterionType, color: cf.minColor },
        ...(cf.midColor
          ? {
              midpoint: {
                formula: String(cf.midValue ?? 50),
                type: (cf.midValue !== undefined ? "Number" : "Percentile") as Excel.ConditionalFormatColorCriterionType,
                color: cf.midColor,
              },
            }
          : {}),
        maximum: { formula: null as unknown as string, type: "HighestValue" as Excel.ConditionalFormatColorCriterionType, color: cf.maxColor },
      };
      return;
    }
    case "iconSet": {
      const format = range.conditionalFormats.add("IconSet" as Excel.ConditionalFormatType);
      format.iconSet.style = ICON_SETS[cf.icons] as Excel.IconSet;
      if (cf.thresholds) {
        // Number cut-offs (icon from t1, top icon from t2) instead of Excel's default percentiles.
        const [t1, t2] = cf.thresholds;
        format.iconSet.criteria = [
          {} as Excel.ConditionalIconCriterion,
          { type: "Number", operator: "GreaterThanOrEqual", formula: String(t1) } as Excel.ConditionalIconCriterion,
          { type: "Number", operator: "GreaterThanOrEqual", formula: String(t2) } as Excel.ConditionalIconCriterion,
        ];
      }
      return;
    }
    case "cellValue": {
      const format = range.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
      format.cellValue.format.fill.color = cf.fill;
      if (cf.fontColor) format.cellValue.format.font.color = cf.fontColor;
      format.cellValue.rule = { formula1: cf.formula1, formula2: cf.formula2, operator: OPERATORS[cf.operator] };
      return;
    }
    case "textEquals": {
      // Exact match: a cell-value rule against a quoted string (text comparison rules only do "contains").
      const format = range.conditionalFormats.add("CellValue" as Excel.ConditionalFormatType);
      format.cellValue.format.fill.color = cf.fill;
      if (cf.fontColor) format.cellValue.format.font.color = cf.fontColor;
      format.cellValue.rule = { formula1: `="${cf.text.replace(/"/g, '""')}"`, operator: "EqualTo" };
      return;
    }
  }
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const seriesBy = (spec.seriesBy === "rows" ? "Rows" : "Columns") as Excel.ChartSeriesBy;
  const chart = sheet.charts.add(CHART_TYPES[spec.kind], sheet.getRange(spec.dataRange), seriesBy);
  chart.name = spec.name;
  chart.title.text = spec.title;
  if (spec.xAxisTitle) chart.axes.categoryAxis.title.text = spec.xAxisTitle;
  if (spec.yAxisTitle) chart.axes.valueAxis.title.text = spec.yAxisTitle;
  chart.legend.position = "Bottom" as Excel.ChartLegendPosition;
  chart.setPosition(spec.anchor);
  chart.width = spec.width;
  chart.height = spec.height;
}
