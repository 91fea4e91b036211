/**
 * Test support: puts drawingParts' output into an existing .xlsx (one drawing per sheet), as a package writer
 * does: the sheet's relationship and `<drawing r:id>` (before legacy drawings and tableParts, as
 * CT_Worksheet orders them), the drawing's relationships to its charts, and the content types.
 */
import JSZip from "jszip";
import type { DrawingParts } from "../../src/cli/xlsx/write/chartXml";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = `${REL_NS}/drawing`;
const REL_CHART = `${REL_NS}/chart`;
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
/** CT_Worksheet children that come after `drawing`. */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

export async function injectDrawings(xlsx: Buffer, bySheet: ReadonlyMap<string, DrawingParts>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const read = async (name: string) => (await zip.file(name)?.async("string")) ?? null;
  const workbook = (await read("xl/workbook.xml"))!;
  const workbookRels = (await read("xl/_rels/workbook.xml.rels"))!;
  let types = (await read("[Content_Types].xml"))!;
  let drawingNo = 0;
  let chartNo = 0;
  for (const [sheetName, parts] of bySheet) {
    const escaped = sheetName.replace(/&/g, "&amp;").replace(/'/g, "&apos;");
    const sheetTag = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => t.includes(`name="${sheetName}"`) || t.includes(`name="${escaped}"`));
    if (!sheetTag) throw new Error(`no sheet '${sheetName}' in the workbook`);
    const rid = /r:id="([^"]+)"/.exec(sheetTag)![1];
    const target = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(workbookRels)![0].match(/Target="([^"]+)"/)![1]!;
    const sheetPath = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    const relsPath = sheetPath.replace(/([^/]+)$/, "_rels/$1.rels");

    drawingNo++;
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const drawingRid = "rIdPmoDrawing";
    let sheetRels = (await read(relsPath)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    sheetRels = sheetRels.replace("</Relationships>", `<Relationship Id="${drawingRid}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`);
    zip.file(relsPath, sheetRels);

    let sheet = (await read(sheetPath))!;
    if (!/<worksheet\b[^>]*xmlns:r=/.test(sheet)) sheet = sheet.replace(/<worksheet\b/, `<worksheet xmlns:r="${REL_NS}"`);
    const after = AFTER_DRAWING.map((t) => sheet.search(new RegExp(`<${t}\\b`))).filter((i) => i >= 0);
    const at = after.length ? Math.min(...after) : sheet.lastIndexOf("</worksheet>");
    sheet = `${sheet.slice(0, at)}<drawing r:id="${drawingRid}"/>${sheet.slice(at)}`;
    zip.file(sheetPath, sheet);

    zip.file(drawingPath, parts.drawingXml);
    const chartRels = parts.charts.map((xml, k) => {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, xml);
      types = types.replace("</Types>", `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="${CT_CHART}"/></Types>`);
      return `<Relationship Id="rId${k + 1}" Type="${REL_CHART}" Target="../charts/chart${chartNo}.xml"/>`;
    });
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${chartRels.join("")}</Relationships>`,
    );
    types = types.replace("</Types>", `<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/></Types>`);
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
