/** Reads the Capacity (role × month) and Demand (project, role, month offset) tables. */
import { isBlankCell } from "../cellValues";
import { closestMatch } from "./closestMatch";
import { excelSerialToIsoDate, monthFromCell, monthIndex } from "./months";
import type { TableData } from "./tableData";
import { type ProblemLog, TableReader } from "./tableReader";
import { CAPACITY_TABLE, DEMAND_TABLE, normaliseHeader } from "./template";
import type { DemandRow, PortfolioProject, RoleCapacity } from "./types";

export interface CapacityRead {
  readonly months: string[];
  readonly roles: RoleCapacity[];
}

/** A month header: text such as "2027-01" or "Jan 2027", or a date serial that arrived as text. */
function monthFromHeader(header: string): string | undefined {
  const text = header.trim();
  if (/^\d{5}(\.0+)?$/.test(text)) return monthFromCell(excelSerialToIsoDate(Number(text)));
  return monthFromCell(text);
}

/** Capacity per role per month; null when the table is unusable (no Role column or no month columns). */
export function readCapacity(table: TableData, log: ProblemLog): CapacityRead | null {
  const reader = new TableReader(table, CAPACITY_TABLE, log);
  const columnsOk = reader.checkRequiredColumns();
  const monthColumns: { index: number; month: string }[] = [];
  for (const index of reader.otherHeaders) {
    const header = String(table.headers[index] ?? "");
    const month = monthFromHeader(header);
    if (month !== undefined) {
      monthColumns.push({ index, month });
    } else if (!isBlankCell(header)) {
      reader.warn(undefined, index, `'${header}' is neither a month (yyyy-mm) nor a Capacity column; it is ignored`);
    }
  }
  if (monthColumns.length === 0) {
    reader.errorText(undefined, undefined, "no month columns: add one column per month headed yyyy-mm (e.g. 2027-01)");
    return null;
  }
  let monthsOk = true;
  for (let k = 1; k < monthColumns.length; k++) {
    const expected = monthIndex(monthColumns[k - 1].month) + 1;
    if (monthIndex(monthColumns[k].month) !== expected) {
      reader.errorText(undefined, monthColumns[k].index, `months must be consecutive: '${table.headers[monthColumns[k].index]}' follows ${monthColumns[k - 1].month}`);
      monthsOk = false;
    }
  }
  if (!columnsOk || !reader.has("role") || !monthsOk) return null;

  const roles: RoleCapacity[] = [];
  const seen = new Map<string, number>();
  for (let r = 0; r < reader.rowCount; r++) {
    if (reader.isBlankRow(r)) continue;
    const role = reader.text(r, "role", true);
    let unit = reader.text(r, "unit");
    if (unit === undefined && reader.has("unit")) {
      reader.warn(r, reader.columnIndex("unit"), "no unit given; FTE assumed");
      unit = "FTE";
    }
    const rate = reader.number(r, "rate", { min: 0 });
    const capacity = monthColumns.map(({ index }) => reader.numberAt(r, index, { min: 0 }) ?? 0);
    if (role === undefined) continue;
    const key = normaliseHeader(role);
    if (seen.has(key)) {
      reader.error(r, reader.columnIndex("role"), "a role not listed before", role, `already in row ${seen.get(key)}`);
      continue;
    }
    seen.set(key, r + 1);
    roles.push({ role, unit: unit ?? "FTE", rate: rate ?? null, capacity, row: r + 1 });
  }
  if (roles.length === 0) reader.errorText(undefined, undefined, "no roles: add one row per role");
  return { months: monthColumns.map((m) => m.month), roles };
}

/**
 * Demand rows whose project and role exist. `roles` is null when there is no Capacity table (roles are then
 * not checked). Month offsets must fall inside the project's duration.
 */
export function readDemand(
  table: TableData,
  log: ProblemLog,
  projects: ReadonlyMap<string, PortfolioProject>,
  roles: readonly RoleCapacity[] | null,
): DemandRow[] {
  const reader = new TableReader(table, DEMAND_TABLE, log);
  if (!reader.checkRequiredColumns()) return [];
  const projectIds = [...projects.keys()];
  const roleNames = roles?.map((r) => r.role) ?? [];
  const roleByKey = new Map((roles ?? []).map((r) => [normaliseHeader(r.role), r.role]));
  const rows: DemandRow[] = [];
  const seen = new Map<string, number>();
  for (let r = 0; r < reader.rowCount; r++) {
    if (reader.isBlankRow(r)) continue;
    const id = reader.text(r, "project", true);
    let role = reader.text(r, "role", true);
    const offset = reader.number(r, "monthOffset", { required: true, integer: true, min: 0 });
    const amount = reader.number(r, "amount", { required: true, min: 0 });
    const project = id === undefined ? undefined : projects.get(id);
    if (id !== undefined && !project) {
      const near = closestMatch(id, projectIds);
      reader.error(r, reader.columnIndex("project"), "a project id from Projects", id, near ? `did you mean '${near}'?` : undefined);
    }
    if (role !== undefined && roles) {
      const known = roleByKey.get(normaliseHeader(role));
      if (known === undefined) {
        const near = closestMatch(role, roleNames);
        reader.error(r, reader.columnIndex("role"), "a role from Capacity", role, near ? `did you mean '${near}'?` : undefined);
        role = undefined;
      } else {
        role = known;
      }
    }
    if (project && offset !== undefined && offset >= project.duration) {
      reader.error(r, reader.columnIndex("monthOffset"), `a month offset from 0 to ${project.duration - 1} (project ${project.id} lasts ${project.duration} months)`, offset);
      continue;
    }
    if (!project || role === undefined || offset === undefined || amount === undefined) continue;
    const key = `${project.id}\u0000${role}\u0000${offset}`;
    if (seen.has(key)) {
      reader.warn(r, reader.columnIndex("monthOffset"), `repeats ${project.id} / ${role} / month ${offset} of row ${seen.get(key)}; the amounts are added`);
    } else {
      seen.set(key, r + 1);
    }
    rows.push({ project: project.id, role, monthOffset: offset, amount, row: r + 1 });
  }
  return rows;
}
