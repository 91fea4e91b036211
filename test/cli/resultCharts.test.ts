/**
 * Result workbooks carry native charts that point at their own sheet's cells, and LibreOffice reads them:
 * re-saved by LibreOffice, each chart part still exists and plots the same ranges.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { unzipSync } from "fflate";
import { toolPath } from "../../scripts/lib/requiredTools";
import { run, sampleWorkbook, tempDir } from "./helpers";

/** Every chart part of an .xlsx: its file name and the ranges its series plot. */
function chartRanges(file: string): Map<string, string[]> {
  const parts = unzipSync(fs.readFileSync(file), { filter: (f) => /^xl\/charts\/chart\d+\.xml$/.test(f.name) });
  const out = new Map<string, string[]>();
  for (const [name, data] of Object.entries(parts)) {
    const xml = Buffer.from(data).toString("utf8");
    out.set(name, [...xml.matchAll(/<c:f>([^<]+)<\/c:f>/g)].map((m) => m[1]!.replace(/&apos;/g, "'")));
  }
  return out;
}

const allRanges = (charts: Map<string, string[]>) => [...charts.values()].flat().sort();

describe("native charts in result workbooks", () => {
  const dir = tempDir("pmo-charts-");
  const ranked = path.join(dir, "ranked.xlsx");
  const selected = path.join(dir, "selected.xlsx");

  beforeAll(async () => {
    expect((await run(["score", sampleWorkbook, "--out", ranked], dir)).code).toBe(0);
    expect((await run(["frontier", sampleWorkbook, "--out", selected], dir)).code).toBe(0);
  }, 120_000);

  it("PMO Ranking's driver-contribution chart plots the sheet's own top-15 block", () => {
    const ranges = allRanges(chartRanges(ranked));
    expect(ranges.length).toBeGreaterThan(2);
    expect(ranges.every((r) => r.startsWith("'PMO Ranking'!$"))).toBe(true);
    // Categories: the 15 project ids under the block's header; one value range per driver.
    expect(ranges.filter((r) => /!\$[A-Z]+\$\d+:\$[A-Z]+\$\d+$/.test(r)).length).toBeGreaterThanOrEqual(6);
  });

  it("PMO Selection (frontier) has the efficient frontier and cost-versus-value charts, each on its own cells", () => {
    const charts = chartRanges(selected);
    expect(charts.size).toBeGreaterThanOrEqual(2);
    expect(allRanges(charts).every((r) => r.startsWith("'PMO Selection'!$"))).toBe(true);
  });

  const itSoffice = toolPath("soffice") ? it : it.skip;
  itSoffice("LibreOffice opens the result and keeps every chart on the same ranges", () => {
    const outDir = path.join(dir, "lo");
    execFileSync(
      "soffice",
      [`-env:UserInstallation=file://${path.join(dir, "lo-profile")}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, ranked],
      { stdio: "ignore", timeout: 120_000 },
    );
    const resaved = chartRanges(path.join(outDir, "ranked.xlsx"));
    const strip = (r: string) => r.replace(/\$/g, "");
    expect(resaved.size).toBe(chartRanges(ranked).size);
    expect(allRanges(resaved).map(strip).sort()).toEqual(allRanges(chartRanges(ranked)).map(strip).sort());
  }, 150_000);
});
