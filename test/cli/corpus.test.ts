/**
 * The workbook corpus (test/fixtures/workbooks, made by scripts/corpus/): the same minimal workbook written by
 * openpyxl, exceljs and LibreOffice scores identically and can be written back with charts; odd headers,
 * unicode names, no tables, the 1904 date system and 20,000 projects read; each kind of broken file gets one
 * sentence.
 */
import * as ExcelJS from "@cj-tech-master/excelts";
import { spawnSync } from "child_process";
import { installChartSupport } from "@cj-tech-master/excelts/chart";
import * as fs from "fs";
import * as path from "path";
import { unzipSync } from "fflate";
import { readPortfolio } from "../../src/engine/portfolio/readPortfolio";
import { readTablesFromFile } from "../../src/cli/xlsx/readTables";
import { repoRoot, run, sampleWorkbook, tempDir } from "./helpers";

// excelts reads our output back as an independent reader; it loads chart parts only with chart support installed.
installChartSupport();

const corpus = (name: string) => path.join(repoRoot, "test", "fixtures", "workbooks", name);

interface ScoreJson {
  readonly ranking: readonly { readonly project: string; readonly score: number }[];
}

async function scores(file: string): Promise<Record<string, number>> {
  const r = await run(["score", file, "--json"]);
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout) as ScoreJson;
  return Object.fromEntries(json.ranking.map((x) => [x.project, x.score]));
}

describe("the same workbook from three writers", () => {
  const writers = ["openpyxl-minimal.xlsx", "exceljs-minimal.xlsx", "libreoffice-minimal.xlsx"];

  it("openpyxl writes absolute part targets (the case exceljs 4.4 could not read)", () => {
    const rels = unzipSync(fs.readFileSync(corpus("openpyxl-minimal.xlsx")), { filter: (f) => f.name.endsWith(".rels") && f.name.includes("worksheets") });
    expect(Object.values(rels).some((x) => Buffer.from(x).toString("utf8").includes('Target="/xl/tables/'))).toBe(true);
  });

  it("scores identically from every writer, and from odd headers, unicode names, no tables and either date system", async () => {
    const expected = await scores(corpus("openpyxl-minimal.xlsx"));
    expect(Object.keys(expected)).toHaveLength(5);
    for (const file of [...writers.slice(1), "openpyxl-odd-headers.xlsx", "openpyxl-unicode.xlsx", "openpyxl-no-tables.xlsx", "openpyxl-dates-1900.xlsx", "openpyxl-dates-1904.xlsx"]) {
      expect([file, await scores(corpus(file))]).toEqual([file, expected]);
    }
  });

  it("leaves Benefit blank for a workbook without that column, from every writer (not 0 as if typed)", async () => {
    for (const file of writers) {
      const json = JSON.parse((await run(["score", corpus(file), "--json"])).stdout) as { ranking: { benefit: number | null }[] };
      expect([file, json.ranking.map((r) => r.benefit)]).toEqual([file, json.ranking.map(() => null)]);
    }
    const sample = JSON.parse((await run(["score", sampleWorkbook, "--json"])).stdout) as { ranking: { benefit: number | null }[] };
    expect(sample.ranking.every((r) => typeof r.benefit === "number")).toBe(true);
  });

  it("reads dates of the 1904 date system as the same months as the 1900 system", async () => {
    const months = async (file: string) => readPortfolio((await readTablesFromFile(corpus(file))).tables).portfolio!.projects.map((p) => p.startMonth);
    expect(await months("openpyxl-dates-1904.xlsx")).toEqual(["2027-01", "2027-02", "2027-03", "2027-04", "2027-05"]);
    expect(await months("openpyxl-dates-1900.xlsx")).toEqual(await months("openpyxl-dates-1904.xlsx"));
  });

  it("writes results with a native chart into a copy of each writer's workbook, LibreOffice's full sample included", async () => {
    const dir = tempDir("pmo-corpus-");
    for (const file of [...writers, "libreoffice-sample.xlsx", "openpyxl-unicode.xlsx"]) {
      const out = path.join(dir, file);
      const r = await run(["score", corpus(file), "--out", out], dir);
      expect([file, r.code, r.stderr]).toEqual([file, 0, ""]);
      expect(r.stdout).toMatch(/Wrote PMO Ranking to .* with 1 chart/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.getWorksheet("PMO Ranking")).toBeDefined();
    }
  }, 120_000);

  it("scores a 20,000-project workbook", async () => {
    const all = await scores(corpus("openpyxl-20000-projects.xlsx"));
    expect(Object.keys(all)).toHaveLength(20_000);
    // About 25 s of CPU; generous for a shared machine. Speed itself is measured in bench/, not here.
  }, 600_000);
});

describe("broken files get one sentence", () => {
  it.each([
    ["broken-truncated.xlsx", "is damaged or incomplete"],
    ["broken-not-a-zip.xlsx", "is not an .xlsx workbook"],
    ["broken-not-a-workbook.xlsx", "is a zip file but not an Excel workbook"],
    ["broken-old-format.xls", "is an Excel 97–2003 .xls workbook"],
    ["broken-encrypted.xlsx", "is password-protected"],
    ["encrypted-real.xlsx", "is password-protected"],
    ["broken-zip-bomb.xlsx", "unpacks to more than 512 MB"],
  ])("%s", async (file, words) => {
    const r = await run(["score", corpus(file)]);
    expect(r.code).toBe(1);
    expect(r.stderr.split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(`'${file}' ${words}`);
  });
});

describe("a genuinely encrypted workbook (scripts/corpus/encrypt_xlsx.py)", () => {
  // msoffcrypto-tool (Debian python3-msoffcrypto-tool) is an independent decrypter: when it is installed it must get
  // the minimal workbook back with the password, and refuse a wrong one.
  const msoffcrypto = spawnSync("msoffcrypto-tool", ["--help"]).status === 0;
  (msoffcrypto ? it : it.skip)("decrypts with its password to the minimal workbook, and not with another", () => {
    const out = path.join(tempDir("pmo-encrypted-"), "plain.xlsx");
    expect(spawnSync("msoffcrypto-tool", ["-p", "secret", corpus("encrypted-real.xlsx"), out]).status).toBe(0);
    expect(fs.readFileSync(out).equals(fs.readFileSync(corpus("openpyxl-minimal.xlsx")))).toBe(true);
    expect(spawnSync("msoffcrypto-tool", ["-p", "wrong", corpus("encrypted-real.xlsx"), out + "2"]).status).not.toBe(0);
  });
});

describe("cells read faithfully", () => {
  /** The minimal workbook with one edit, written by the CLI's own library. */
  async function edited(name: string, edit: (projects: ExcelJS.Worksheet) => void): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(corpus("exceljs-minimal.xlsx"));
    edit(wb.getWorksheet("Projects")!);
    const file = path.join(tempDir("pmo-cells-"), name);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it("an Excel error value is an error naming the cell, not a project id", async () => {
    const file = await edited("ref.xlsx", (ws) => (ws.getCell("A3").value = { error: "#REF!" } as ExcelJS.CellValue));
    const r = await run(["score", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("the cell holds the Excel error #REF!");
    expect(r.stderr).toContain("Projects!A3");
  });

  it("a merged range inside a table is an error naming the range", async () => {
    const file = await edited("merged.xlsx", (ws) => ws.mergeCells("C2:D2"));
    const r = await run(["score", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("cells C2:D2 are merged");
  });
});
