/**
 * The template reference as Markdown, generated from template.ts so docs/template.md (between its
 * `<!-- template:begin -->` and `<!-- template:end -->` markers) cannot drift from the parser.
 */
import { type ColumnType, SETTINGS_KEYS, TEMPLATE_TABLES, type TemplateTable } from "./template";

const TYPE_WORDS: Record<ColumnType, string> = {
  text: "text",
  number: "number",
  integer: "whole number",
  month: "month (date or yyyy-mm)",
  idList: "project ids, comma-separated",
  force: "In / Out / blank",
  fraction: "share (20% or 0.2)",
  impact: "impact word or 0–9",
  any: "text or number",
};

const cell = (text: string) => text.replace(/\|/g, "\\|");

function tableSection(table: TemplateTable): string {
  const lines = [
    `### ${table.name} (${table.required ? "required" : "optional"}; sheet '${table.sheet}' in the template)`,
    "",
    table.description,
    "",
    "| Column | Required | Type | Also accepted | Meaning |",
    "|---|---|---|---|---|",
    ...table.columns.map(
      (c) => `| ${cell(c.name)} | ${c.required ? "yes" : "no"} | ${TYPE_WORDS[c.type]} | ${cell((c.aliases ?? []).join(", ")) || "—"} | ${cell(c.description)} |`,
    ),
  ];
  if (table.dynamicColumns) lines.push("", `Other columns: ${table.dynamicColumns}`);
  return lines.join("\n");
}

function settingsSection(): string {
  return [
    "### Settings keys",
    "",
    "| Key | Default | Meaning |",
    "|---|---|---|",
    ...SETTINGS_KEYS.map((k) => `| ${k.key}${k.aliases ? ` (or ${k.aliases.join(", ")})` : ""} | ${k.defaultValue === "" ? "—" : k.defaultValue} | ${cell(k.description)} |`),
  ].join("\n");
}

/** Every table, column and setting key of the template. */
export function templateMarkdown(): string {
  return [...TEMPLATE_TABLES.map(tableSection), settingsSection()].join("\n\n");
}

export const TEMPLATE_DOC_BEGIN = "<!-- template:begin (generated from src/engine/portfolio/template.ts by `npx tsx scripts/updateTemplateDocs.ts`) -->";
export const TEMPLATE_DOC_END = "<!-- template:end -->";
