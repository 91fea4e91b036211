/**
 * Months as "yyyy-mm" strings, read from Excel dates (serial numbers, 1900 date system) or text.
 */

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** Day 0 of Excel's 1900 date system as used by serials above 60 (Excel counts a fictitious 1900-02-29). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Years accepted from a cell; outside this a number is more likely a typo than a date. */
const MIN_YEAR = 1950;
const MAX_YEAR = 2200;

/** "yyyy-mm" for a year and a 1-based month. */
export function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}

/** Months since year 0 (a linear index, so differences are month counts). */
export function monthIndex(month: string): number {
  const [y, m] = month.split("-").map(Number);
  return y * 12 + (m - 1);
}

export function monthFromIndex(index: number): string {
  return formatMonth(Math.floor(index / 12), (index % 12) + 1);
}

/** `count` consecutive months starting at `first`. */
export function monthRange(first: string, count: number): string[] {
  const start = monthIndex(first);
  return Array.from({ length: count }, (_, k) => monthFromIndex(start + k));
}

/** Excel serial day number → ISO date "yyyy-mm-dd" (1900 date system). */
export function excelSerialToIsoDate(serial: number): string {
  return new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** ISO date (UTC midnight) → Excel serial day number. */
export function isoDateToExcelSerial(iso: string): number {
  return Math.round((Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) - EXCEL_EPOCH_MS) / DAY_MS);
}

function plausible(year: number, month: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month)) return undefined;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return undefined;
  return formatMonth(year, month);
}

/**
 * The month a cell names: an Excel date serial, or text "2027-03", "2027/3", "2027-03-15", "03/2027",
 * "Mar 2027", "March 2027", "Mar-27". Undefined for anything else (including blank cells).
 */
export function monthFromCell(cell: unknown): string | undefined {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell) || cell < 1) return undefined;
    const iso = excelSerialToIsoDate(cell);
    return plausible(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));
  }
  if (typeof cell !== "string") return undefined;
  const text = cell.trim().toLowerCase();
  let m = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?(?:[t ][\d:.]+z?)?$/.exec(text);
  if (m) return plausible(Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return plausible(Number(m[2]), Number(m[1]));
  m = /^([a-z]{3,9})[\s\-/.']*(\d{2}|\d{4})$/.exec(text);
  if (m) {
    // "Mar", "March" and "Sept" count; "Mars" does not.
    const word = m[1];
    const month = MONTH_NAMES.findIndex((name) => word === name || word === name.slice(0, 3) || (word === "sept" && name === "september")) + 1;
    if (month === 0) return undefined;
    const year = m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
    return plausible(year, month);
  }
  return undefined;
}
