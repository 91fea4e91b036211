/** "Create empty template": the template's tables with their fixed headers (template.ts is the source). */
import { TEMPLATE_TABLES, templateHeaders } from "../engine/portfolio";
import type { TemplateTable } from "../excel/workbookActions";

/** Twelve months from next January, "yyyy-mm", as Capacity's month columns. */
export function defaultHorizon(today: Date = new Date()): string[] {
  const year = today.getUTCFullYear() + 1;
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
}

export function emptyTemplate(today: Date = new Date()): TemplateTable[] {
  return TEMPLATE_TABLES.map((t) => {
    const headers = templateHeaders(t);
    if (t.name === "Capacity") return { sheet: t.sheet, name: t.name, headers: [...headers, ...defaultHorizon(today)] };
    if (t.name === "Settings") {
      return { sheet: t.sheet, name: t.name, headers, rows: [["Value basis", "score"], ["Weights method", "direct"], ["Time limit seconds", 30]] };
    }
    return { sheet: t.sheet, name: t.name, headers };
  });
}

/** Read the bundled sample workbook (copied to dist/assets by webpack) as base64. */
export async function sampleWorkbookBase64(): Promise<string> {
  const response = await fetch(new URL("assets/sample-portfolio.xlsx", document.baseURI).href);
  if (!response.ok) throw new Error(`The sample workbook could not be loaded (HTTP ${response.status}).`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
