/**
 * Looks at a file's bytes before any workbook library does, so a file that is not a readable .xlsx gets one
 * clear sentence (old .xls, password-protected, not a zip, truncated, a zip that is no workbook, or a zip
 * bomb) instead of a library's internal message.
 */
import { unzipSync } from "fflate";

/** Parts may decompress to this much in total; real workbooks of 100,000 projects stay far below. */
export const MAX_UNZIPPED_BYTES = 512 * 1024 * 1024;

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTED_STREAM = Buffer.from("EncryptedPackage", "utf16le");

/**
 * Null when `data` looks like an .xlsx package; otherwise why it cannot be read, as the end of a sentence
 * that starts with the file name ("is an Excel 97–2003 .xls workbook; …").
 */
export function packageProblem(data: Uint8Array, maxUnzipped = MAX_UNZIPPED_BYTES): string | null {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.length === 0) return "is empty (0 bytes); it may not have finished saving";
  if (buf.subarray(0, 8).equals(CFB_MAGIC)) {
    return buf.includes(ENCRYPTED_STREAM)
      ? "is password-protected (encrypted); open it in Excel, remove the password (File › Info › Protect Workbook) and save a copy"
      : "is an Excel 97–2003 .xls workbook; open it in Excel or LibreOffice and save it as .xlsx";
  }
  if (buf.subarray(0, 2).toString("latin1") !== "PK") return `is not an .xlsx workbook (an .xlsx is a zip package; this file ${describeStart(buf)})`;
  let total = 0;
  let contentTypes = false;
  let tooLarge = false;
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(buf, {
      filter: (f) => {
        total += f.originalSize;
        if (total > maxUnzipped) tooLarge = true;
        const wanted = f.name === "[Content_Types].xml" && f.originalSize < 16 * 1024 * 1024;
        contentTypes ||= wanted;
        return wanted && !tooLarge;
      },
    });
  } catch {
    return "is damaged or incomplete (its zip package cannot be read); save it again from Excel or copy it again";
  }
  if (tooLarge) return tooLargeProblem(maxUnzipped);
  const types = contentTypes ? Buffer.from(parts["[Content_Types].xml"] ?? new Uint8Array()).toString("utf8") : "";
  if (!/spreadsheetml\.(sheet|template)\.main|ms-excel\.(sheet|template)\.macroEnabled\.main/i.test(types)) {
    return "is a zip file but not an Excel workbook (it has no workbook part)";
  }
  return null;
}

/** The sentence's end for a package whose parts declare, or actually inflate to, more than `maxUnzipped` bytes. */
export function tooLargeProblem(maxUnzipped = MAX_UNZIPPED_BYTES): string {
  const size = maxUnzipped >= 1024 * 1024 ? `${Math.round(maxUnzipped / 1024 / 1024)} MB` : `${maxUnzipped} bytes`;
  return `unpacks to more than ${size}, far more than a portfolio workbook needs; it is refused to protect the machine`;
}

function describeStart(buf: Buffer): string {
  const text = buf.subarray(0, 256).toString("utf8").replace(/^\uFEFF/, "").trimStart();
  if (/^<(!doctype html|html)/i.test(text)) return "is an HTML page";
  if (/^%PDF-/.test(text)) return "is a PDF";
  if (/^[{[]/.test(text)) return "looks like JSON";
  if (/^[\x20-\x7e\t\r\n\u00a0-\uffff]*$/.test(text) && /[,;\t]/.test(text)) return "looks like text such as CSV; open it in Excel and save it as .xlsx";
  return "starts with other bytes";
}
