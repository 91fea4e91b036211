/**
 * A small, strict XML reader for the add-in manifest: elements, attributes, text, comments, CDATA and the
 * five predefined entities plus character references. No DTDs (a manifest has none). Any malformation
 * throws XmlSyntaxError with the 1-based line and column, so the manifest check can say where it broke.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "OfficeApp" or "bt:Image". */
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** Concatenated text directly inside this element (entities decoded), untrimmed. */
  readonly text: string;
  readonly line: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`line ${line}, column ${column}: ${message}`);
    this.name = "XmlSyntaxError";
  }
}

interface MutableElement {
  name: string;
  attributes: Map<string, string>;
  children: MutableElement[];
  text: string;
  line: number;
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?/;
const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Parses a whole document and returns its root element. */
export function parseXml(source: string): XmlElement {
  let pos = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: MutableElement[] = [];
  let root: MutableElement | undefined;

  const fail = (message: string, at = pos): never => {
    const before = source.slice(0, at).split("\n");
    throw new XmlSyntaxError(message, before.length, before[before.length - 1].length + 1);
  };
  const lineAt = (at: number): number => source.slice(0, at).split("\n").length;

  const decode = (raw: string, start: number): string =>
    raw.replace(/&([^;&\s]*);?/g, (match, ref: string, offset: number) => {
      if (!match.endsWith(";")) fail(`'&' must start an entity such as &amp;`, start + offset);
      if (ref.startsWith("#x")) return codePoint(parseInt(ref.slice(2), 16), match, start + offset);
      if (ref.startsWith("#")) return codePoint(parseInt(ref.slice(1), 10), match, start + offset);
      const value = ENTITIES[ref];
      if (value === undefined) fail(`unknown entity ${match}`, start + offset);
      return value;
    });
  const codePoint = (n: number, match: string, at: number): string => {
    if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff) fail(`bad character reference ${match}`, at);
    return String.fromCodePoint(n);
  };

  const skipSpace = (): void => {
    while (pos < source.length && /\s/.test(source[pos])) pos++;
  };
  const expect = (token: string): void => {
    if (!source.startsWith(token, pos)) fail(`expected '${token}'`);
    pos += token.length;
  };
  const readName = (): string => {
    const match = NAME.exec(source.slice(pos, pos + 200));
    if (!match) fail("expected a name");
    pos += match![0].length;
    return match![0];
  };

  if (source.startsWith("<?xml", pos)) {
    const end = source.indexOf("?>", pos);
    if (end < 0) fail("unterminated XML declaration");
    pos = end + 2;
  }

  while (pos < source.length) {
    const open = stack[stack.length - 1];
    if (source[pos] !== "<") {
      const next = source.indexOf("<", pos);
      const end = next < 0 ? source.length : next;
      const raw = source.slice(pos, end);
      if (!open) {
        if (raw.trim() !== "") fail("text outside the root element");
      } else {
        if (raw.includes("]]>")) fail("']]>' is not allowed in text");
        open.text += decode(raw, pos);
      }
      pos = end;
      continue;
    }
    if (source.startsWith("<!--", pos)) {
      const end = source.indexOf("-->", pos + 4);
      if (end < 0) fail("unterminated comment");
      if (source.slice(pos + 4, end).includes("--")) fail("'--' is not allowed inside a comment");
      pos = end + 3;
      continue;
    }
    if (source.startsWith("<![CDATA[", pos)) {
      if (!open) fail("CDATA outside the root element");
      const end = source.indexOf("]]>", pos);
      if (end < 0) fail("unterminated CDATA section");
      open!.text += source.slice(pos + 9, end);
      pos = end + 3;
      continue;
    }
    if (source.startsWith("<!", pos)) fail("DOCTYPE and other declarations are not allowed in a manifest");
    if (source.startsWith("<?", pos)) {
      const end = source.indexOf("?>", pos);
      if (end < 0) fail("unterminated processing instruction");
      pos = end + 2;
      continue;
    }
    if (source.startsWith("</", pos)) {
      const at = pos;
      pos += 2;
      const name = readName();
      skipSpace();
      expect(">");
      if (!open) fail(`closing tag </${name}> without an open element`, at);
      if (open!.name !== name) fail(`</${name}> closes <${open!.name}> (opened on line ${open!.line})`, at);
      stack.pop();
      continue;
    }

    const start = pos;
    pos++;
    const name = readName();
    const element: MutableElement = { name, attributes: new Map(), children: [], text: "", line: lineAt(start) };
    for (;;) {
      const hadSpace = /\s/.test(source[pos] ?? "");
      skipSpace();
      if (source.startsWith("/>", pos) || source[pos] === ">") break;
      if (pos >= source.length) fail(`unterminated tag <${name}>`, start);
      if (!hadSpace) fail(`attributes of <${name}> must be separated by whitespace`);
      const attrAt = pos;
      const attr = readName();
      skipSpace();
      expect("=");
      skipSpace();
      const quote = source[pos];
      if (quote !== '"' && quote !== "'") fail(`value of ${attr} must be quoted`);
      const end = source.indexOf(quote, pos + 1);
      if (end < 0) fail(`unterminated value of ${attr}`);
      const raw = source.slice(pos + 1, end);
      if (raw.includes("<")) fail(`'<' is not allowed in the value of ${attr}`, pos + 1);
      if (element.attributes.has(attr)) fail(`duplicate attribute ${attr} on <${name}>`, attrAt);
      element.attributes.set(attr, decode(raw, pos + 1));
      pos = end + 1;
    }
    const selfClosing = source.startsWith("/>", pos);
    pos += selfClosing ? 2 : 1;

    if (open) open.children.push(element);
    else if (root) fail(`a second root element <${name}>; a document has exactly one`, start);
    else root = element;
    if (!selfClosing) stack.push(element);
  }

  if (stack.length > 0) {
    const unclosed = stack[stack.length - 1];
    fail(`<${unclosed.name}> opened on line ${unclosed.line} is never closed`);
  }
  if (!root) fail("the document has no root element");
  return root!;
}

/** Direct children named `name`. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c) => c.name === name);
}

/** Every descendant (depth first, document order), excluding `element` itself. */
export function descendants(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(element);
  return out;
}
