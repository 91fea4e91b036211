/**
 * From the styles part, only what dates need: which cell formats (`<cellXfs>` entries, a cell's `s`) show a
 * number as a date or time, so a serial of the 1904 date system can be moved to the 1900 system.
 */
import { attr } from "./xmlScanner";
import { scanSmall } from "./packageParts";
import type { ZipArchive } from "./zipArchive";

/** Excel's built-in date and time formats (ECMA-376 §18.8.30, with the East Asian ones). */
function builtInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/**
 * Whether a format code shows a date or time: a y, m, d, h, s (or b, Buddhist year) token in its first section,
 * outside quoted text, escaped characters and `[...]` (colours, locales); `@` makes it a text format.
 */
export function isDateFormat(code: string): boolean {
  const first = firstSection(code);
  const clean = first.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, "");
  if (clean.includes("@")) return false;
  if (/\[(h+|m+|s+)\]/i.test(first)) return true;
  return /[ymdhsb]/i.test(clean.replace(/General|E[+-]/gi, ""));
}

function firstSection(code: string): string {
  let quote = false;
  let bracket = false;
  for (let k = 0; k < code.length; k++) {
    const c = code[k];
    if (c === "\\") k++;
    else if (c === '"' && !bracket) quote = !quote;
    else if (c === "[" && !quote) bracket = true;
    else if (c === "]" && !quote) bracket = false;
    else if (c === ";" && !quote && !bracket) return code.slice(0, k);
  }
  return code;
}

/** dateStyle[s] is true when cell format s shows dates; an empty array when the part is absent. */
export function readDateStyles(zip: ZipArchive, part: string | null): boolean[] {
  if (part === null) return [];
  const xml = zip.text(part);
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  scanSmall(
    xml,
    (name, attrs, selfClosing) => {
      if (name === "numFmt") {
        const id = Number(attr(attrs, "numFmtId"));
        const code = attr(attrs, "formatCode");
        if (Number.isInteger(id) && code !== null) custom.set(id, code);
      } else if (name === "cellXfs") inCellXfs = !selfClosing;
      else if (name === "xf" && inCellXfs) formats.push(Number(attr(attrs, "numFmtId") ?? 0));
    },
    { close: (name) => void (name === "cellXfs" && (inCellXfs = false)) },
  );
  return formats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : builtInDate(id);
  });
}
