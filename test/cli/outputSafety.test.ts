/**
 * No CLI path can damage a user's file (issue 15, item 14): outputs are compared with every input by
 * identity, an existing file is replaced only by the same kind of output, and writes are atomic.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { writeAtomically, writeFileAtomically } from "../../src/cli/io/safeWrite";
import { repoRoot, run, sampleWorkbook, sha256, tempDir, writeJson } from "./helpers";

const previousWorkbook = path.join(repoRoot, "assets", "sample-portfolio-previous-cycle.xlsx");

/** The two sample cycles copied into a fresh folder. */
function cycles(): { dir: string; cur: string; prev: string } {
  const dir = tempDir("pmo-safe-");
  const cur = path.join(dir, "cur.xlsx");
  const prev = path.join(dir, "prev.xlsx");
  fs.copyFileSync(sampleWorkbook, cur);
  fs.copyFileSync(previousWorkbook, prev);
  return { dir, cur, prev };
}

/** Runs the CLI from its TypeScript sources in a child process (tsx), so it can be killed. */
const CLI_FROM_SOURCE = "require('./src/cli/main').main(process.argv.slice(1)).then((c) => { process.exitCode = c; })";

function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"));
}

describe("outputs never replace an input", () => {
  it.each([
    ["--snapshot over the previous cycle", (c: ReturnType<typeof cycles>) => ["review", c.cur, c.prev, "--snapshot", c.prev, "--out", path.join(c.dir, "r.xlsx")]],
    ["--snapshot over the current cycle", (c: ReturnType<typeof cycles>) => ["review", c.cur, c.prev, "--snapshot", c.cur, "--out", path.join(c.dir, "r.xlsx")]],
    ["--out over the previous cycle", (c: ReturnType<typeof cycles>) => ["review", c.cur, c.prev, "--out", c.prev]],
  ])("review: %s is refused and both cycles stay as they were", async (_label, argv) => {
    const c = cycles();
    const before = [sha256(c.cur), sha256(c.prev)];
    const r = await run(argv(c), c.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is the input|is not a PMO Align/);
    expect([sha256(c.cur), sha256(c.prev)]).toEqual(before);
    expect(fs.existsSync(path.join(c.dir, "r.xlsx"))).toBe(false);
  });

  it("score --out to a hard link of the input is refused (identity, not name)", async () => {
    const c = cycles();
    const link = path.join(c.dir, "link.xlsx");
    fs.linkSync(c.cur, link);
    const before = sha256(c.cur);
    const r = await run(["score", c.cur, "--out", link], c.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cur.xlsx' (the same file under another name)");
    expect(sha256(c.cur)).toBe(before);
  });

  it("score --out through a symbolic link to the input is refused", async () => {
    const c = cycles();
    const link = path.join(c.dir, "sym.xlsx");
    fs.symlinkSync(c.cur, link);
    const before = sha256(c.cur);
    expect((await run(["score", c.cur, "--out", link], c.dir)).code).toBe(1);
    expect(sha256(c.cur)).toBe(before);
  });

  it("select p.json --out p.json keeps the problem file", async () => {
    const dir = tempDir("pmo-safe-");
    const file = writeJson(dir, "p.json", { projects: [{ id: "A", value: 3, costs: { budget: 2 } }], limits: { budget: 5 } });
    const before = sha256(file);
    const r = await run(["select", file, "--out", file], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("is the input");
    expect(sha256(file)).toBe(before);
  });
});

describe("an existing file is replaced only by its own kind of output", () => {
  it("refuses to write a result workbook over a user's workbook or a text file", async () => {
    const c = cycles();
    const notes = path.join(c.dir, "notes.xlsx");
    fs.writeFileSync(notes, "my notes");
    const user = path.join(c.dir, "user.xlsx");
    fs.copyFileSync(previousWorkbook, user);
    for (const target of [notes, user]) {
      const before = sha256(target);
      const r = await run(["score", c.cur, "--out", target], c.dir);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("already exists and is not a PMO Align result workbook");
      expect(sha256(target)).toBe(before);
    }
  });

  it("replaces an earlier result workbook and an earlier snapshot", async () => {
    const c = cycles();
    const out = path.join(c.dir, "ranked.xlsx");
    const snap = path.join(c.dir, "cycle.json");
    expect((await run(["score", c.cur, "--out", out], c.dir)).code).toBe(0);
    expect((await run(["score", c.cur, "--out", out], c.dir)).code).toBe(0);
    expect((await run(["review", c.cur, c.prev, "--snapshot", snap, "--out", path.join(c.dir, "r.xlsx")], c.dir)).code).toBe(0);
    expect((await run(["review", c.cur, c.prev, "--snapshot", snap, "--out", path.join(c.dir, "r.xlsx")], c.dir)).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(snap, "utf8")).format).toMatch(/pmo/i);
    expect(leftovers(c.dir)).toEqual([]);
  });

  it("refuses a snapshot over other JSON and a report over a file of another kind", async () => {
    const c = cycles();
    const other = writeJson(c.dir, "settings.json", { theme: "dark" });
    const before = sha256(other);
    const r = await run(["review", c.cur, c.prev, "--snapshot", other, "--out", path.join(c.dir, "r.xlsx")], c.dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("is not a PMO Align cycle snapshot");
    expect(sha256(other)).toBe(before);

    const fakePdf = path.join(c.dir, "steering.pdf");
    fs.writeFileSync(fakePdf, "minutes of the last steering meeting");
    const report = await run(["report", c.cur, "--out", fakePdf], c.dir);
    expect(report.code).toBe(1);
    expect(report.stderr).toContain("is not a PDF report");
    expect(fs.readFileSync(fakePdf, "utf8")).toBe("minutes of the last steering meeting");
  });
});

describe("atomic writes", () => {
  it("a failed write (full disk) leaves the earlier file and no temporary file", async () => {
    const dir = tempDir("pmo-safe-");
    const file = path.join(dir, "snap.json");
    await writeFileAtomically(file, "snapshot", "--snapshot", JSON.stringify({ format: "pmo-align-cycle-snapshot", n: 1 }));
    const before = sha256(file);
    const full = writeAtomically(file, "snapshot", "--snapshot", (temp) => {
      fs.writeFileSync(temp, '{"format":"pmo-align-cycle-snapshot","n":');
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    });
    await expect(full).rejects.toThrow("the disk is full; the earlier file is unchanged");
    expect(sha256(file)).toBe(before);
    expect(leftovers(dir)).toEqual([]);
  });

  it("SIGKILL during a large write leaves the earlier result intact", async () => {
    const dir = tempDir("pmo-safe-");
    const input = path.join(dir, "big.xlsx");
    const out = path.join(dir, "big-ranked.xlsx");
    // A first, complete result to protect; then a run over a 10,000-project workbook killed mid-write.
    await writeBigWorkbook(input, 10_000);
    expect((await run(["score", sampleWorkbook, "--out", out], dir)).code).toBe(0);
    const before = sha256(out);
    const child = spawn(process.execPath, ["--import", "tsx", "-e", CLI_FROM_SOURCE, "--", "score", input, "--out", out], { cwd: repoRoot, stdio: "ignore" });
    // The package writer takes well under a second for 10,000 projects: the temporary file is seen by a
    // folder watch (immediate) as well as by polling.
    const killedWhileWriting = await new Promise<boolean>((resolve) => {
      const kill = () => {
        if (leftovers(dir).length === 0 || child.exitCode !== null) return;
        clearInterval(poll);
        watcher.close();
        child.kill("SIGKILL");
        resolve(true);
      };
      const watcher = fs.watch(dir, kill);
      const poll = setInterval(kill, 2);
      child.on("exit", () => {
        clearInterval(poll);
        watcher.close();
        resolve(false);
      });
    });
    await new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.on("exit", resolve)));
    expect(killedWhileWriting).toBe(true);
    expect(sha256(out)).toBe(before);
  }, 180_000);
});

/** A valid scoring workbook of n projects × 20 drivers, written with the project's own writer. */
async function writeBigWorkbook(file: string, n: number): Promise<void> {
  const { writeSyntheticWorkbook } = await import("../support/syntheticWorkbook");
  await writeSyntheticWorkbook(file, n, 20);
}
