/** Reads the Limits table: cost limits (amount per Projects cost column) and category share rows. */
import { closestMatch } from "./closestMatch";
import type { TableData } from "./tableData";
import { type ProblemLog, TableReader } from "./tableReader";
import { LIMITS_TABLE, normaliseHeader } from "./template";
import type { PortfolioCategoryShare, PortfolioLimit } from "./types";

export interface LimitsRead {
  readonly limits: PortfolioLimit[];
  readonly shares: PortfolioCategoryShare[];
}

/**
 * @param projectHeaders headers of the Projects table; each limit must name one of them.
 */
export function readLimits(table: TableData, log: ProblemLog, projectHeaders: readonly string[]): LimitsRead {
  const reader = new TableReader(table, LIMITS_TABLE, log);
  if (!reader.checkRequiredColumns()) return { limits: [], shares: [] };
  const limits: PortfolioLimit[] = [];
  const shares: PortfolioCategoryShare[] = [];
  const limitColumn = reader.columnIndex("limit");
  const shareRows: { r: number; limit: string; category: string; min?: number; max?: number }[] = [];
  for (let r = 0; r < reader.rowCount; r++) {
    if (reader.isBlankRow(r)) continue;
    const name = reader.text(r, "limit", true);
    const category = reader.text(r, "category");
    if (category !== undefined) {
      const min = reader.fraction(r, "minShare");
      const max = reader.fraction(r, "maxShare");
      if (min === undefined && max === undefined) {
        reader.errorText(r, reader.columnIndex("minShare") ?? reader.columnIndex("category"), `a share row for category '${category}' needs Min Share or Max Share`);
      } else if (min !== undefined && max !== undefined && min > max) {
        reader.errorText(r, reader.columnIndex("maxShare"), `Max Share ${max} is below Min Share ${min}`);
      }
      if (name !== undefined) shareRows.push({ r, limit: name, category, min, max });
      continue;
    }
    const amount = reader.number(r, "amount", { required: true, min: 0 });
    if (name === undefined) continue;
    const column = projectHeaders.find((h) => normaliseHeader(h) === normaliseHeader(name));
    if (column === undefined) {
      const near = closestMatch(name, projectHeaders);
      reader.error(r, limitColumn, "the name of a cost column in Projects (e.g. Cost, CapEx, OpEx)", name, near ? `did you mean '${near}'?` : undefined);
      continue;
    }
    if (limits.some((l) => normaliseHeader(l.name) === normaliseHeader(name))) {
      reader.error(r, limitColumn, "each limit once (share rows need a Category)", name);
      continue;
    }
    if (amount !== undefined) limits.push({ name, amount, column, row: r + 1 });
  }
  for (const s of shareRows) {
    const limit = limits.find((l) => normaliseHeader(l.name) === normaliseHeader(s.limit));
    if (!limit) {
      reader.error(s.r, limitColumn, "a limit given an Amount in another row", s.limit);
      continue;
    }
    shares.push({
      limit: limit.name,
      category: s.category,
      ...(s.min !== undefined ? { min: s.min } : {}),
      ...(s.max !== undefined ? { max: s.max } : {}),
      row: s.r + 1,
    });
  }
  return { limits, shares };
}
