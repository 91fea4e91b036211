/**
 * The package writer: the user's workbook copied part by part (stored bytes, unchanged) with our result sheets
 * added, each streamed into the zip row by row. Only the parts that must change are edited: the content types,
 * the workbook part and its relationships, and styles.xml. A sheet with the name of one we write is replaced in
 * place (same position and sheetId); the parts only it used (tables, drawings, comments…) are left out, and so
 * is calcChain.xml, which Excel rebuilds. docs/workbooks.md (Writing).
 */
import * as fs from "fs";
import type { SheetSpec } from "../../../sheets/sheetSpec";
import { drawingParts } from "./chartXml";
import { CONTENT_TYPE, type NewRelationship, editContentTypes, editRels, freeRelId, relsPart } from "./packageEdits";
import { REL, type Relationship, parseRels, partsToDrop, relsPartOf, sourceOfRels } from "./packageParts";
import type { PackageSource } from "./packageSource";
import { type PlacedBlock, type SheetLayout, cellValueOf, sheetLayout } from "./sheetLayout";
import { writeSheetXml } from "./sheetXml";
import { MINIMAL_STYLES, StyleSheet } from "./styles";
import { freeTableName, tableXml } from "./tableXml";
import { type OurSheet, definedNames, editWorkbook, workbookSheets } from "./workbookXml";
import { attr, firstElement } from "./xmlText";
import { ZipOutput } from "./zipOutput";

const CONTENT_TYPES = "[Content_Types].xml";

interface TablePlan {
  readonly block: PlacedBlock;
  readonly part: string;
  readonly id: number;
  readonly name: string;
  readonly relId: string;
}

interface SheetPlan {
  readonly spec: SheetSpec;
  readonly layout: SheetLayout;
  readonly part: string;
  readonly rels: NewRelationship[];
  readonly tables: readonly TablePlan[];
  readonly drawing: { readonly part: string; readonly relId: string; readonly charts: readonly string[] } | null;
}

interface PackagePlan {
  /** Lower-cased names of input parts left out. */
  readonly dropped: ReadonlySet<string>;
  /** Lower-cased input part name → its edited text. */
  readonly edited: ReadonlyMap<string, string>;
  readonly contentTypes: string;
  readonly styles: StyleSheet;
  readonly stylesPart: string;
  readonly sheets: readonly SheetPlan[];
}

/** Writes `source` with `specs` added as a new .xlsx at `file` (created or truncated). */
export async function writePackage(source: PackageSource, file: string, specs: readonly SheetSpec[]): Promise<void> {
  const plan = planPackage(source, specs);
  const fd = fs.openSync(file, "w");
  try {
    const out = new ZipOutput(fd);
    await out.add(CONTENT_TYPES, plan.contentTypes);
    for (const part of source.parts) {
      const lower = part.toLowerCase();
      if (lower === CONTENT_TYPES.toLowerCase() || plan.dropped.has(lower) || lower === plan.stylesPart.toLowerCase()) continue;
      const edited = plan.edited.get(lower);
      if (edited !== undefined) await out.add(part, edited);
      else await source.copy(part, out);
    }
    for (const sheet of plan.sheets) await writeSheetParts(sheet, plan.styles, out);
    // Last: the sheets above registered their cell and conditional styles while streaming.
    await out.add(plan.stylesPart, plan.styles.toXml());
    out.finish();
  } finally {
    fs.closeSync(fd);
  }
}

async function writeSheetParts(sheet: SheetPlan, styles: StyleSheet, out: ZipOutput): Promise<void> {
  const { spec, layout } = sheet;
  const stream = out.open(sheet.part);
  await writeSheetXml(spec, layout, styles, { drawing: sheet.drawing?.relId ?? null, tables: sheet.tables.map((t) => t.relId) }, stream);
  await stream.end();
  if (sheet.rels.length) await out.add(relsPartOf(sheet.part), relsPart(sheet.rels));
  for (const t of sheet.tables) await out.add(t.part, tableXml(t.block, t.id, t.name));
  if (sheet.drawing) {
    const parts = drawingParts(spec.name, spec.charts ?? [], cellValueOf(layout));
    await out.add(sheet.drawing.part, parts.drawingXml);
    const chartRels = sheet.drawing.charts.map((c, k) => ({ id: `rId${k + 1}`, type: REL.chart, target: relativeTarget(sheet.drawing!.part, c) }));
    await out.add(relsPartOf(sheet.drawing.part), relsPart(chartRels));
    for (let k = 0; k < parts.charts.length; k++) await out.add(sheet.drawing.charts[k]!, parts.charts[k]!);
  }
}

