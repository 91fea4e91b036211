/**
 * Where the output's user parts come from: the input .xlsx (parts copied as stored), or, without an input, a
 * minimal empty workbook package of our own.
 */
import type { ZipOutput } from "./zipOutput";
import { type ZipEntry, type ZipInput, entryText, readZip } from "./zipInput";
import { NS_MAIN, NS_REL } from "./sheetXml";
import { MINIMAL_STYLES } from "./styles";

export interface PackageSource {
  /** Part names in package order, as stored. */
  readonly parts: readonly string[];
  /** A part's text, looked up without regard to case; null when absent. */
  text(part: string): string | null;
  /** Puts the part unchanged into the output. */
  copy(part: string, out: ZipOutput): Promise<void>;
}

export function zipSource(data: Buffer): PackageSource {
  const zip: ZipInput = readZip(data);
  const byName = new Map<string, ZipEntry>();
  for (const e of zip.entries) if (!e.name.endsWith("/")) byName.set(e.name.toLowerCase(), e);
  return {
    parts: [...byName.values()].map((e) => e.name),
    text: (part) => {
      const e = byName.get(part.toLowerCase());
      return e ? entryText(zip, e) : null;
    },
    copy: async (part, out) => out.copy(zip, byName.get(part.toLowerCase())!),
  };
}

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const MINIMAL: Readonly<Record<string, string>> = {
  "[Content_Types].xml":
    DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    "</Types>",
  "_rels/.rels":
    DECLARATION +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="xl/workbook.xml"/>` +
    "</Relationships>",
  "xl/workbook.xml":
    DECLARATION +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews><sheets/><calcPr calcId="191029"/></workbook>',
  "xl/_rels/workbook.xml.rels":
    DECLARATION +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${OFFICE_REL}/styles" Target="styles.xml"/>` +
    "</Relationships>",
  "xl/styles.xml": MINIMAL_STYLES,
};

/** An empty workbook (no sheets yet; ours are added), with styles and nothing else. */
export function minimalSource(): PackageSource {
  return {
    parts: Object.keys(MINIMAL),
    text: (part) => Object.entries(MINIMAL).find(([k]) => k.toLowerCase() === part.toLowerCase())?.[1] ?? null,
    copy: (part, out) => out.add(part, MINIMAL[part]!),
  };
}
