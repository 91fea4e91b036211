/**
 * `npm run sample`: writes the bundled sample workbooks (deterministic, seeded):
 * - assets/sample-portfolio.xlsx — the standard template filled for the 2027 planning cycle, with examples;
 * - assets/sample-portfolio-previous-cycle.xlsx — the same portfolio's 2026 cycle, for the cycle review.
 */
import * as fs from "fs";
import * as path from "path";
import { currentCycle, previousCycle } from "./sample/samplePortfolio";
import { buildSampleWorkbook } from "./sample/writeSampleWorkbook";

export const SAMPLE_PATH = path.resolve(__dirname, "..", "assets", "sample-portfolio.xlsx");
export const PREVIOUS_SAMPLE_PATH = path.resolve(__dirname, "..", "assets", "sample-portfolio-previous-cycle.xlsx");

export async function writeSamples(dir = path.dirname(SAMPLE_PATH)): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const { cycle, projects } = currentCycle();
  const current = path.join(dir, path.basename(SAMPLE_PATH));
  const previous = path.join(dir, path.basename(PREVIOUS_SAMPLE_PATH));
  await buildSampleWorkbook(cycle, true).xlsx.writeFile(current);
  await buildSampleWorkbook(previousCycle(projects), false).xlsx.writeFile(previous);
  return [current, previous];
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
