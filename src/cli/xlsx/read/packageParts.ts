/**
 * The package's map: relationships (`_rels/*.rels`), the workbook part (sheets in tab order, date system)
 * and where its sheets, shared strings and styles live. Targets may be relative to the part's folder
 * (Excel, LibreOffice, exceljs) or absolute from the package root (openpyxl: `/xl/tables/table1.xml`).
 */
import { attr, type XmlHandler, XmlScanner } from "./xmlScanner";
import type { ZipArchive } from "./zipArchive";

export interface Relationship {
  readonly id: string;
  /** The type's last segment: "worksheet", "table", "sharedStrings", "styles", "officeDocument", … */
  readonly type: string;
  /** The target part's name from the package root, without a leading "/". */
  readonly part: string;
}

export interface SheetRef {
  readonly name: string;
  /** The worksheet part, or null for a sheet we cannot read (a chartsheet, a dangling relationship). */
  readonly part: string | null;
}

export interface WorkbookParts {
  readonly sheets: readonly SheetRef[];
  readonly date1904: boolean;
  readonly sharedStrings: string | null;
  readonly styles: string | null;
}

/** Scans a whole small XML part; `open` sees every element. */
export function scanSmall(xml: string, open: (name: string, attrs: string, selfClosing: boolean) => void, handler: Partial<XmlHandler> = {}): void {
  const scanner = new XmlScanner({
    open,
    close: handler.close ?? (() => undefined),
    wantsText: handler.wantsText ?? (() => false),
    text: handler.text ?? (() => undefined),
  });
  scanner.push(xml);
  scanner.end();
}

/** The relationships of `part` (from `folder/_rels/name.rels`), targets resolved to part names. */
export function relationships(zip: ZipArchive, part: string): Relationship[] {
  const slash = part.lastIndexOf("/");
  const folder = slash >= 0 ? part.slice(0, slash) : "";
  const relsName = `${folder ? `${folder}/` : ""}_rels/${part.slice(slash + 1)}.rels`;
  const xml = zip.text(relsName);
  if (xml === null) return [];
  const out: Relationship[] = [];
  scanSmall(xml, (name, attrs) => {
    if (name !== "Relationship" || attr(attrs, "TargetMode") === "External") return;
    const id = attr(attrs, "Id");
    const type = attr(attrs, "Type");
    const target = attr(attrs, "Target");
    if (id === null || type === null || target === null) return;
    out.push({ id, type: type.slice(type.lastIndexOf("/") + 1), part: resolveTarget(folder, target) });
  });
  return out;
}

/** A relationship target as a part name: absolute from the root, or relative to the source part's folder. */
export function resolveTarget(folder: string, target: string): string {
  const clean = target.replace(/\\/g, "/").split("#")[0]!;
  const segments = clean.startsWith("/") ? [] : folder.split("/").filter(Boolean);
  for (const s of clean.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segments.pop();
    else segments.push(decodeURIComponentSafe(s));
  }
  return segments.join("/");
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The workbook part named by the package's officeDocument relationship (xl/workbook.xml when none). */
export function workbookPart(zip: ZipArchive): string {
  const main = relationships(zip, "").find((r) => r.type === "officeDocument");
  return main && zip.has(main.part) ? main.part : "xl/workbook.xml";
}

export function readWorkbookParts(zip: ZipArchive): WorkbookParts {
  const part = workbookPart(zip);
  const xml = zip.text(part);
  if (xml === null) throw new Error("the package has no workbook part");
  const rels = relationships(zip, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetRef[] = [];
  let date1904 = false;
  scanSmall(xml, (name, attrs) => {
    if (name === "workbookPr") {
      const v = attr(attrs, "date1904");
      date1904 = v === "1" || v === "true";
    } else if (name === "sheet") {
      const rel = byId.get(attr(attrs, "id") ?? "");
      const sheetName = attr(attrs, "name") ?? "";
      sheets.push({ name: sheetName, part: rel && rel.type === "worksheet" && zip.has(rel.part) ? rel.part : null });
    }
  });
  const find = (type: string) => rels.find((r) => r.type === type && zip.has(r.part))?.part ?? null;
  return { sheets, date1904, sharedStrings: find("sharedStrings"), styles: find("styles") };
}
