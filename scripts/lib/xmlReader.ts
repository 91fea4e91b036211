/**
 * The add-in manifest as a tree of elements, read with fast-xml-parser: its validator finds malformations
 * (with line and column), its parser keeps child order and each element's offset (for line numbers). A
 * manifest needs a little more than well-formed XML, checked here: no DTD or other declarations, only the
 * five predefined entities and character references, and exactly one root element.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

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

/** fast-xml-parser's preserveOrder node: { [tag]: children, ":@"?: attributes } or { "#text": text }. */
type OrderedNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  captureMetaData: true,
  processEntities: true,
  // Decodes character references (&#65;); named HTML entities never get here (refused below).
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: "#comment",
});
const META = XMLParser.getMetaDataSymbol();
const PREDEFINED = new Set(["lt", "gt", "amp", "quot", "apos"]);

/** Parses a whole document and returns its root element; XmlSyntaxError names the line and column. */
export function parseXml(source: string): XmlElement {
  const text = source.replace(/^\uFEFF/, "");
  const lineStarts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) lineStarts.push(i + 1);
  const position = (at: number): [number, number] => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return [lo + 1, at - lineStarts[lo]! + 1];
  };
  const fail = (message: string, at: number): never => {
    throw new XmlSyntaxError(message, ...position(at));
  };

  const verdict = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (verdict !== true) throw new XmlSyntaxError(verdict.err.msg, verdict.err.line, verdict.err.col);
  // Outside comments and CDATA: no declarations, no entities beyond XML's own.
  const markup = text.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => " ".repeat(m.length));
  const declaration = /<!(?!--|\[CDATA\[)/.exec(markup);
  if (declaration) fail("DOCTYPE and other declarations are not allowed in a manifest", declaration.index);
  for (const entity of markup.matchAll(/&([^;&\s<]*);?/g)) {
    const [whole, ref] = entity as unknown as [string, string];
    if (!whole.endsWith(";")) fail("'&' must start an entity such as &amp;", entity.index!);
    if (!PREDEFINED.has(ref) && !/^#(\d+|x[0-9a-fA-F]+)$/.test(ref)) fail(`unknown entity ${whole}`, entity.index!);
  }

  const roots = (parser.parse(text) as OrderedNode[]).filter((node) => elementName(node) !== null);
  if (roots.length === 0) fail("the document has no root element", 0);
  if (roots.length > 1) fail(`a second root element <${elementName(roots[1]!)}>; a document has exactly one`, offsetOf(roots[1]!));
  return toElement(roots[0]!, (at) => position(at)[0]);
}

function elementName(node: OrderedNode): string | null {
  return Object.keys(node).find((key) => key !== ":@" && key !== "#text" && key !== "#comment") ?? null;
}

function offsetOf(node: OrderedNode): number {
  return (node[META as unknown as string] as { startIndex?: number } | undefined)?.startIndex ?? 0;
}

function toElement(node: OrderedNode, lineAt: (offset: number) => number): XmlElement {
  const name = elementName(node)!;
  const content = (node[name] as OrderedNode[]) ?? [];
  const attributes = new Map(Object.entries((node[":@"] as Record<string, string> | undefined) ?? {}));
  return {
    name,
    attributes,
    children: content.filter((c) => elementName(c) !== null).map((c) => toElement(c, lineAt)),
    text: content.map((c) => (typeof c["#text"] === "string" ? c["#text"] : "")).join(""),
    line: lineAt(offsetOf(node)),
  };
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
