import * as fs from "fs";
import * as path from "path";
import { TEMPLATE_DOC_PATH, withTemplateReference } from "../../../scripts/updateTemplateDocs";
import { TEMPLATE_TABLES } from "./template";
import { templateMarkdown } from "./templateMarkdown";

describe("template reference", () => {
  it("lists every table and column of template.ts", () => {
    const md = templateMarkdown();
    for (const table of TEMPLATE_TABLES) {
      expect(md).toContain(`### ${table.name} (`);
      for (const column of table.columns) expect(md).toContain(`| ${column.name} |`);
    }
  });

  it("docs/template.md holds the current generated reference (run `npx tsx scripts/updateTemplateDocs.ts`)", () => {
    const doc = fs.readFileSync(TEMPLATE_DOC_PATH, "utf8");
    expect(path.basename(TEMPLATE_DOC_PATH)).toBe("template.md");
    expect(withTemplateReference(doc)).toBe(doc);
  });
});