function planPackage(source: PackageSource, specs: readonly SheetSpec[]): PackagePlan {
  const need = (part: string): string => {
    const text = source.text(part);
    if (text === null) throw new Error(`the workbook package has no '${part}'`);
    return text;
  };
  const contentTypes = need(CONTENT_TYPES);
  const rootRels = parseRels(source.text("_rels/.rels") ?? "", "");
  const workbookPart = rootRels.find((r) => r.type.endsWith("/officeDocument"))?.part ?? "xl/workbook.xml";
  const workbookXml = need(workbookPart);
  const workbookRelsPart = relsPartOf(workbookPart);
  const workbookRelsXml = need(workbookRelsPart);
  const workbookRels = parseRels(workbookRelsXml, workbookPart);

  const graph = new Map<string, Relationship[]>();
  for (const part of source.parts) {
    const from = part.toLowerCase().endsWith(".rels") ? sourceOfRels(part) : null;
    if (from !== null) graph.set(from.toLowerCase(), parseRels(source.text(part) ?? "", from));
  }

  // Which sheets we replace, and the relationships that go with them.
  const sheets = workbookSheets(workbookXml);
  const relIds = new Set(workbookRels.map((r) => r.id));
  const removed = new Set<string>();
  const replaces = specs.map((spec) => {
    const i = sheets.findIndex((s) => s.name.toLowerCase() === spec.name.toLowerCase());
    if (i >= 0) removed.add(sheets[i]!.relId);
    return i >= 0 ? i : null;
  });
  if (removed.size) for (const r of workbookRels) if (r.type.endsWith("/calcChain")) removed.add(r.id);

  let stylesPart = workbookRels.find((r) => r.type.endsWith("/styles") && r.part && source.text(r.part) !== null)?.part ?? null;
  const danglingStyles = workbookRels.filter((r) => r.type.endsWith("/styles") && r.part !== stylesPart);
  for (const r of danglingStyles) removed.add(r.id);

  const workbookLower = workbookPart.toLowerCase();
  const removedParts = workbookRels.filter((r) => removed.has(r.id) && r.part).map((r) => r.part!);
  const droppedParts = partsToDrop(graph, removedParts, (from, rel) => !(from === workbookLower && removed.has(rel.id)));
  const dropped = new Set<string>();
  for (const p of droppedParts) dropped.add(p).add(relsPartOf(p).toLowerCase());

  // New part names never reuse an input name, dropped ones included.
  const names = new Set(source.parts.map((p) => p.toLowerCase()));
  const freePart = (folder: string, stem: string): string => {
    for (let n = 1; ; n++) {
      const part = `${folder}${stem}${n}.xml`;
      if (!names.has(part.toLowerCase())) {
        names.add(part.toLowerCase());
        return part;
      }
    }
  };
  const added: { part: string; type: string }[] = [];
  const newWorkbookRels: NewRelationship[] = [];

  let stylesXml = stylesPart ? source.text(stylesPart)! : null;
  if (!stylesPart || stylesXml === null) {
    stylesPart = names.has("xl/styles.xml") ? freePart("xl/", "styles") : "xl/styles.xml";
    names.add(stylesPart.toLowerCase());
    stylesXml = MINIMAL_STYLES;
    added.push({ part: stylesPart, type: CONTENT_TYPE.styles });
    newWorkbookRels.push({ id: freeRelId(relIds), type: REL.styles, target: relativeTarget(workbookPart, stylesPart) });
  }
  const styles = new StyleSheet(stylesXml);

  // Table ids and names are unique across the workbook, the user's tables and defined names included.
  const tableNames = new Set(definedNames(workbookXml).map((n) => n.toLowerCase()));
  let maxTableId = 0;
  for (const [from, rels] of graph) {
    if (dropped.has(from)) continue;
    for (const rel of rels) {
      if (!rel.type.endsWith("/table") || !rel.part || dropped.has(rel.part.toLowerCase())) continue;
      const table = firstElement(source.text(rel.part) ?? "", "table");
      if (!table) continue;
      maxTableId = Math.max(maxTableId, Number(attr(table.tag, "id")) || 0);
      for (const key of ["name", "displayName"]) {
        const v = attr(table.tag, key);
        if (v) tableNames.add(v.toLowerCase());
      }
    }
  }

  const ours: OurSheet[] = [];
  const plans: SheetPlan[] = specs.map((spec, s) => {
    const layout = sheetLayout(spec);
    const part = freePart("xl/worksheets/", "sheet");
    added.push({ part, type: CONTENT_TYPE.worksheet });
    const relId = freeRelId(relIds);
    newWorkbookRels.push({ id: relId, type: REL.worksheet, target: relativeTarget(workbookPart, part) });
    ours.push({ name: spec.name, replaces: replaces[s]!, relId, printArea: spec.print?.area ?? null });
    const rels: NewRelationship[] = [];
    const tables = layout.blocks
      .filter((b) => b.headers)
      .map((block) => {
        const tablePart = freePart("xl/tables/", "table");
        added.push({ part: tablePart, type: CONTENT_TYPE.table });
        const id = `rId${rels.length + 1}`;
        rels.push({ id, type: REL.table, target: relativeTarget(part, tablePart) });
        return { block, part: tablePart, id: ++maxTableId, name: freeTableName(block.block.tableName!, tableNames), relId: id };
      });
    let drawing: SheetPlan["drawing"] = null;
    if (spec.charts?.length) {
      const drawingPart = freePart("xl/drawings/", "drawing");
      added.push({ part: drawingPart, type: CONTENT_TYPE.drawing });
      const charts = spec.charts.map(() => freePart("xl/charts/", "chart"));
      for (const c of charts) added.push({ part: c, type: CONTENT_TYPE.chart });
      const id = `rId${rels.length + 1}`;
      rels.push({ id, type: REL.drawing, target: relativeTarget(part, drawingPart) });
      drawing = { part: drawingPart, relId: id, charts };
    }
    return { spec, layout, part, rels, tables, drawing };
  });

  const edited = new Map<string, string>([
    [workbookLower, editWorkbook(workbookXml, ours)],
    [workbookRelsPart.toLowerCase(), editRels(workbookRelsXml, removed, newWorkbookRels)],
  ]);
  return {
    dropped,
    edited,
    contentTypes: editContentTypes(contentTypes, dropped, added),
    styles,
    stylesPart,
    sheets: plans,
  };
}

/** The target of a relationship from `fromPart` to `toPart`, relative as Excel writes it ("../tables/table1.xml"). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i]!.toLowerCase() === to[i]!.toLowerCase()) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}
