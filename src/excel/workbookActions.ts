/** Small workbook actions of the Workbook step: select a problem's cell, insert the sample, create the template. */
import { PmoHostError } from "./errors";
import { hostCapabilities } from "./requirements";
import { withCellEditRetry, type RetryOptions } from "./retry";
import { blockAddress } from "./a1";

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

/** Create empty template tables, one sheet per table; existing sheets or tables are left alone. Two syncs. */
export async function createTemplate(tables: readonly TemplateTable[], options: RetryOptions = {}): Promise<string[]> {
  return withCellEditRetry(
    () =>
      Excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        const existingTables = context.workbook.tables;
        existingTables.load("items/name");
        await context.sync();
        const sheetNames = new Set(sheets.items.map((s) => s.name.toLowerCase()));
        const tableNames = new Set(existingTables.items.map((t) => t.name.toLowerCase()));
        const created: string[] = [];
        for (const spec of tables) {
          if (tableNames.has(spec.name.toLowerCase())) continue;
          const sheet = sheetNames.has(spec.sheet.toLowerCase()) ? sheets.getItem(spec.sheet) : sheets.add(spec.sheet);
          sheetNames.add(spec.sheet.toLowerCase());
          const rows = spec.rows?.length ? spec.rows : [spec.headers.map(() => "")];
          const grid = [spec.headers.map((h) => h), ...rows.map((r) => spec.headers.map((_, i) => r[i] ?? ""))];
          const address = blockAddress("A1", grid.length, spec.headers.length);
          sheet.getRange(address).values = grid as (string | number)[][];
          const table = sheet.tables.add(address, true);
          table.name = spec.name;
          sheet.getRange(blockAddress("A1", 1, spec.headers.length)).format.autofitColumns();
          created.push(spec.name);
        }
        await context.sync();
        return created;
      }),
    options,
  );
}
