/**
 * `npm run bench`: runs every suite in bench/suites (or those named on the command line) and writes
 * bench/results/latest.json and latest.md. Timings are reported, never asserted.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { BenchSection } from "./benchSection";

interface StoredSection {
  readonly file: string;
  readonly title: string;
  readonly markdown: string;
  readonly data: unknown;
  readonly when: string;
  readonly machine: string;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const dir = path.join(__dirname, "suites");
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  const sections: { file: string; section: BenchSection }[] = [];
  for (const file of files) {
    process.stdout.write(`bench: ${file} ...\n`);
    const mod = (await import(path.join(dir, file))) as { run: () => Promise<BenchSection> };
    const section = await mod.run();
    sections.push({ file, section });
    process.stdout.write(`${section.markdown}\n\n`);
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const outDir = path.join(__dirname, "results");
  fs.mkdirSync(outDir, { recursive: true });
  const when = new Date().toISOString();
  // A run of some suites replaces only their sections; the others keep the figures (and date) of their last run.
  const jsonPath = path.join(outDir, "latest.json");
  const previous: StoredSection[] = only.length && fs.existsSync(jsonPath) ? (JSON.parse(fs.readFileSync(jsonPath, "utf8")) as { sections: StoredSection[] }).sections : [];
  const fresh: StoredSection[] = sections.map((s) => ({ file: s.file, title: s.section.title, markdown: s.section.markdown, data: s.section.data, when, machine }));
  const merged = [...previous.filter((p) => !fresh.some((f) => f.file === p.file)), ...fresh].sort((a, b) => a.file.localeCompare(b.file));
  fs.writeFileSync(jsonPath, JSON.stringify({ when, machine, sections: merged }, null, 2));
  const md = [`# PMO Align benchmarks`, ``, `\`npm run bench\` (bench/run.ts); each section says when and where it ran.`, ``];
  for (const s of merged) md.push(`## ${s.title}`, ``, `Run ${s.when} on ${s.machine}.`, ``, s.markdown, ``);
  fs.writeFileSync(path.join(outDir, "latest.md"), md.join("\n"));
  process.stdout.write(`bench: wrote ${path.relative(process.cwd(), outDir)}/latest.{json,md}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
  process.exitCode = 1;
});
