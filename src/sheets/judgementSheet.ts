/**
 * One stakeholder's judgement sheet (group prioritisation): the pairs of drivers to judge, as a table with the
 * Judgements columns named `Judgements_<name>` so the workbook reader picks it up, plus instructions. The
 * Value cells are validated in Excel to Saaty's range 1/9–9 (see src/excel/judgementSheets.ts).
 */
import { JUDGEMENTS_TABLE, templateHeaders } from "../engine/portfolio";
import { a1, a1Range, type SheetSpec } from "./sheetSpec";

/** Saaty's scale as a decimal range, with the 1 % slack the reader allows for 0.11 ≈ 1/9. */
export const JUDGEMENT_MIN = 0.11;
export const JUDGEMENT_MAX = 9;

export interface JudgementSheet {
  readonly stakeholder: string;
  readonly spec: SheetSpec;
  /** The Value cells, for data validation ("D6:D20"). */
  readonly valueRange: string;
  readonly tableName: string;
}

const HEADER_ROW = 4;

/** "PMO Judgements <name>", within Excel's 31 characters and without the characters sheet names forbid. */
export function judgementSheetName(stakeholder: string): string {
  return `PMO Judgements ${stakeholder.replace(/[[\]:*?/\\']/g, " ").trim()}`.slice(0, 31).trim();
}

/** "Judgements_<name>" with only letters, digits and underscores (Excel table names). */
export function judgementTableName(stakeholder: string): string {
  return `Judgements_${stakeholder.normalize("NFKD").replace(/[^A-Za-z0-9_]+/g, "_").replace(/^_+|_+$/g, "") || "stakeholder"}`;
}

export const JUDGEMENT_INSTRUCTIONS = [
  "For each pair, how much more important is Driver than Compared with? Type a number in the Value column:",
  "1 = equally important · 3 = moderately · 5 = strongly · 7 = very strongly · 9 = extremely more important (2, 4, 6, 8 in between).",
  "If Compared with is the more important one, type the reciprocal as a formula or decimal: =1/3 (or 0.333) for 'moderately less', =1/9 for 'extremely less'.",
  "Leave a cell blank if you have not decided yet; PMO Align counts your answers only once every pair has a value.",
];

/** The sheets for `stakeholders` (in order, one each), with table names made unique. */
export function judgementSheets(stakeholders: readonly string[], drivers: readonly string[]): JudgementSheet[] {
  const usedTables = new Set<string>();
  const usedSheets = new Set<string>();
  return stakeholders.map((stakeholder) => {
    let tableName = judgementTableName(stakeholder);
    for (let k = 2; usedTables.has(tableName.toLowerCase()); k++) tableName = `${judgementTableName(stakeholder)}_${k}`;
    usedTables.add(tableName.toLowerCase());
    let name = judgementSheetName(stakeholder);
    for (let k = 2; usedSheets.has(name.toLowerCase()); k++) name = `${judgementSheetName(stakeholder).slice(0, 28)} ${k}`;
    usedSheets.add(name.toLowerCase());
    const pairs = drivers.flatMap((d, i) => drivers.slice(i + 1).map((e) => [stakeholder, d, e, null] as const));
    const headers = templateHeaders(JUDGEMENTS_TABLE);
    const valueColumn = headers.length - 1;
    const first = HEADER_ROW + 1;
    const spec: SheetSpec = {
      name,
      blocks: [
        { at: "A1", values: [[`Judgements of ${stakeholder}`]] },
        { at: "A2", values: JUDGEMENT_INSTRUCTIONS.slice(0, 1).map((t) => [t]) },
        { at: "A3", values: [[JUDGEMENT_INSTRUCTIONS.slice(1).join(" ")]] },
        { at: a1(HEADER_ROW, 0), values: [headers, ...pairs.map((p) => [...p])], header: true, tableName },
      ],
      bold: ["A1"],
      columnWidths: [24, 26, 26, 10],
      freezeRows: HEADER_ROW + 1,
    };
    return { stakeholder, spec, valueRange: a1Range(first, valueColumn, first + pairs.length - 1, valueColumn), tableName };
  });
}
