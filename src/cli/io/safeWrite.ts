/**
 * Every file the CLI writes goes through here, so no run can damage a user's file:
 * - the destination is compared by identity (device and inode, links resolved) with every file this run read;
 * - an existing destination is replaced only when it is the command's own kind of output (a result workbook
 *   with PMO sheets, a cycle snapshot, a report of the same format);
 * - the content goes to a temporary file in the same folder, is flushed, then renamed into place, so a run
 *   killed mid-write or a full disk leaves the old file or the new one, never a torn one.
 */
import * as fs from "fs";
import * as path from "path";
import { unzipSync } from "fflate";
import { CliFileError } from "../framework/errors";
import { displayPath, inputsRead } from "./inputs";

/** What a command writes; decides which existing files it may replace. */
export type OutputKind = "workbook" | "snapshot" | "html" | "pdf";

const KIND_WORDS: Record<OutputKind, string> = {
  workbook: "a PMO Align result workbook",
  snapshot: "a PMO Align cycle snapshot",
  html: "an HTML report",
  pdf: "a PDF report",
};

/**
 * Throws when writing `outPath` could destroy a user's file: it is (a link to) an input of this run, or an
 * existing file that is not `kind`. `flag` names the option in the message ("--out").
 */
export function assertSafeOutput(outPath: string, kind: OutputKind, flag: string): void {
  const shown = displayPath(outPath);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(outPath);
  } catch {
    return; // Nothing there yet (or a dangling link, which rename replaces without touching its target).
  }
  if (stat.isDirectory()) throw new CliFileError(`${flag} '${shown}' is a folder; give a file name`);
  const input = inputsRead().find((i) => i.dev === stat.dev && i.ino === stat.ino);
  if (input) {
    const link = input.shown === shown ? "" : ` '${input.shown}' (the same file under another name)`;
    throw new CliFileError(`${flag} '${shown}' is the input${link}; results are never written over an input, choose another path`);
  }
  if (!isOwnKind(outPath, kind)) {
    throw new CliFileError(`${flag} '${shown}' already exists and is not ${KIND_WORDS[kind]}; it is left untouched, choose another path or delete it first`);
  }
}

/** Whether an existing file is output of this kind, so replacing it loses nothing the user made. */
export function isOwnKind(file: string, kind: OutputKind): boolean {
  let head: Buffer;
  try {
    head = readHead(file, 8);
  } catch {
    return false;
  }
  if (head.length === 0) return true; // An empty file holds nothing to lose (e.g. left by an older version).
  switch (kind) {
    case "pdf":
      return head.subarray(0, 5).toString("latin1") === "%PDF-";
    case "html":
      return /^\s*<(!doctype html|html)/i.test(readHead(file, 512).toString("utf8").replace(/^\uFEFF/, ""));
    case "snapshot":
      return isSnapshotFile(file);
    case "workbook":
      return isResultWorkbook(file, head);
  }
}

function readHead(file: string, bytes: number): Buffer {
  const fd = fs.openSync(file, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

function isSnapshotFile(file: string): boolean {
  if (fs.statSync(file).size > 512 * 1024 * 1024) return false;
  try {
    const v = JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "")) as { format?: unknown };
    return typeof v === "object" && v !== null && typeof v.format === "string" && /pmo/i.test(v.format);
  } catch {
    return false;
  }
}

/** A zip whose workbook part lists a sheet named "PMO …": a workbook this tool (or the add-in) wrote results into. */
function isResultWorkbook(file: string, head: Buffer): boolean {
  if (head.subarray(0, 4).toString("latin1") !== "PK\u0003\u0004") return false;
  try {
    const parts = unzipSync(fs.readFileSync(file), { filter: (f) => /^\/?xl\/workbook\.xml$/i.test(f.name) && f.originalSize < 64 * 1024 * 1024 });
    const xml = Object.values(parts)[0];
    if (!xml) return false;
    return /<(?:\w+:)?sheet\b[^>]*\bname="PMO /.test(Buffer.from(xml).toString("utf8"));
  } catch {
    return false;
  }
}

/**
 * Writes `outPath` through a temporary file in the same folder: `write` fills the temporary path, which is
 * then flushed to disk and renamed over the destination. On any failure the temporary file is removed and
 * the destination is as it was.
 */
export async function writeAtomically(outPath: string, kind: OutputKind, flag: string, write: (tempPath: string) => Promise<void> | void): Promise<void> {
  assertSafeOutput(outPath, kind, flag);
  const dir = path.dirname(outPath);
  const temp = path.join(dir, `.${path.basename(outPath)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    await write(temp);
    const fd = fs.openSync(temp, "r+");
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    // Re-checked just before the rename: an input could have been linked there while we wrote.
    assertSafeOutput(outPath, kind, flag);
    fs.renameSync(temp, outPath);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    if (e instanceof CliFileError) throw e;
    throw new CliFileError(`cannot write '${displayPath(outPath)}': ${(e as Error).message}${(e as NodeJS.ErrnoException).code === "ENOSPC" ? " (the disk is full; the earlier file is unchanged)" : ""}`);
  }
}

/** writeAtomically for content already in memory. */
export function writeFileAtomically(outPath: string, kind: OutputKind, flag: string, content: string | Uint8Array): Promise<void> {
  return writeAtomically(outPath, kind, flag, (temp) => fs.writeFileSync(temp, content));
}
