/** RAG fills shared by the monitoring sheets (Excel's "Good / Neutral / Bad" cell styles). */
import type { ConditionalFormatSpec } from "./sheetSpec";

export const RAG_COLOURS = {
  Green: { fill: "#C6EFCE", font: "#006100" },
  Amber: { fill: "#FFEB9C", font: "#9C5700" },
  Red: { fill: "#FFC7CE", font: "#9C0006" },
} as const;

/** One textEquals rule per RAG word over `range`. */
export function ragFormats(range: string): ConditionalFormatSpec[] {
  return (Object.keys(RAG_COLOURS) as (keyof typeof RAG_COLOURS)[]).map((text) => ({
    type: "textEquals",
    range,
    text,
    fill: RAG_COLOURS[text].fill,
    fontColor: RAG_COLOURS[text].font,
  }));
}
