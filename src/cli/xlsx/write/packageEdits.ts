/** Edits of `[Content_Types].xml` and of relationship parts: overrides and relationships added or removed. */
import { attr, elements, rootElement, splice, xmlEscape } from "./xmlText";

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

const NS_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Content types without the overrides of `dropped` parts, with `added` overrides and a rels default. */
export function editContentTypes(xml: string, dropped: ReadonlySet<string>, added: readonly { part: string; type: string }[]): string {
  const root = rootElement(xml, "Types");
  const p = root.prefix;
  const inner = xml.slice(root.innerStart, root.innerStart + root.inner.length);
  const base = root.innerStart;
  let kept = "";
  let last = 0;
  for (const el of elements(xml, "Override", root.innerStart, root.innerStart + root.inner.length)) {
    const part = (attr(el.tag, "PartName") ?? "").replace(/^\/+/, "").toLowerCase();
    if (!dropped.has(part)) continue;
    kept += inner.slice(last, el.start - base);
    last = el.end - base;
  }
  kept += inner.slice(last);
  const hasRels = elements(xml, "Default", root.innerStart, root.innerStart + root.inner.length).some((el) => (attr(el.tag, "Extension") ?? "").toLowerCase() === "rels");
  const more =
    (hasRels ? "" : `<${p}Default Extension="rels" ContentType="${CONTENT_TYPE.rels}"/>`) +
    added.map((a) => `<${p}Override PartName="/${xmlEscape(a.part)}" ContentType="${a.type}"/>`).join("");
  // CT_Types is a choice of Default and Override in any order, so both can follow the user's entries.
  return splice(xml, root.innerStart, root.innerStart + root.inner.length, kept + more);
}

export interface NewRelationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** A relationships part with the ids in `removed` taken out and `added` appended. */
export function editRels(xml: string, removed: ReadonlySet<string>, added: readonly NewRelationship[]): string {
  const root = rootElement(xml, "Relationships");
  let out = xml;
  for (const el of elements(xml, "Relationship", root.innerStart, root.innerStart + root.inner.length).reverse()) {
    if (removed.has(attr(el.tag, "Id") ?? "")) out = splice(out, el.start, el.end, "");
  }
  const r = rootElement(out, "Relationships");
  const tag = r.selfClosing ? r.tag.replace(/\s*\/>$/, ">") : r.tag;
  return splice(out, r.start, r.end, `${tag}${r.inner}${relationshipsXml(added, r.prefix)}</${r.prefix}Relationships>`);
}

export function relationshipsXml(rels: readonly NewRelationship[], prefix = ""): string {
  return rels.map((r) => `<${prefix}Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`).join("");
}

/** A new relationships part. */
export function relsPart(rels: readonly NewRelationship[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_RELS}">${relationshipsXml(rels)}</Relationships>`;
}

/** A relationship id not in `taken` ("rId7"), recorded as taken. */
export function freeRelId(taken: Set<string>): string {
  for (let n = taken.size + 1; ; n++) {
    const id = `rId${n}`;
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}
