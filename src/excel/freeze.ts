/**
 * "Freeze for sharing": on the add-in's own sheets (marker present) every formula becomes its current
 * value, and a note with the date and settings is added below the data, so readers without the add-in
 * see the same numbers. User sheets are never read for writing. Three syncs whatever the size.
 */
import { MARKER_NAME, OWNED_SHEETS_SETTING, parseOwned } from "./ownership";
import { withCellEditRetry, type RetryOptions } from "./retry";

export interface FreezeOutcome {
  /** Sheets whose formulas were turned into values. */
  readonly sheets: readonly string[];
  readonly formulasFrozen: number;
  readonly syncs: number;
}

/** Count formulas in a grid (strings starting with "="). */
export function countFormulas(formulas: readonly (readonly unknown[])[]): number {
  let n = 0;
  for (const row of formulas) for (const f of row) if (typeof f === "string" && f.startsWith("=")) n++;
  return n;
}

export async function freezeForSharing(note: string, options: RetryOptions = {}): Promise<FreezeOutcome> {
  return withCellEditRetry(
    () =>
      Excel.run(async (context) => {
        let syncs = 0;
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        const owned = context.workbook.settings.getItemOrNullObject(OWNED_SHEETS_SETTING);
        owned.load("value");
        syncs++;
        await context.sync();

        const ownedNames = new Set(parseOwned(owned.isNullObject ? null : owned.value));
        const candidates = sheets.items
          .filter((s) => ownedNames.has(s.name) && s.name.startsWith("PMO "))
          .map((sheet) => {
            const marker = sheet.names.getItemOrNullObject(MARKER_NAME);
            marker.load("name");
            const used = sheet.getUsedRangeOrNullObject();
            used.load("formulas,values,rowIndex,rowCount");
            return { sheet, marker, used };
          });
        syncs++;
        await context.sync();

        const frozen: string[] = [];
        let formulasFrozen = 0;
        for (const { sheet, marker, used } of candidates) {
          if (marker.isNullObject || used.isNullObject) continue;
          const count = countFormulas(used.formulas);
          // Writing the loaded values back replaces each formula by its result; constants are unchanged.
          const values = used.values;
          if (count > 0) used.values = values;
          sheet.getRange(`A${used.rowIndex + used.rowCount + 2}`).values = [[note]];
          formulasFrozen += count;
          frozen.push(sheet.name);
        }
        syncs++;
        await context.sync();
        return { sheets: frozen, formulasFrozen, syncs };
      }),
    options,
  );
}
