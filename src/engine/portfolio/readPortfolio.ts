/**
 * Parses the standard template's tables into a Portfolio, collecting every problem in the workbook.
 */
import { closestMatch } from "./closestMatch";
import { type ColumnContext, errorValueProblem, sameCell, scopeCellErrors } from "./columnFeatures";
import { monthIndex, monthRange } from "./months";
import { readComparisons, readDrivers } from "./readDrivers";
import { isJudgementsTable, readJudgements } from "./readJudgements";
import { readLimits } from "./readLimits";
import { type ProjectDraft, readProjects } from "./readProjects";
import { readCapacity, readDemand } from "./readResources";
import { DEFAULT_SETTINGS, readImpactScale, readSettings } from "./readSettings";
import { readStatus } from "./readStatus";
import type { TableData, WorkbookProblem } from "./tableData";
import { cellAddress, ProblemLog } from "./tableReader";
import { normaliseHeader, TEMPLATE_TABLES } from "./template";
import type { Portfolio, PortfolioHorizon, PortfolioProject, ValueBasis } from "./types";

export interface ReadPortfolioResult {
  /**
   * Null only when the drivers cannot be read at all (no Drivers table or no Driver column). A missing
   * Projects table (or Project column) is an error but leaves a portfolio without projects, so the drivers
   * and their comparisons stay usable (e.g. for weights). Cells with errors read as 0 or blank: compute
   * nothing from the portfolio while `hasErrors(problems)`.
   */
  readonly portfolio: Portfolio | null;
  /** Every problem found, errors and warnings, in table order. */
  readonly problems: WorkbookProblem[];
}

export { blockedFeatures, problemBlocks, problemsBlocking } from "./features";

export interface ReadPortfolioOptions {
  /**
   * Problems the workbook reader found in cells (the CLI's .xlsx reader: Excel error values, merged ranges),
   * listed first and scoped like the tables' own `errorValues` (columnFeatures.ts).
   */
  readonly readerProblems?: readonly WorkbookProblem[];
  /** A value basis chosen outside the workbook (the CLI's --value), instead of Settings › Value basis. */
  readonly valueBasis?: { readonly basis: ValueBasis; readonly source: string };
}

