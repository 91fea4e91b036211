/** Running the CLI in-process with captured output, and fixtures from test/fixtures/reference. */
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { CliIO } from "../../src/cli/framework/command";
import { main } from "../../src/cli/main";

export const repoRoot = path.resolve(__dirname, "..", "..");
export const referenceDir = path.resolve(repoRoot, "test", "fixtures", "reference");
export const sampleWorkbook = path.join(repoRoot, "assets", "sample-portfolio.xlsx");

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run `pmo-align <argv>` in-process with `cwd` as the working directory for relative paths. */
export async function run(argv: string[], cwd: string = repoRoot): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l), cwd, color: false };
  const code = await main(argv, io);
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}

export function tempDir(prefix = "pmo-cli-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function sha256(file: string): string {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

export function writeJson(dir: string, name: string, doc: unknown): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, JSON.stringify(doc));
  return file;
}

export function readReference<T>(...parts: string[]): T {
  return JSON.parse(fs.readFileSync(path.join(referenceDir, ...parts), "utf8")) as T;
}

/** Winston's Stockco case (cases/winston-stockco.json) in the select JSON format. */
export function stockcoProblem() {
  const c = readReference<{ values: number[]; weights: number[][]; capacities: number[] }>("cases", "winston-stockco.json");
  return {
    projects: c.values.map((value, i) => ({ id: `P${i + 1}`, value, costs: { capex: c.weights[0][i] } })),
    limits: { capex: c.capacities[0] },
  };
}
