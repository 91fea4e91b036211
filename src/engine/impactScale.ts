/**
 * The impact scale: how strongly a project serves a strategic driver, as a word or a number.
 * The default is Project Online's scale (None 0, Low 1, Moderate 3, Strong 6, Extreme 9); a workbook may
 * define its own in a two-column table (word, value).
 */
import { isBlankCell, listWithOr, numberFromCell } from "./cellValues";
import { type CellLocation, PmoInputError } from "./errors";

export interface ImpactLevel {
  readonly word: string;
  readonly value: number;
}

export interface ImpactScale {
  readonly levels: readonly ImpactLevel[];
  /** The largest value on the scale; a project scoring this on every driver scores 100. */
  readonly max: number;
}

/** Project Online's driver impact scale, max 9. Plain numbers 0–9 are accepted as well. */
export const DEFAULT_IMPACT_SCALE: ImpactScale = Object.freeze({
  levels: Object.freeze([
    Object.freeze({ word: "None", value: 0 }),
    Object.freeze({ word: "Low", value: 1 }),
    Object.freeze({ word: "Moderate", value: 3 }),
    Object.freeze({ word: "Strong", value: 6 }),
    Object.freeze({ word: "Extreme", value: 9 }),
  ]),
  max: 9,
});

/** Column headers used in messages about a custom scale table when the caller gives none. */
const DEFAULT_SCALE_COLUMNS: readonly [string, string] = ["Level", "Value"];

/**
 * Builds a custom impact scale from table rows of [word, value] (header row excluded).
 * Words must be non-empty and unique (ignoring case and surrounding spaces); values numbers ≥ 0; the largest
 * value becomes `max` and must be above 0.
 *
 * @throws PmoInputError naming the row and column of the first bad cell.
 * @example impactScaleFromTable([["Low", 1], ["High", 5]], { table: "ImpactScale" }).max // 5
 */
export function impactScaleFromTable(
  rows: readonly (readonly unknown[])[],
  location: CellLocation = {},
  columns: readonly [string, string] = DEFAULT_SCALE_COLUMNS,
): ImpactScale {
  const [wordColumn, valueColumn] = columns;
  if (rows.length === 0) {
    throw new PmoInputError({ table: location.table }, "at least one impact level (a word and its value)", undefined, "the scale table is empty");
  }
  const seen = new Map<string, number>();
  const levels: ImpactLevel[] = [];
  rows.forEach((row, index) => {
    const rowNumber = index + 1;
    const wordCell = row[0];
    if (typeof wordCell !== "string" || wordCell.trim() === "") {
      throw new PmoInputError({ table: location.table, row: rowNumber, column: wordColumn }, "a word naming the impact level", wordCell ?? "");
    }
    const word = wordCell.trim();
    const key = word.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new PmoInputError({ table: location.table, row: rowNumber, column: wordColumn }, "a word not used before", word, `already used in row ${earlier}`);
    }
    seen.set(key, rowNumber);
    const value = numberFromCell(row[1]);
    if (value === undefined || value < 0) {
      throw new PmoInputError({ table: location.table, row: rowNumber, column: valueColumn }, "a number of 0 or more", row[1] ?? "");
    }
    levels.push(Object.freeze({ word, value }));
  });
  const max = Math.max(...levels.map((l) => l.value));
  if (max <= 0) {
    throw new PmoInputError({ table: location.table, column: valueColumn }, "at least one level with a value above 0", undefined, "every level is 0");
  }
  return Object.freeze({ levels: Object.freeze(levels), max });
}

/** What a cell on this scale may hold, for messages: "None, Low, Moderate, Strong, Extreme or 0–9". */
export function describeImpactScale(scale: ImpactScale): string {
  return listWithOr([...scale.levels.map((l) => l.word), `0–${scale.max}`]);
}

/**
 * The numeric impact of a cell: a level word (case-insensitive, trimmed) or a number from 0 to `scale.max`
 * (numeric text too).
 *
 * @throws PmoInputError naming the cell when it is empty, an unknown word or out of range.
 * @example parseImpact(" strong ", DEFAULT_IMPACT_SCALE, { table: "Projects", row: 7, column: "Customer" }) // 6
 */
export function parseImpact(cell: unknown, scale: ImpactScale, location: CellLocation | (() => CellLocation)): number {
  // The common case first, and the message (and the location) built only for a cell that fails: this runs once
  // per impact cell, 2,000,000 times for 100,000 projects × 20 drivers.
  if (typeof cell === "number" && Number.isFinite(cell) && cell >= 0 && cell <= scale.max) return cell;
  const where = () => (typeof location === "function" ? location() : location);
  const expected = () => `an impact level: ${describeImpactScale(scale)}`;
  if (isBlankCell(cell)) {
    throw new PmoInputError(where(), expected(), "", "write 0 when the project does not serve this driver");
  }
  if (typeof cell === "string") {
    const key = cell.trim().toLowerCase();
    const level = scale.levels.find((l) => l.word.toLowerCase() === key);
    if (level) return level.value;
  }
  const value = numberFromCell(cell);
  if (value !== undefined && value >= 0 && value <= scale.max) return value;
  throw new PmoInputError(where(), expected(), cell);
}
