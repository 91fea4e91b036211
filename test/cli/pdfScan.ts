/** A small PDF reader for tests: page count, named destinations and the text drawn, without a PDF library. */
import * as zlib from "zlib";

export interface PdfScan {
  readonly pages: number;
  /** /Count of the page tree root. */
  readonly declaredPages: number;
  readonly destinations: readonly string[];
  /** Text of every TJ/Tj operator in every content stream, decoded from pdfkit's hex strings (WinAnsi). */
  readonly text: string;
  /** Number of path-painting operators (f, S, B, ...) across content streams: vector drawings. */
  readonly paintOps: number;
}

export function scanPdf(pdf: Buffer): PdfScan {
  const raw = pdf.toString("latin1");
  const pages = (raw.match(/\/Type \/Page(?![s\w])/g) ?? []).length;
  const count = /\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(raw);
  const destinations = [...raw.matchAll(/\((chart-[a-z]+)\)/g)].map((m) => m[1]!);
  let text = "";
  let paintOps = 0;
  const streamRe = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streamRe.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) break;
    let body: Buffer = pdf.subarray(start, end);
    try {
      body = zlib.inflateSync(body);
    } catch {
      // not compressed (or not Flate): read as is
    }
    const content = body.toString("latin1");
    for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hex = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]).join("") : op[2]!;
      text += Buffer.from(hex, "hex").toString("latin1") + "\n";
    }
    paintOps += (content.match(/(?:^|\s)(?:f|f\*|S|B|B\*|b|s)(?=\s|$)/g) ?? []).length;
    streamRe.lastIndex = end;
  }
  return { pages, declaredPages: count ? Number(count[1]) : -1, destinations, text, paintOps };
}
