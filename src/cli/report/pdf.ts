/**
 * The report as a PDF (A4 landscape): page 1 is the dashboard (headline tiles and the charts, drawn as
 * vectors from the same SVG as the HTML report by svg-to-pdfkit), the following pages hold the tables.
 * Uses pdfkit's built-in Helvetica, so text is limited to Windows-1252 characters (≥ is written ">=").
 */
import PDFDocument from "pdfkit";
import SVGtoPDF from "svg-to-pdfkit";
import type { RenderedChart } from "./charts";
import type { ReportModel, ReportTable } from "./reportModel";

const PAGE = { width: 841.89, height: 595.28 };
const MARGIN = 30;
const RAG_FILL: Record<string, string> = { Green: "#C6EFCE", Amber: "#FFEB9C", Red: "#FFC7CE" };

/** Replace characters the standard PDF fonts cannot show. */
export function pdfText(s: string): string {
  const replaced = s.replace(/≥/g, ">=").replace(/≤/g, "<=").replace(/−/g, "-").replace(/→/g, "->");
  // Keep Latin-1 and the Windows-1252 extras the standard fonts encode; anything else becomes "?".
  return [...replaced].map((ch) => (ch.charCodeAt(0) <= 0xff || "€—–…·•’‘“”".includes(ch) ? ch : "?")).join("");
}

export async function reportPdf(model: ReportModel, charts: readonly RenderedChart[], generatedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: MARGIN,
    info: { Title: pdfText(model.title), Author: "PMO Align", Subject: "Portfolio steering report", CreationDate: generatedAt },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  doc.font("Helvetica-Bold").fontSize(18).fillColor("#222").text(pdfText(model.title), MARGIN, MARGIN);
  doc.font("Helvetica").fontSize(9).fillColor("#555").text(pdfText(model.subtitle));

  // Headline tiles in one row.
  const tileY = doc.y + 8;
  const tileW = (PAGE.width - 2 * MARGIN - 5 * 6) / 6;
  model.headline.slice(0, 6).forEach((h, i) => {
    const x = MARGIN + i * (tileW + 6);
    doc.save().rect(x, tileY, tileW, 40).fillAndStroke(h.rag ? RAG_FILL[h.rag] ?? "#FFFFFF" : "#FFFFFF", "#DDDDDD").restore();
    doc.font("Helvetica").fontSize(7).fillColor("#555").text(pdfText(h.label), x + 6, tileY + 6, { width: tileW - 12 });
    doc.font("Helvetica-Bold").fontSize(10).fillColor("#222").text(pdfText(h.value), x + 6, tileY + 19, { width: tileW - 12, height: 18, ellipsis: true });
  });

  // Charts: three columns, two rows on the first page; further rows on following pages.
  const top = tileY + 52;
  const cols = 3;
  const gap = 8;
  const cellW = (PAGE.width - 2 * MARGIN - (cols - 1) * gap) / cols;
  const cellH = (PAGE.height - MARGIN - top - gap) / 2;
  charts.forEach((chart, i) => {
    const slot = i % (2 * cols);
    if (i > 0 && slot === 0) doc.addPage();
    const rowTop = i < 2 * cols ? top : MARGIN;
    const x = MARGIN + (slot % cols) * (cellW + gap);
    const y = rowTop + Math.floor(slot / cols) * (cellH + gap);
    const scale = Math.min(cellW / chart.width, cellH / chart.height);
    doc.addNamedDestination(`chart-${chart.id}`, "XYZ", x, PAGE.height - y, null);
    // Without its own width/height the root <svg> fills the given viewport and its viewBox scales to fit.
    const scalable = chart.svg.replace(/<svg([^>]*?)\swidth="[^"]*"([^>]*?)\sheight="[^"]*"/, "<svg$1$2");
    SVGtoPDF(doc, scalable, x, y, { width: chart.width * scale, height: chart.height * scale, assumePt: true, preserveAspectRatio: "xMinYMin meet" });
  });

  for (const table of model.tables) drawTable(doc, table);
  doc.end();
  return done;
}

function drawTable(doc: PDFKit.PDFDocument, table: ReportTable): void {
  const width = PAGE.width - 2 * MARGIN;
  const rowH = 14;
  // Column widths from the longest text per column, scaled to the page width.
  const lengths = table.headers.map((h, j) => Math.max(h.length, ...table.rows.map((r) => (r[j] ?? "").length), 3));
  const total = lengths.reduce((a, b) => a + b, 0);
  const widths = lengths.map((l) => (l / total) * width);
  const bottom = PAGE.height - MARGIN;
  doc.addPage();
  let y = MARGIN;
  doc.font("Helvetica-Bold").fontSize(13).fillColor("#222").text(pdfText(table.title), MARGIN, y);
  y = doc.y + 6;
  const header = () => {
    doc.save().rect(MARGIN, y, width, rowH).fill("#1F4E79").restore();
    let x = MARGIN;
    doc.font("Helvetica-Bold").fontSize(8).fillColor("#FFFFFF");
    table.headers.forEach((h, j) => {
      doc.text(pdfText(h), x + 3, y + 3, { width: widths[j]! - 6, height: rowH, lineBreak: false, ellipsis: true });
      x += widths[j]!;
    });
    y += rowH;
  };
  header();
  for (const row of table.rows) {
    if (y + rowH > bottom) {
      doc.addPage();
      y = MARGIN;
      header();
    }
    let x = MARGIN;
    row.forEach((cell, j) => {
      if (j === table.ragColumn && RAG_FILL[cell]) doc.save().rect(x, y, widths[j]!, rowH).fill(RAG_FILL[cell]!).restore();
      doc.font("Helvetica").fontSize(8).fillColor("#222").text(pdfText(cell), x + 3, y + 3, { width: widths[j]! - 6, height: rowH, lineBreak: false, ellipsis: true });
      x += widths[j]!;
    });
    doc.save().moveTo(MARGIN, y + rowH).lineTo(MARGIN + width, y + rowH).lineWidth(0.3).stroke("#DDDDDD").restore();
    y += rowH;
  }
}
