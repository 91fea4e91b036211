/**
 * Column mapping: the user points at an existing table and says which of its columns play the template's
 * roles. Saved in the workbook settings (key PMOAlign.columnMapping) and applied to TableData before
 * parsing, so the engine only ever sees template names.
 */
import type { TableData } from "../engine/portfolio";

export const COLUMN_MAPPING_SETTING = "PMOAlign.columnMapping";

export interface ColumnMapping {
  /** Template table name → the user's table name. */
  readonly tables?: Readonly<Record<string, string>>;
  /** Template table name → (template column → user's column header). */
  readonly columns?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Rename mapped tables and headers to their template names; unmapped tables pass through. */
export function applyMapping(tables: readonly TableData[], mapping: ColumnMapping): TableData[] {
  const tableFor = new Map(Object.entries(mapping.tables ?? {}).map(([template, user]) => [user.toLowerCase(), template]));
  return tables.map((table) => {
    const template = tableFor.get(table.name.toLowerCase());
    const name = template ?? table.name;
    const columns = mapping.columns?.[name];
    if (!template && !columns) return table;
    const headerFor = new Map(Object.entries(columns ?? {}).map(([tpl, user]) => [user.trim().toLowerCase(), tpl]));
    return {
      ...table,
      name,
      headers: table.headers.map((h) => headerFor.get(h.trim().toLowerCase()) ?? h),
    };
  });
}