/** True when any problem is an error (warnings never block); features.ts tells which features an error stops. */
export function hasErrors(problems: readonly WorkbookProblem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/**
 * Reads Drivers, DriverComparisons, Projects, Limits, Capacity, Demand, Status, ImpactScale and Settings
 * (by table name, case-insensitive; headers by name and alias, see template.ts).
 *
 * @example
 * const { portfolio, problems } = readPortfolio(tables);
 * if (!portfolio || hasErrors(problems)) showProblems(problems);
 */
export function readPortfolio(tables: readonly TableData[], options: ReadPortfolioOptions = {}): ReadPortfolioResult {
  const log = new ProblemLog();
  const byName = new Map(tables.map((t) => [normaliseHeader(t.name), t]));
  const find = (name: string) => byName.get(normaliseHeader(name));
  const unclaimed = tables
    .filter((t) => !TEMPLATE_TABLES.some((s) => normaliseHeader(s.name) === normaliseHeader(t.name)) && !isJudgementsTable(t.name))
    .map((t) => t.name);

  for (const spec of TEMPLATE_TABLES) {
    const table = find(spec.name);
    if (!table) {
      const near = closestMatch(spec.name, unclaimed);
      if (spec.required || near) {
        const nearTable = near === undefined ? undefined : tables.find((t) => t.name === near);
        log.add({
          severity: spec.required ? "error" : "warning",
          table: spec.name,
          message: `table ${spec.name} is missing${near ? `; found table '${near}' — did you mean '${spec.name}'?` : ` (add an Excel table named ${spec.name} on a sheet such as '${spec.sheet}')`}`,
          ...(nearTable ? { cell: cellAddress(nearTable, undefined, 0) } : {}),
        });
      }
    } else if (!spec.required && table.rows.length === 0) {
      log.add({ severity: "warning", table: table.name, message: `table ${table.name} has no rows`, ...(table.address ? { cell: cellAddress(table, undefined, 0) } : {}) });
    }
  }

  const settingsTable = find("Settings");
  const settings = settingsTable ? readSettings(settingsTable, log) : DEFAULT_SETTINGS;
  const impactScale = readImpactScale(find("ImpactScale"), log);

  const driversTable = find("Drivers");
  const comparisonsTable = find("DriverComparisons");
  const drivers = driversTable ? readDrivers(driversTable, log, comparisonsTable !== undefined) : null;
  const comparisons = comparisonsTable && drivers && drivers.length > 0 ? readComparisons(comparisonsTable, drivers, log) : null;
  const group = drivers && drivers.length > 0 ? readJudgements(tables.filter((t) => isJudgementsTable(t.name)), find("Stakeholders"), drivers, log) : null;

  // Each optional table serves one feature: its errors stop that feature only (features.ts).
  const capacityTable = find("Capacity");
  const capacity = capacityTable ? log.within(["allocation"], () => readCapacity(capacityTable, log)) : null;

  const projectsTable = find("Projects");
  const limitsTable = find("Limits");
  const { limits, shares } =
    limitsTable && projectsTable ? log.within(["selection"], () => readLimits(limitsTable, log, projectsTable.headers.map(String))) : { limits: [], shares: [] };
  // Without drivers, Projects is still read so its own cell problems are listed too.
  const needs = {
    valueBasis: options.valueBasis?.basis ?? settings.valueBasis,
    allocation: capacityTable !== undefined,
    shareRules: shares.length > 0,
    ...(options.valueBasis ? { valueBasisSource: options.valueBasis.source } : {}),
  };
  const projectsRead = projectsTable ? readProjects(projectsTable, log, drivers ?? [], limits, impactScale, needs) : null;
  if (projectsRead && shares.length > 0 && !projectsRead.reader.has("category")) {
    projectsRead.reader.missingColumn("Category", "; the share rows in Limits are per category, so Selection needs it", ["selection"]);
  }

  const drafts = projectsRead?.projects ?? [];
  const horizon = capacity ? { months: capacity.months, fromCapacity: true } : horizonFromProjects(drafts);
  const projects = drafts.map((d) => placeProject(d, horizon));
  if (projectsRead && horizon.fromCapacity) warnOutsideHorizon(projects, horizon, log, projectsTable!);

  const projectMap = new Map(projects.map((p) => [p.id, p]));
  const demandTable = find("Demand");
  if (demandTable && !capacityTable && demandTable.rows.length > 0) {
    log.add({ severity: "warning", table: demandTable.name, message: `table ${demandTable.name}: there is no Capacity table, so roles are not checked and resource allocation is unavailable` });
  }
  const demand = demandTable ? log.within(["allocation"], () => readDemand(demandTable, log, projectMap, capacity?.roles ?? null)) : [];
  const statusTable = find("Status");
  const status = statusTable ? log.within(["monitoring"], () => readStatus(statusTable, log, projects.map((p) => p.id))) : [];

  const context: ColumnContext = {
    valueBasis: needs.valueBasis,
    shareRules: needs.shareRules,
    drivers: (drivers ?? []).map((d) => d.name),
    limitColumns: limits.map((l) => l.column),
  };
  const problems = withCellErrors(tables, options.readerProblems ?? [], log.problems, context);
  if (!drivers) return { portfolio: null, problems };
  return {
    portfolio: {
      drivers,
      comparisons,
      group,
      projects,
      limits,
      categoryShares: shares,
      horizon,
      capacity: capacity?.roles ?? [],
      demand,
      status,
      settings,
      impactScale,
      ...(projectsRead && !projectsRead.reader.has("benefit") ? { absentColumns: ["benefit"] } : {}),
    },
    problems,
  };
}

/**
 * The cells holding Excel error values (the tables' `errorValues` and the reader's problems), scoped to the
 * features that use their column, then the workbook's own problems except those at the same cells (a #N/A
 * reads as blank, and "expected a number" would say the same thing less clearly).
 */
function withCellErrors(
  tables: readonly TableData[],
  readerProblems: readonly WorkbookProblem[],
  own: readonly WorkbookProblem[],
  context: ColumnContext,
): WorkbookProblem[] {
  const found = [...readerProblems, ...tables.flatMap((t) => (t.errorValues ?? []).map((e) => errorValueProblem(t, e.row, e.column, e.code)))];
  if (found.length === 0) return [...own];
  const cells = found.filter((p) => p.row !== undefined && p.column !== undefined);
  return [...scopeCellErrors(found, context), ...own.filter((p) => !cells.some((c) => sameCell(c, p)))];
}

/** Without Capacity the horizon spans the projects: earliest (earliest) start to latest finish. */
function horizonFromProjects(drafts: readonly ProjectDraft[]): PortfolioHorizon {
  const starts = drafts.flatMap((d) => [d.startMonth, d.earliestMonth].filter((m): m is string => m !== undefined)).map(monthIndex);
  const ends = drafts.flatMap((d) =>
    [d.startMonth, d.latestMonth].filter((m): m is string => m !== undefined).map((m) => monthIndex(m) + d.duration - 1),
  );
  if (starts.length === 0) return { months: [], fromCapacity: false };
  // Loops, not Math.min(...starts): a spread of 200,000 arguments overflows the call stack.
  let first = Infinity;
  for (const m of starts) if (m < first) first = m;
  let last = -Infinity;
  for (const m of ends) if (m > last) last = m;
  const firstMonth = drafts.flatMap((d) => [d.startMonth, d.earliestMonth]).find((m) => m !== undefined && monthIndex(m) === first)!;
  return { months: monthRange(firstMonth, last - first + 1), fromCapacity: false };
}

function placeProject(d: ProjectDraft, horizon: PortfolioHorizon): PortfolioProject {
  const origin = horizon.months.length > 0 ? monthIndex(horizon.months[0]) : 0;
  // Built field by field (not with a rest spread): ten thousand projects place in milliseconds.
  const project: { -readonly [K in keyof PortfolioProject]: PortfolioProject[K] } = {
    id: d.id,
    name: d.name,
    owner: d.owner,
    category: d.category,
    cost: d.cost,
    benefit: d.benefit,
    startMonth: d.startMonth ?? horizon.months[0] ?? "",
    start: d.startMonth === undefined ? 0 : monthIndex(d.startMonth) - origin,
    duration: d.duration,
    costs: d.costs,
    impacts: d.impacts,
    impactWords: d.impactWords,
    force: d.force,
    dependsOn: d.dependsOn,
    excludes: d.excludes,
    together: d.together,
    startsAfter: d.startsAfter,
    row: d.row,
  };
  if (d.earliestMonth !== undefined) project.earliestStart = monthIndex(d.earliestMonth) - origin;
  if (d.latestMonth !== undefined) project.latestStart = monthIndex(d.latestMonth) - origin;
  if (d.costOfDelay !== undefined) project.costOfDelay = d.costOfDelay;
  if (d.jobSize !== undefined) project.jobSize = d.jobSize;
  if (d.finalCost !== undefined) project.finalCost = d.finalCost;
  if (d.benefitRealised !== undefined) project.benefitRealised = d.benefitRealised;
  return project;
}

function warnOutsideHorizon(projects: readonly PortfolioProject[], horizon: PortfolioHorizon, log: ProblemLog, table: TableData): void {
  const n = horizon.months.length;
  const startColumn = table.headers.findIndex((h) => ["start", "startdate", "plannedstart", "startmonth"].includes(normaliseHeader(String(h))));
  for (const p of projects) {
    if (p.start >= 0 && p.start + p.duration <= n) continue;
    const cell = cellAddress(table, p.row, startColumn < 0 ? undefined : startColumn);
    log.add({
      severity: "warning",
      table: table.name,
      row: p.row,
      ...(startColumn >= 0 ? { column: String(table.headers[startColumn]) } : {}),
      message: `table ${table.name}, row ${p.row}: project ${p.id} (${p.startMonth}, ${p.duration} month${p.duration === 1 ? "" : "s"}) does not fit inside the Capacity months ${horizon.months[0]} to ${horizon.months[n - 1]}; resource allocation needs it inside`,
      ...(cell ? { cell } : {}),
    });
  }
}
