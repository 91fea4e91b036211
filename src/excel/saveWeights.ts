/**
 * The explicit Save of driver weights: the only write into a user table. Writes the Weight column of the
 * Drivers table (one assignment), leaving every other cell as it was.
 */
import { PmoMissingDataError } from "../engine/errors";
import { withCellEditRetry, type RetryOptions } from "./retry";

export interface SaveWeightsOptions extends RetryOptions {
  readonly table?: string;
  /** Header of the column naming the driver (first match wins). */
  readonly nameColumns?: readonly string[];
  readonly weightColumn?: string;
}

/** New Weight column values: matched drivers get their weight, others keep theirs. */
export function weightColumnValues(
  names: readonly unknown[],
  current: readonly unknown[],
  weights: Readonly<Record<string, number>>,
): { column: (string | number | boolean)[][]; written: number } {
  const byName = new Map(Object.entries(weights).map(([k, v]) => [k.trim().toLowerCase(), v]));
  let written = 0;
  const column = names.map((name, i) => {
    const w = byName.get(String(name ?? "").trim().toLowerCase());
    if (w === undefined) return [(current[i] ?? "") as string | number | boolean];
    written++;
    return [w];
  });
  return { column, written };
}

export async function saveDriverWeights(
  weights: Readonly<Record<string, number>>,
  options: SaveWeightsOptions = {},
): Promise<number> {
  const tableName = options.table ?? "Drivers";
  const weightHeader = (options.weightColumn ?? "Weight").toLowerCase();
  const nameHeaders = (options.nameColumns ?? ["Driver", "Name", "Driver name"]).map((h) => h.toLowerCase());
  return withCellEditRetry(
    () =>
      Excel.run(async (context) => {
        const table = context.workbook.tables.getItemOrNullObject(tableName);
        table.load("name");
        await context.sync();
        if (table.isNullObject) throw new PmoMissingDataError({ table: tableName }, "the table is missing, so the weights were not saved.");
        const header = table.getHeaderRowRange().load("values");
        const body = table.getDataBodyRange().load("values");
        await context.sync();
        const headers = header.values[0].map((h) => String(h).trim().toLowerCase());
        const weightCol = headers.indexOf(weightHeader);
        const nameCol = headers.findIndex((h) => nameHeaders.includes(h));
        if (weightCol < 0) throw new PmoMissingDataError({ table: tableName, column: options.weightColumn ?? "Weight" }, "the column is missing.");
        if (nameCol < 0) throw new PmoMissingDataError({ table: tableName, column: "Driver" }, "no column names the drivers.");
        const { column, written } = weightColumnValues(
          body.values.map((r) => r[nameCol]),
          body.values.map((r) => r[weightCol]),
          weights,
        );
        table.columns.getItemAt(weightCol).getDataBodyRange().values = column;
        await context.sync();
        return written;
      }),
    options,
  );
}
