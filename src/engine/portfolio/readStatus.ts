/** Reads the Status table: earned-value figures per project and reporting period. */
import { closestMatch } from "./closestMatch";
import type { TableData } from "./tableData";
import { type ProblemLog, TableReader } from "./tableReader";
import { STATUS_TABLE } from "./template";
import type { StatusRow } from "./types";

/**
 * @param projectIds ids from Projects; a status row for another id is a warning (a project may have been
 *   dropped from the plan while its status is still reported) and is kept.
 */
export function readStatus(table: TableData, log: ProblemLog, projectIds: readonly string[]): StatusRow[] {
  const reader = new TableReader(table, STATUS_TABLE, log);
  if (!reader.checkRequiredColumns()) return [];
  const rows: StatusRow[] = [];
  const ids = new Map(projectIds.map((id) => [id.toLowerCase(), id]));
  const seen = new Map<string, number>();
  for (let r = 0; r < reader.rowCount; r++) {
    if (reader.isBlankRow(r)) continue;
    const typedId = reader.text(r, "project", true);
    const period = reader.month(r, "period", true);
    const bac = reader.number(r, "bac", { required: true, min: 0 });
    const pv = reader.number(r, "pv", { required: true, min: 0 });
    const ev = reader.number(r, "ev", { required: true, min: 0 });
    const ac = reader.number(r, "ac", { required: true, min: 0 });
    const percentComplete = reader.fraction(r, "percentComplete");
    const forecastEnd = reader.month(r, "forecastEnd");
    if (typedId === undefined || period === undefined || bac === undefined || pv === undefined || ev === undefined || ac === undefined) continue;
    const id = ids.get(typedId.toLowerCase());
    if (id === undefined) {
      const near = closestMatch(typedId, projectIds);
      reader.warn(r, reader.columnIndex("project"), `'${typedId}' is not a project in Projects${near ? ` — did you mean '${near}'?` : ""}`);
    }
    const project = id ?? typedId;
    const key = `${project.toLowerCase()}\u0000${period}`;
    if (seen.has(key)) {
      reader.error(r, reader.columnIndex("period"), "one row per project and period", period, `${project} ${period} is already in row ${seen.get(key)}`);
      continue;
    }
    seen.set(key, r + 1);
    rows.push({ project, period, bac, pv, ev, ac, percentComplete: percentComplete ?? null, forecastEnd: forecastEnd ?? null, row: r + 1 });
  }
  return rows;
}
