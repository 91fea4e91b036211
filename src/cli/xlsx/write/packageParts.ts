/**
 * The input package as parts and relationships (OPC): part names, each part's relationships with targets
 * resolved whether written relative ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml", as
 * openpyxl writes), and the parts only a replaced sheet uses, which the copy leaves out.
 */
import { attr, elements } from "./xmlText";

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** Resolved part name without a leading slash; null for external targets. */
  readonly part: string | null;
}

/** `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a rels part describes ("" for the package's `_rels/.rels`). */
export function sourceOfRels(relsPart: string): string | null {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  return m ? `${m[1]}${m[2]}` : null;
}

/** Resolves a relationship target against the folder of its source part; absolute targets start at the root. */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all.
  }
  const base = t.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of t.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") base.pop();
    else base.push(seg);
  }
  return base.join("/");
}

export function parseRels(xml: string, sourcePart: string): Relationship[] {
  return elements(xml, "Relationship").map((el) => {
    const external = (attr(el.tag, "TargetMode") ?? "").toLowerCase() === "external";
    return {
      id: attr(el.tag, "Id") ?? "",
      type: attr(el.tag, "Type") ?? "",
      part: external ? null : resolveTarget(sourcePart, attr(el.tag, "Target") ?? ""),
    };
  });
}

/** Relationship graph of every part with a rels part: source part → its internal targets. */
export type RelGraph = ReadonlyMap<string, readonly Relationship[]>;

/**
 * Parts reachable only through `removed` (relationships the copy drops, e.g. a replaced sheet) and not from
 * anything that stays: these are left out of the output, with their rels parts. Parts nothing refers to are
 * kept (they are copied unchanged).
 */
export function partsToDrop(graph: RelGraph, removed: readonly string[], kept: (source: string, rel: Relationship) => boolean): Set<string> {
  const lower = (p: string) => p.toLowerCase();
  const reach = (starts: Iterable<string>, follow: (source: string, rel: Relationship) => boolean): Set<string> => {
    const seen = new Set<string>();
    const stack = [...starts].map(lower);
    while (stack.length) {
      const p = stack.pop()!;
      if (seen.has(p)) continue;
      seen.add(p);
      for (const rel of graph.get(p) ?? []) if (rel.part && follow(p, rel)) stack.push(lower(rel.part));
    }
    return seen;
  };
  const dropped = reach(removed, () => true);
  const staying = reach([""], kept);
  return new Set([...dropped].filter((p) => !staying.has(p)));
}
