/** Cell values as the reader keeps them, and date serials (1900 date system, as Office.js gives them). */
import type { RawCell } from "../../../engine/portfolio";

/** An Excel error value (`#REF!`, `#N/A`, …) in a cell or as a formula's cached result. */
export class CellError {
  constructor(readonly code: string) {}
}

export type CellValue = RawCell | CellError;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Days from 1900-01-00 (serial 0 of the 1900 system) to 1904-01-01 (serial 0 of the 1904 system). */
const DAYS_1900_TO_1904 = 1462;

/** A UTC instant as a serial, time of day as a fraction, floating noise below a millisecond rounded away. */
export function serialFromMs(ms: number): number {
  const days = (ms - EXCEL_EPOCH_MS) / DAY_MS;
  return Math.round(days * DAY_MS) / DAY_MS;
}

/**
 * A date-formatted number as a 1900-system serial, rounded to the millisecond the way the earlier
 * Date-based reading did (so both readers agree to the last bit).
 */
export function dateSerial(value: number, date1904: boolean): number {
  return serialFromMs(Math.round((value - 25569 + (date1904 ? DAYS_1900_TO_1904 : 0)) * DAY_MS));
}

/** A `t="d"` cell's ISO 8601 date or date-time (no zone means none: read as UTC), or null when unreadable. */
export function isoDateSerial(text: string): number | null {
  const m = /^\s*(-?\d{4,})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/.exec(text);
  if (m) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)) + Math.round(Number(m[7] ?? 0) * 1000);
    const zone = m[8];
    const offset = !zone || zone === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))) * 60_000;
    return serialFromMs(ms - offset);
  }
  const time = /^\s*T?(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*$/.exec(text);
  if (time) return (Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0) + Number(time[4] ?? 0)) / 86_400;
  return null;
}
