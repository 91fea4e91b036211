/**
 * `npm run sample`: writes the bundled sample workbooks (deterministic, seeded):
 * - assets/sample-portfolio.xlsx — the standard template filled for the 2027 planning cycle, with examples;
 * - assets/sample-portfolio-previous-cycle.xlsx — the same portfolio's 2026 cycle, for the cycle review.
 */
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
// exceljs's own zip library: re-packing with fixed entry dates makes the files byte-identical between runs.
import JSZip from "jszip";
import { currentCycle, previousCycle } from "./sample/samplePortfolio";
import { buildSampleWorkbook } from "./sample/writeSampleWorkbook";

export const SAMPLE_PATH = path.resolve(__dirname, "..", "assets", "sample-portfolio.xlsx");
export const PREVIOUS_SAMPLE_PATH = path.resolve(__dirname, "..", "assets", "sample-portfolio-previous-cycle.xlsx");

export async function writeSamples(dir = path.dirname(SAMPLE_PATH)): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const { cycle, projects } = currentCycle();
  const current = path.join(dir, path.basename(SAMPLE_PATH));
  const previous = path.join(dir, path.basename(PREVIOUS_SAMPLE_PATH));
  fs.writeFileSync(current, await stableXlsx(buildSampleWorkbook(cycle, true)));
  fs.writeFileSync(previous, await stableXlsx(buildSampleWorkbook(previousCycle(projects), false)));
  return [current, previous];
}

/** The workbook's bytes with every zip entry dated 2026-11-01 (local time, as zip dates are). */
async function stableXlsx(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const out = new JSZip();
  const date = new Date(2026, 10, 1);
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) out.file(entry.name, await entry.async("uint8array"), { date, createFolders: false });
  }
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

if (require.main === module) {
  writeSamples().then(
    (files) => files.forEach((f) => console.log(`wrote ${path.relative(process.cwd(), f)}`)),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
