/**
 * Edits of the input's workbook part: our sheets appended to `<sheets>` (or put in place of a sheet with the
 * same name, keeping its position and sheetId), and the sheet-scoped defined names we own: the ownership
 * marker the add-in also writes (PMO_ALIGN_SHEET) and the print area.
 */
import { PMO_SHEET_MARKER, PMO_SHEET_MARKER_NAME } from "../../../sheets/sheetSpec";
import { quoteSheet } from "./seriesRefs";
import { NS_REL } from "./sheetXml";
import { attr, elements, firstElement, insertionPoint, rootElement, setAttr, splice, xmlEscape } from "./xmlText";

export interface WorkbookSheet {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
}

export function workbookSheets(xml: string): WorkbookSheet[] {
  const sheets = firstElement(xml, "sheets");
  if (!sheets) return [];
  return elements(xml, "sheet", sheets.innerStart, sheets.innerStart + sheets.inner.length).map((el) => ({
    name: attr(el.tag, "name") ?? "",
    sheetId: Number(attr(el.tag, "sheetId") ?? 0),
    relId: attr(el.tag, "id") ?? "",
  }));
}

/** Defined names of the workbook (for table-name clashes). */
export function definedNames(xml: string): string[] {
  return elements(xml, "definedName").map((el) => attr(el.tag, "name") ?? "");
}

export interface OurSheet {
  readonly name: string;
  /** Index of the sheet it replaces in `<sheets>`, or null to append. */
  readonly replaces: number | null;
  readonly relId: string;
  /** Print area as "A1:L40", when the spec prints. */
  readonly printArea: string | null;
}

/** CT_Workbook children after definedNames, in schema order. */
const AFTER_DEFINED_NAMES = ["calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

export function editWorkbook(xml: string, ours: readonly OurSheet[]): string {
  const sheetsEl = firstElement(xml, "sheets");
  if (!sheetsEl) throw new Error("the workbook part has no <sheets>");
  const p = sheetsEl.prefix;
  const existing = elements(xml, "sheet", sheetsEl.innerStart, sheetsEl.innerStart + sheetsEl.inner.length);
  let maxId = existing.reduce((m, el) => Math.max(m, Number(attr(el.tag, "sheetId") ?? 0) || 0), 0);

  // Sheets: replaced ones keep their element (position, sheetId, state) with our name and relationship.
  let inner = "";
  let last = sheetsEl.innerStart;
  const indexOf = new Map<OurSheet, number>();
  existing.forEach((el, i) => {
    const mine = ours.find((o) => o.replaces === i);
    if (!mine) return;
    indexOf.set(mine, i);
    inner += xml.slice(last, el.start) + setAttr(setAttr(el.tag, "name", mine.name), "id", mine.relId) + (el.selfClosing ? "" : xml.slice(el.innerStart, el.end));
    last = el.end;
  });
  inner += xml.slice(last, sheetsEl.innerStart + sheetsEl.inner.length);
  let count = existing.length;
  for (const o of ours) {
    if (o.replaces !== null) continue;
    indexOf.set(o, count++);
    inner += `<${p}sheet xmlns:r="${NS_REL}" name="${xmlEscape(o.name)}" sheetId="${++maxId}" r:id="${o.relId}"/>`;
  }
  const sheetsTag = sheetsEl.selfClosing ? sheetsEl.tag.replace(/\s*\/>$/, ">") : sheetsEl.tag;
  xml = splice(xml, sheetsEl.start, sheetsEl.end, `${sheetsTag}${inner}</${p}sheets>`);

  // Defined names: the replaced sheets' own names go with them; ours are added.
  const replaced = new Set(ours.flatMap((o) => (o.replaces === null ? [] : [String(o.replaces)])));
  const names: string[] = [];
  for (const o of ours) {
    const local = indexOf.get(o)!;
    names.push(
      `<${p}definedName name="${PMO_SHEET_MARKER_NAME}" localSheetId="${local}" comment="Marks a sheet written by PMO Align; it may be replaced on the next run.">"${xmlEscape(PMO_SHEET_MARKER)}"</${p}definedName>`,
    );
    if (o.printArea) names.push(`<${p}definedName name="_xlnm.Print_Area" localSheetId="${local}">${xmlEscape(`${quoteSheet(o.name)}!${absolute(o.printArea)}`)}</${p}definedName>`);
  }
  const root = rootElement(xml, "workbook");
  const dn = firstElement(xml, "definedNames", root.innerStart, root.innerStart + root.inner.length);
  if (dn) {
    const kept = elements(xml, "definedName", dn.innerStart, dn.innerStart + dn.inner.length)
      .filter((el) => !replaced.has(attr(el.tag, "localSheetId") ?? ""))
      .map((el) => xml.slice(el.start, el.end));
    return splice(xml, dn.start, dn.end, `<${dn.prefix}definedNames>${kept.join("")}${names.join("")}</${dn.prefix}definedNames>`);
  }
  const at = insertionPoint(xml, root, AFTER_DEFINED_NAMES);
  return splice(xml, at, at, `<${p}definedNames>${names.join("")}</${p}definedNames>`);
}

/** "A1:L40" → "$A$1:$L$40". */
function absolute(range: string): string {
  return range
    .split(":")
    .map((ref) => ref.replace(/\$/g, "").replace(/^([A-Za-z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}
