/**
 * Reading numbers out of raw cells. Excel hands over numbers, text, booleans or empty values; text that
 * looks like a number ("3", " 0.5 ") counts as that number, because pasted and CSV data often arrives as text.
 */

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** True for a cell with nothing in it: null, undefined, "" or only spaces. */
export function isBlankCell(cell: unknown): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * The number a cell holds: a finite number, or text written as a plain decimal number.
 * Anything else (booleans, "0x10", "3 apples", NaN, Infinity) gives undefined.
 */
export function numberFromCell(cell: unknown): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell === "string") {
    const text = cell.trim();
    if (!DECIMAL.test(text)) return undefined;
    const value = Number(text);
    return Number.isFinite(value) ? value : undefined;
  }
  return undefined;
}

/** "A, B or C" — for messages listing what a cell may hold. */
export function listWithOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}
