/**
 * Rewrites the generated reference in docs/template.md from src/engine/portfolio/template.ts:
 * `npx tsx scripts/updateTemplateDocs.ts`. A test fails when the file is out of date.
 */
import * as fs from "fs";
import * as path from "path";
import { TEMPLATE_DOC_BEGIN, TEMPLATE_DOC_END, templateMarkdown } from "../src/engine/portfolio/templateMarkdown";

export const TEMPLATE_DOC_PATH = path.resolve(__dirname, "..", "docs", "template.md");

/** `doc` with the block between the markers replaced by the current reference. */
export function withTemplateReference(doc: string): string {
  const begin = doc.indexOf(TEMPLATE_DOC_BEGIN);
  const end = doc.indexOf(TEMPLATE_DOC_END);
  if (begin < 0 || end < begin) throw new Error(`${TEMPLATE_DOC_PATH} lacks the template:begin / template:end markers`);
  return `${doc.slice(0, begin + TEMPLATE_DOC_BEGIN.length)}\n\n${templateMarkdown()}\n\n${doc.slice(end)}`;
}

if (require.main === module) {
  fs.writeFileSync(TEMPLATE_DOC_PATH, withTemplateReference(fs.readFileSync(TEMPLATE_DOC_PATH, "utf8")));
  console.log(`updated ${path.relative(process.cwd(), TEMPLATE_DOC_PATH)}`);
}
