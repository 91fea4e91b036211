/**
 * A minimal streaming XML scanner for the SpreadsheetML parts we read: elements by local name (a namespace
 * prefix such as `x:` is dropped), attributes as the raw tag text, and text only when the handler asks for it.
 * Text fed in chunks is cut anywhere; a tag or text run split across chunks is carried over. No DTD or entity
 * expansion beyond XML's five named and the numeric character references.
 */
import { decodeEntities } from "./xmlText";

export interface XmlHandler {
  /** `attrs` is the tag's text after its name (see attr()); `selfClosing` for `<x/>`, which gets no close(). */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Whether text content matters now (inside `<v>` or `<t>`); other text is skipped unread. */
  wantsText(): boolean;
  /** One whole text node, entities decoded (split across chunks or CDATA sections, it may come in parts). */
  text(value: string): void;
}

export class XmlScanner {
  private rest = "";
  /** Text of the current node carried across chunks (raw, still with entities). */
  private pendingText = "";

  constructor(private readonly handler: XmlHandler) {}

  push(chunk: string): void {
    const s = this.rest.length > 0 ? this.rest + chunk : chunk;
    this.rest = "";
    const h = this.handler;
    let i = 0;
    const n = s.length;
    while (i < n) {
      const lt = s.indexOf("<", i);
      if (lt < 0) {
        if (h.wantsText()) this.pendingText += s.slice(i);
        return;
      }
      if (lt > i && h.wantsText()) this.pendingText += s.slice(i, lt);
      if (this.pendingText.length > 0) {
        h.text(decodeEntities(this.pendingText));
        this.pendingText = "";
      }
      const c1 = s.charCodeAt(lt + 1);
      if (Number.isNaN(c1)) return this.keep(s, lt);
      if (c1 === 33 /* ! */) {
        const end = this.special(s, lt);
        if (end < 0) return this.keep(s, lt);
        i = end;
        continue;
      }
      if (c1 === 63 /* ? */) {
        const end = s.indexOf("?>", lt + 2);
        if (end < 0) return this.keep(s, lt);
        i = end + 2;
        continue;
      }
      const gt = tagEnd(s, lt + 1);
      if (gt < 0) return this.keep(s, lt);
      if (c1 === 47 /* / */) {
        h.close(localName(s, lt + 2, gt));
      } else {
        const selfClosing = s.charCodeAt(gt - 1) === 47;
        const last = selfClosing ? gt - 1 : gt;
        let nameEnd = lt + 1;
        while (nameEnd < last && !isSpace(s.charCodeAt(nameEnd))) nameEnd++;
        h.open(localName(s, lt + 1, nameEnd), s.slice(nameEnd, last), selfClosing);
      }
      i = gt + 1;
    }
  }

  /** The part has ended: anything left is a truncated tag, which we ignore as Excel would refuse it. */
  end(): void {
    this.rest = "";
    this.pendingText = "";
  }

  private keep(s: string, from: number): void {
    this.rest = s.slice(from);
  }

  /** `<!-- -->`, `<![CDATA[ ]]>` (text, not decoded) or `<!DOCTYPE >`; the index after it, or -1 if cut. */
  private special(s: string, lt: number): number {
    if (s.startsWith("<!--", lt)) {
      const end = s.indexOf("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      const end = s.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      if (this.handler.wantsText()) this.handler.text(s.slice(lt + 9, end));
      return end + 3;
    }
    if (s.length - lt < 9) return -1;
    const gt = tagEnd(s, lt + 1);
    return gt < 0 ? -1 : gt + 1;
  }
}

/** The `>` closing a tag whose name starts at `from`, skipping quoted attribute values; -1 when not in `s` yet. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let k = from; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (quote === 0) {
      if (c === 62 /* > */) return k;
      if (c === 34 || c === 39) quote = c;
    } else if (c === quote) quote = 0;
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

/** The element name without its namespace prefix ("x:c" → "c"). */
function localName(s: string, from: number, to: number): string {
  let end = to;
  while (end > from && isSpace(s.charCodeAt(end - 1))) end--;
  let start = from;
  for (let k = from; k < end; k++) if (s.charCodeAt(k) === 58 /* : */) start = k + 1;
  return s.slice(start, end);
}

/**
 * The value of attribute `name` (matched by local name, so `r:id` answers "id"; `xmlns:` declarations never
 * match) in a tag's attribute text, entities decoded; null when absent.
 */
export function attr(attrs: string, name: string): string | null {
  let from = 0;
  for (;;) {
    const at = attrs.indexOf(name, from);
    if (at < 0) return null;
    from = at + name.length;
    const before = at === 0 ? 32 : attrs.charCodeAt(at - 1);
    if (!(isSpace(before) || before === 58)) continue;
    let k = from;
    while (isSpace(attrs.charCodeAt(k))) k++;
    if (attrs.charCodeAt(k) !== 61 /* = */) continue;
    if (before === 58 && attrs.lastIndexOf("xmlns:", at) === at - 6) continue;
    k++;
    while (isSpace(attrs.charCodeAt(k))) k++;
    const quote = attrs.charCodeAt(k);
    if (quote !== 34 && quote !== 39) return null;
    const end = attrs.indexOf(String.fromCharCode(quote), k + 1);
    if (end < 0) return null;
    // Inside another attribute's value? Only if an odd number of quotes precede `at`; rare enough to check.
    if (insideQuotes(attrs, at)) {
      from = end + 1;
      continue;
    }
    return decodeEntities(attrs.slice(k + 1, end));
  }
}

function insideQuotes(attrs: string, at: number): boolean {
  let quote = 0;
  for (let k = 0; k < at; k++) {
    const c = attrs.charCodeAt(k);
    if (quote === 0) {
      if (c === 34 || c === 39) quote = c;
    } else if (c === quote) quote = 0;
  }
  return quote !== 0;
}
