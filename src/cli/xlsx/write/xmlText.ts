/**
 * Small XML text tools for the package writer: escaping for cells (hot path) and in-place edits of the few
 * input parts we change (workbook, rels, content types, styles), so everything else in them stays as the user's
 * tool wrote it. Elements are found by local name with any namespace prefix.
 */
import { esc } from "./drawingMl";

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Escapes text and attribute values (and drops characters XML 1.0 cannot carry); fast when nothing needs it. */
export function xmlEscape(text: string): string {
  return NEEDS_ESCAPE.test(text) ? esc(text) : text;
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k === "amp") return "&";
    if (k === "lt") return "<";
    if (k === "gt") return ">";
    if (k === "quot") return '"';
    if (k === "apos") return "'";
    return String.fromCodePoint(k.startsWith("#x") ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });
}

export interface XmlElement {
  /** Offsets of the whole element (start tag to end tag) in the text. */
  readonly start: number;
  readonly end: number;
  /** The start tag, e.g. `<sheet name="Data" sheetId="1" r:id="rId1"/>`. */
  readonly tag: string;
  /** Between the start and end tags; "" for a self-closing element. */
  readonly inner: string;
  readonly innerStart: number;
  readonly selfClosing: boolean;
  /** The namespace prefix with its colon ("x:") or "". */
  readonly prefix: string;
}

/** Every element named `local` (any prefix) in `xml[from, to)`; elements of that name must not nest. */
export function elements(xml: string, local: string, from = 0, to = xml.length): XmlElement[] {
  const out: XmlElement[] = [];
  const open = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)${local}(?=[\\s/>])[^>]*>`, "g");
  open.lastIndex = from;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const tag = m[0];
    const prefix = m[1] ?? "";
    const innerStart = m.index + tag.length;
    if (tag.endsWith("/>")) {
      out.push({ start: m.index, end: innerStart, tag, inner: "", innerStart, selfClosing: true, prefix });
      continue;
    }
    const close = `</${prefix}${local}>`;
    const closeAt = xml.indexOf(close, innerStart);
    if (closeAt < 0) throw new Error(`unclosed <${prefix}${local}>`);
    out.push({ start: m.index, end: closeAt + close.length, tag, inner: xml.slice(innerStart, closeAt), innerStart, selfClosing: false, prefix });
    open.lastIndex = closeAt + close.length;
  }
  return out;
}

export function firstElement(xml: string, local: string, from = 0, to = xml.length): XmlElement | null {
  return elements(xml, local, from, to)[0] ?? null;
}

/** An attribute's value (unescaped) by local name, any prefix; null when absent. */
export function attr(tag: string, local: string): string | null {
  const m = new RegExp(`\\s(?:[A-Za-z_][\\w.-]*:)?${local}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3] ?? "") : null;
}

/** The tag with attribute `local` set to `value` (added before the end when absent). */
export function setAttr(tag: string, local: string, value: string): string {
  const re = new RegExp(`(\\s(?:[A-Za-z_][\\w.-]*:)?${local}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, (_, head: string) => `${head}"${xmlEscape(value)}"`);
  return tag.replace(/\s*(\/?)>$/, (_, slash: string) => ` ${local}="${xmlEscape(value)}"${slash}>`);
}

/** Replaces [start, end) of `xml` with `text`. */
export function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}

/** Where a new child goes so that the children named in `before` (schema order) stay after it. */
export function insertionPoint(xml: string, parent: XmlElement, before: readonly string[]): number {
  let at = parent.innerStart + parent.inner.length;
  for (const name of before) {
    const el = firstElement(xml, name, parent.innerStart, parent.innerStart + parent.inner.length);
    if (el && el.start < at) at = el.start;
  }
  return at;
}

/**
 * Appends `children` to the container element `local` inside `parent` (creating it at the schema position
 * given by `before` when absent) and sets its `count` attribute to `total` when given.
 */
export function appendToContainer(xml: string, parent: XmlElement, local: string, children: string, before: readonly string[], total?: number): string {
  const existing = firstElement(xml, local, parent.innerStart, parent.innerStart + parent.inner.length);
  const p = parent.prefix;
  if (!existing) {
    const count = total !== undefined ? ` count="${total}"` : "";
    return splice(xml, insertionPoint(xml, parent, before), insertionPoint(xml, parent, before), `<${p}${local}${count}>${children}</${p}${local}>`);
  }
  let tag = existing.tag;
  if (total !== undefined) tag = setAttr(tag, "count", String(total));
  if (existing.selfClosing) tag = tag.replace(/\s*\/>$/, ">");
  const inner = existing.inner + children;
  return splice(xml, existing.start, existing.end, `${tag}${inner}</${existing.prefix}${local}>`);
}

/** The root element of a part. */
export function rootElement(xml: string, local: string): XmlElement {
  const root = firstElement(xml, local);
  if (!root) throw new Error(`no <${local}> element`);
  return root;
}
