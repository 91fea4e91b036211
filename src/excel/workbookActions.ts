/** Small workbook actions of the Workbook step: select a problem's cell, insert the sample, create the template. */
import { PmoHostError } from "./errors";
import { hostCapabilities } from "./requirements";
import { withCellEditRetry, type RetryOptions } from "./retry";
import { blockAddress, textFormats } from "./a1";

/** Select "Sheet!C7" (or "'My sheet'!C7") and bring its sheet to the front. */
export async function selectCell(address: string, options: RetryOptions = {}): Promise<void> {
  const bang = address.lastIndexOf("!");
  if (bang < 0) throw new PmoHostError(`'${address}' does not name a sheet.`);
  const sheetName = address.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  const cell = address.slice(bang + 1);
  await withCellEditRetry(
    () =>
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(cell).select();
        await context.sync();
      }),
    options,
  );
}

/** Insert every sheet of an .xlsx (base64) after the last sheet (ExcelApi 1.13). */
export async function insertSample(base64: string, options: RetryOptions = {}): Promise<void> {
  const caps = hostCapabilities();
  if (!caps.insertSample.supported) throw new PmoHostError(caps.insertSample.reason);
  await withCellEditRetry(
    () =>
      Excel.run(async (context) => {
        context.workbook.insertWorksheetsFromBase64(base64, {
          positionType: "End" as Excel.WorksheetPositionType,
        });
        await context.sync();
      }),
    options,
  );
}

export interface TemplateTable {
  readonly sheet: string;
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows?: readonly (readonly (string | number | null)[])[];
}

/**
 * Create empty template tables; tables that exist are left alone. Tables sharing a sheet are stacked with
 * two blank rows between them, below anything already on an existing sheet. Three syncs.
 */
export async function createTemplate(tables: readonly TemplateTable[], options: RetryOptions = {}): Promise<string[]> {
  return withCellEditRetry(
    () =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        const existingTables = context.workbook.tables;
        existingTables.load("items/name");
        await context.sync();
        const tableNames = new Set(existingTables.items.map((t) => t.name.toLowerCase()));
        const todo = tables.filter((t) => !tableNames.has(t.name.toLowerCase()));
        const existingSheets = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
        const used = new Map<string, Excel.Range>();
        for (const spec of todo) {
          const sheet = existingSheets.get(spec.sheet.toLowerCase());
          if (sheet && !used.has(spec.sheet.toLowerCase())) {
            used.set(spec.sheet.toLowerCase(), sheet.getUsedRangeOrNullObject(true).load("rowIndex,rowCount"));
          }
        }
        await context.sync();

        const nextRow = new Map<string, number>();
        for (const [key, range] of used) nextRow.set(key, range.isNullObject ? 0 : range.rowIndex + range.rowCount + 2);
        const created: string[] = [];
        for (const spec of todo) {
          const key = spec.sheet.toLowerCase();
          let sheet = existingSheets.get(key);
          if (!sheet) {
            sheet = sheets.add(spec.sheet);
            existingSheets.set(key, sheet);
          }
          const top = nextRow.get(key) ?? 0;
          const rows = spec.rows?.length ? spec.rows : [spec.headers.map(() => "")];
          const grid = [spec.headers.map((h) => h), ...rows.map((r) => spec.headers.map((_, i) => r[i] ?? ""))];
          const address = blockAddress(`A${top + 1}`, grid.length, spec.headers.length);
          const range = sheet.getRange(address);
          // Month headers ("2027-01") stay text rather than becoming dates.
          const text = textFormats(grid);
          if (text) range.numberFormat = text;
          range.values = grid as (string | number)[][];
          const table = sheet.tables.add(address, true);
          table.name = spec.name;
          nextRow.set(key, top + grid.length + 2);
          created.push(spec.name);
        }
        await context.sync();
        return created;
      }),
    options,
  );
}
