/**
 * How the add-in recognises its own sheets: a sheet-scoped name holding PMO_SHEET_MARKER (survives
 * renames of other sheets, invisible in the grid) plus a workbook setting listing the sheets it wrote,
 * used to enumerate them (freeze, cleanup). A sheet is ours only if it carries the marker.
 */
import { PMO_SHEET_MARKER, PMO_SHEET_MARKER_NAME } from "../sheets/sheetSpec";

export const MARKER_NAME = PMO_SHEET_MARKER_NAME;
export const OWNED_SHEETS_SETTING = "PMOAlign.ownedSheets";

export function markerFormula(): string {
  return `="${PMO_SHEET_MARKER}"`;
}

/** Parse the owned-sheets setting (a JSON array of names; anything else counts as empty). */
export function parseOwned(value: unknown): string[] {
  const raw = typeof value === "string" ? safeParse(value) : value;
  return Array.isArray(raw) ? raw.filter((x): x is string => typeof x === "string") : [];
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return [];
  }
}

export function withOwned(owned: readonly string[], name: string): string[] {
  return owned.includes(name) ? [...owned] : [...owned, name];
}
