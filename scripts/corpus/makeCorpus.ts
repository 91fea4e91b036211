/**
 * Writes the exceljs, LibreOffice and broken parts of the workbook corpus (test/fixtures/workbooks); the
 * openpyxl part comes first from make_openpyxl_corpus.py. Run once, after setup-debian.sh (soffice):
 *   /usr/bin/python3 scripts/corpus/make_openpyxl_corpus.py test/fixtures/workbooks
 *   npx tsx scripts/corpus/makeCorpus.ts
 * The files are committed; tests read them and need neither Python nor LibreOffice.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { strToU8, zipSync } from "fflate";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const DIR = path.resolve(__dirname, "..", "..", "test", "fixtures", "workbooks");

// The same minimal scoring workbook as make_openpyxl_corpus.py.
const DRIVERS: [string, string, number][] = [["Growth", "Revenue growth", 50], ["Risk", "Risk reduction", 30], ["People", "Employee engagement", 20]];
const PROJECTS: (string | number)[][] = [
  ["P1", "Portal", 120000, "Strong", 3, "Low"],
  ["P2", "ERP upgrade", 450000, "Moderate", "Extreme", 1],
  ["P3", "Data platform", 300000, "Extreme", "Low", "Moderate"],
  ["P4", "Onboarding", 80000, "Low", 0, "Strong"],
  ["P5", "Security audit", 60000, 0, "Strong", 2],
];

async function exceljsMinimal(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Drivers").addTable({ name: "Drivers", ref: "A1", columns: ["Driver", "Description", "Weight"].map((name) => ({ name })), rows: DRIVERS });
  wb.addWorksheet("Projects").addTable({ name: "Projects", ref: "A1", columns: ["Project", "Name", "Cost", ...DRIVERS.map((d) => d[0])].map((name) => ({ name })), rows: PROJECTS });
  await wb.xlsx.writeFile(file);
}

/** Converts with headless LibreOffice into `target` (xlsx or xls). */
function libreOffice(source: string, target: string, filter: string): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pmo-corpus-"));
  execFileSync("soffice", [`-env:UserInstallation=file://${path.join(tmp, "profile")}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", tmp, source], { stdio: "ignore", timeout: 120_000 });
  const ext = filter.split(":")[0]!;
  fs.copyFileSync(path.join(tmp, `${path.basename(source).replace(/\.[^.]+$/, "")}.${ext}`), target);
  fs.rmSync(tmp, { recursive: true, force: true });
}

/** A copy whose central directory declares a 2 GB part: a zip bomb's signature, in a few kilobytes. */
function zipBomb(source: string, target: string): void {
  const buf = Buffer.from(fs.readFileSync(source));
  // Central directory entries start with PK\x01\x02; the uncompressed size sits at offset 24.
  let at = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  while (at >= 0) {
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString("utf8");
    if (/sheet\d*\.xml$/.test(name)) buf.writeUInt32LE(0x7fffffff, at + 24);
    at = buf.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 46);
  }
  fs.writeFileSync(target, buf);
}

/**
 * A stand-in for a password-protected workbook: the Compound File header Excel's encryption produces and the
 * name of its EncryptedPackage stream (UTF-16), which is all the reader looks at. No encrypting tool is
 * installed here (python3-msoffcrypto-tool 5.0 only decrypts).
 */
function encryptedStandIn(target: string): void {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const entry = Buffer.alloc(128);
  Buffer.from("EncryptedPackage", "utf16le").copy(entry);
  fs.writeFileSync(target, Buffer.concat([header, entry, Buffer.alloc(384)]));
}

async function main(): Promise<void> {
  const minimal = path.join(DIR, "openpyxl-minimal.xlsx");
  if (!fs.existsSync(minimal)) throw new Error("run make_openpyxl_corpus.py first");
  await exceljsMinimal(path.join(DIR, "exceljs-minimal.xlsx"));
  libreOffice(minimal, path.join(DIR, "libreoffice-minimal.xlsx"), "xlsx:Calc MS Excel 2007 XML");
  libreOffice(path.resolve(__dirname, "..", "..", "assets", "sample-portfolio.xlsx"), path.join(DIR, "libreoffice-sample.xlsx"), "xlsx:Calc MS Excel 2007 XML");
  libreOffice(minimal, path.join(DIR, "broken-old-format.xls"), "xls:MS Excel 97");
  const whole = fs.readFileSync(minimal);
  fs.writeFileSync(path.join(DIR, "broken-truncated.xlsx"), whole.subarray(0, Math.floor(whole.length * 0.6)));
  fs.writeFileSync(path.join(DIR, "broken-not-a-zip.xlsx"), "Project,Name,Cost\nP1,Portal,120000\n");
  fs.writeFileSync(path.join(DIR, "broken-not-a-workbook.xlsx"), zipSync({ "notes.txt": strToU8("not a workbook") }));
  zipBomb(minimal, path.join(DIR, "broken-zip-bomb.xlsx"));
  encryptedStandIn(path.join(DIR, "broken-encrypted.xlsx"));
}

void main();
