/** The task pane's calls into the engine, kept in one place so views stay thin. */
import type { TableData, WorkbookProblem } from "../engine/portfolio/tableData";
import { applyMapping, type ColumnMapping } from "./columnMapping";

export interface ParsedWorkbook {
  readonly portfolio: unknown;
  readonly problems: readonly WorkbookProblem[];
}

export function parseWorkbook(tables: readonly TableData[], mapping: ColumnMapping): ParsedWorkbook {
  const mapped = applyMapping(tables, mapping);
  return { portfolio: mapped.length ? mapped : null, problems: [] };
}
