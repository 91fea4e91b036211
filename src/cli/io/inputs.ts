/** Reading the CLI's input files: JSON problems (shape-checked) and workbooks (tables → Portfolio). */
import * as fs from "fs";
import * as path from "path";
import { PmoInputError } from "../../engine/errors";
import type { AllocationProblem } from "../../engine/resources";
import type { SelectionProblem } from "../../engine/selection";
import { CliFileError } from "../framework/errors";

export function resolvePath(cwd: string, file: string): string {
  return path.resolve(cwd, file);
}

/** .xlsx / .xlsm are workbooks (and .xls / .xlsb, so they get the sentence that says to save as .xlsx); everything else is read as JSON. */
export function isWorkbookPath(file: string): boolean {
  return /\.xls[xmb]?$/i.test(file);
}

/** Fail with a one-line message naming the file (relative to the working directory when inside it). */
export function assertReadable(file: string): void {
  const shown = displayPath(file);
  if (!fs.existsSync(file)) throw new CliFileError(`cannot read '${shown}': no such file`);
  if (fs.statSync(file).isDirectory()) throw new CliFileError(`cannot read '${shown}': it is a folder, not a file`);
  rememberInput(file);
}

/** Every input is remembered by identity (device, inode), so no output of this run is written over it (safeWrite.ts). */
export function rememberInput(file: string): void {
  const stat = fs.statSync(file);
  if (!inputs.some((i) => i.dev === stat.dev && i.ino === stat.ino)) inputs.push({ dev: stat.dev, ino: stat.ino, shown: displayPath(file) });
}

export interface FileIdentity {
  readonly dev: number;
  readonly ino: number;
  readonly shown: string;
}

const inputs: FileIdentity[] = [];

/** Files read during this run, by device and inode (links resolved). */
export function inputsRead(): readonly FileIdentity[] {
  return inputs;
}

/** Forget the inputs of an earlier run (main() runs several commands in one process in tests). */
export function resetInputsRead(): void {
  inputs.length = 0;
}

/** A path as the user would recognise it: relative to the process's working directory when below it. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}

/** Parse a JSON file; a syntax error names the file and the position. */
export function readJsonFile(file: string): unknown {
  assertReadable(file);
  // Editors on Windows often save UTF-8 with a byte-order mark; JSON.parse refuses it.
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new CliFileError(`'${path.basename(file)}' is not valid JSON: ${(e as Error).message}`);
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function expectObject(doc: Record<string, unknown>, key: string, file: string, required: boolean): void {
  const v = doc[key];
  if (v === undefined && !required) return;
  if (!isObject(v)) throw new PmoInputError({ table: file, column: key }, "an object of name → number", v === undefined ? null : v);
}

function expectArray(doc: Record<string, unknown>, key: string, file: string, required: boolean): void {
  const v = doc[key];
  if (v === undefined && !required) return;
  if (!Array.isArray(v)) throw new PmoInputError({ table: file, column: key }, "a list", v === undefined ? null : describe(v));
}

function describe(v: unknown): unknown {
  return isObject(v) ? "an object" : v;
}

function expectProjects(doc: Record<string, unknown>, file: string): void {
  expectArray(doc, "projects", file, true);
  (doc.projects as unknown[]).forEach((p, i) => {
    if (!isObject(p)) throw new PmoInputError({ table: file, row: `projects[${i}]` }, "a project object with id and value", describe(p));
    if (typeof p.id !== "string") throw new PmoInputError({ table: file, row: `projects[${i}]`, column: "id" }, "a text id", p.id ?? null);
    if (typeof p.value !== "number") throw new PmoInputError({ table: file, row: p.id, column: "value" }, "a number", p.value ?? null);
  });
}

/**
 * The `select`/`frontier` JSON problem (docs/cli.md). Shapes are checked here; the engine checks the
 * meaning (ids, contradictions) and names the offending entry.
 */
export function parseSelectionProblem(doc: unknown, file: string): SelectionProblem {
  const name = path.basename(file);
  if (!isObject(doc)) throw new PmoInputError({ table: name }, 'a JSON object {"projects": [...], "limits": {...}}', describe(doc));
  expectProjects(doc, name);
  expectObject(doc, "limits", name, true);
  (doc.projects as Record<string, unknown>[]).forEach((p) => {
    if (p.costs !== undefined && !isObject(p.costs)) throw new PmoInputError({ table: name, row: String(p.id), column: "costs" }, "an object of limit name → cost", describe(p.costs));
  });
  for (const key of ["forceIn", "forceOut", "requires", "together", "exclusive", "categoryShares"]) expectArray(doc, key, name, false);
  expectObject(doc, "roleCapacity", name, false);
  // Costs are optional per project in the JSON format (missing = 0).
  const projects = (doc.projects as Record<string, unknown>[]).map((p) => ({ ...p, costs: (p.costs as Record<string, number>) ?? {} }));
  return { ...(doc as object), projects } as unknown as SelectionProblem;
}

/** The `allocate` JSON problem (docs/cli.md); the reference cases wrap it as {"problem": {...}}. */
export function parseAllocationProblem(doc: unknown, file: string): AllocationProblem {
  const name = path.basename(file);
  if (isObject(doc) && isObject(doc.problem) && doc.months === undefined) doc = doc.problem;
  if (!isObject(doc)) throw new PmoInputError({ table: name }, 'a JSON object {"months": [...], "capacity": {...}, "projects": [...]}', describe(doc));
  expectArray(doc, "months", name, true);
  expectObject(doc, "capacity", name, true);
  expectProjects(doc, name);
  (doc.projects as Record<string, unknown>[]).forEach((p) => {
    for (const key of ["duration", "start"]) {
      if (typeof p[key] !== "number") throw new PmoInputError({ table: name, row: String(p.id), column: key }, "a whole number of months", p[key] ?? null);
    }
    if (!isObject(p.demand)) throw new PmoInputError({ table: name, row: String(p.id), column: "demand" }, "an object of role → monthly demand list", describe(p.demand ?? null));
  });
  for (const key of ["finishToStart", "forceIn", "forceOut", "requires", "together", "exclusive"]) expectArray(doc, key, name, false);
  return doc as unknown as AllocationProblem;
}
