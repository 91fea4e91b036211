/** Text decoding for SpreadsheetML: XML character references and OOXML's `_xHHHH_` escapes. */

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** `&amp;`, `&lt;`, … and `&#10;` / `&#x1F600;`; an unknown reference is kept as written. */
export function decodeEntities(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) !== 35) return NAMED[ref] ?? whole;
    const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Excel writes characters XML cannot hold (a carriage return, control characters) as `_xHHHH_`, and a literal
 * `_x` that would look like one as `_x005F_x…_`. Decoded left to right, so `_x005F_x000D_` stays `_x000D_`.
 */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
