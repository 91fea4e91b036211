/** Reads the Projects table: estimates, schedule months, impacts per driver, costs per limit and decisions. */
import { isBlankCell } from "../cellValues";
import { type ImpactScale, parseImpact } from "../impactScale";
import { closestMatch } from "./closestMatch";
import { projectColumnFeatures } from "./columnFeatures";
import type { RawCell, TableData } from "./tableData";
import { type ProblemLog, TableReader } from "./tableReader";
import { normaliseHeader, PROJECTS_TABLE } from "./template";
import type { PortfolioDriver, PortfolioLimit, PortfolioProject, ValueBasis } from "./types";

/** A project before its months become offsets into the horizon. */
export interface ProjectDraft extends Omit<PortfolioProject, "start" | "earliestStart" | "latestStart" | "startMonth"> {
  readonly startMonth: string | undefined;
  readonly earliestMonth?: string;
  readonly latestMonth?: string;
}

export interface ProjectsRead {
  readonly projects: ProjectDraft[];
  /** Column index per id-list key, to place problems with unknown ids. */
  readonly reader: TableReader;
}

/** What the rest of the workbook asks of Projects, so each feature requires only the columns it uses. */
export interface ProjectsNeeds {
  /** Selection's value basis (Settings): benefit-based selection needs the Benefit column. */
  readonly valueBasis: ValueBasis;
  /** A Capacity table exists, so Resources needs Start and Duration months. */
  readonly allocation: boolean;
  /** Limits has share rows, so Selection needs Category. */
  readonly shareRules?: boolean;
  /** Where the value basis was chosen, for the message when Benefit is missing (default Settings › Value basis). */
  readonly valueBasisSource?: string;
}

/** Null when the table lacks its Project column (nothing can be linked to a row without ids). */
export function readProjects(
  table: TableData,
  log: ProblemLog,
  drivers: readonly PortfolioDriver[],
  limits: readonly PortfolioLimit[],
  scale: ImpactScale,
  needs: ProjectsNeeds = { valueBasis: "score", allocation: true },
): ProjectsRead | null {
  const reader = new TableReader(table, PROJECTS_TABLE, log);
  reader.checkRequiredColumns();
  if (!reader.has("project")) return null;
  const context = { valueBasis: needs.valueBasis, shareRules: needs.shareRules ?? false };
  for (const column of PROJECTS_TABLE.columns) {
    const features = projectColumnFeatures(column.key, context);
    if (features !== undefined) reader.columnServes(column.key, features);
  }
  checkFeatureColumns(reader, needs);

  const driverColumns = drivers.map((d) => {
    const index = reader.findHeader(d.name);
    if (index === undefined) reader.missingColumn(d.name, " (each driver in Drivers needs an impact column)");
    reader.columnServes(index, ["scoring"]);
    return index;
  });
  const limitColumns = limits.map((l) => reader.findHeader(l.column));
  for (const index of limitColumns) reader.columnServes(index, ["selection"]);
  const levels = new Map(scale.levels.map((l) => [l.word.toLowerCase(), l.value]));
  warnUnknownHeaders(reader, drivers, limits);

  const projects: ProjectDraft[] = [];
  const seen = new Map<string, number>();
  for (let r = 0; r < reader.rowCount; r++) {
    if (reader.isBlankRow(r)) continue;
    const id = reader.text(r, "project", true);
    const owner = reader.text(r, "owner");
    const category = reader.text(r, "category");
    const cost = reader.number(r, "cost", { min: 0 });
    const benefit = reader.number(r, "benefit", { required: needs.valueBasis !== "score" });
    const startMonth = reader.month(r, "start", needs.allocation);
    const duration = reader.number(r, "duration", { required: needs.allocation, integer: true, min: 1 });
    const earliestMonth = reader.month(r, "earliestStart");
    const latestMonth = reader.month(r, "latestStart");
    if (startMonth && earliestMonth && earliestMonth > startMonth) {
      reader.errorText(r, reader.columnIndex("earliestStart"), `Earliest Start ${earliestMonth} is after Start ${startMonth}`);
    }
    if (startMonth && latestMonth && latestMonth < startMonth) {
      reader.errorText(r, reader.columnIndex("latestStart"), `Latest Start ${latestMonth} is before Start ${startMonth}`);
    }
    const impactWords: RawCell[] = driverColumns.map((c) => reader.raw(r, c));
    const impacts = driverColumns.map((c) => {
      if (c === undefined) return 0;
      const cell = reader.raw(r, c);
      // Fast path for the common cells; parseImpact (same rules) handles the rest and words the errors.
      const known = typeof cell === "string" ? levels.get(cell.trim().toLowerCase()) : typeof cell === "number" && cell >= 0 && cell <= scale.max ? cell : undefined;
      if (known !== undefined) return known;
      try {
        return parseImpact(cell, scale, reader.location(r, c));
      } catch (error) {
        reader.thrown(r, c, error);
        return 0;
      }
    });
    const costs: Record<string, number> = {};
    limits.forEach((limit, k) => {
      costs[limit.name] = reader.numberAt(r, limitColumns[k], { min: 0 }) ?? 0;
    });
    const costOfDelay = reader.number(r, "costOfDelay", { min: 0 });
    const jobSize = reader.number(r, "jobSize", { above: 0 });
    const finalCost = reader.number(r, "finalCost", { min: 0 });
    const benefitRealised = reader.number(r, "benefitRealised");
    const force = readForce(reader, r);

    if (id === undefined) continue;
    const earlier = seen.get(id.toLowerCase());
    if (earlier !== undefined) {
      reader.error(r, reader.columnIndex("project"), "a project id not used before", id, `already in row ${earlier}`);
      continue;
    }
    seen.set(id.toLowerCase(), r + 1);
    projects.push({
      id,
      name: reader.text(r, "name") ?? id,
      owner: owner ?? "",
      category: category ?? "",
      cost: cost ?? 0,
      benefit: benefit ?? 0,
      startMonth,
      ...(earliestMonth !== undefined ? { earliestMonth } : {}),
      ...(latestMonth !== undefined ? { latestMonth } : {}),
      duration: duration ?? 1,
      costs,
      impacts,
      impactWords,
      ...(costOfDelay !== undefined ? { costOfDelay } : {}),
      ...(jobSize !== undefined ? { jobSize } : {}),
      force,
      dependsOn: reader.idList(r, "dependsOn"),
      excludes: reader.idList(r, "excludes"),
      together: reader.idList(r, "together"),
      startsAfter: reader.idList(r, "startsAfter"),
      ...(finalCost !== undefined ? { finalCost } : {}),
      ...(benefitRealised !== undefined ? { benefitRealised } : {}),
      row: r + 1,
    });
  }
  if (!Array.from({ length: reader.rowCount }, (_, r) => r).some((r) => !reader.isBlankRow(r))) {
    reader.errorText(undefined, undefined, "no projects: the table is empty; add one row per project");
  }
  return { projects: checkReferences(reader, projects), reader };
}

/** Columns only some features need: missing, they stop those features alone, with a sentence naming them. */
function checkFeatureColumns(reader: TableReader, needs: ProjectsNeeds): void {
  if (needs.allocation) {
    const missing = (["start", "duration"] as const).filter((k) => !reader.has(k));
    for (const key of missing) {
      reader.missingColumn(reader.header(key), `; Resources needs Start and Duration months to place projects in the Capacity months`, ["allocation"]);
    }
  }
  if (needs.valueBasis !== "score" && !reader.has("benefit")) {
    const source = needs.valueBasisSource ?? "Settings › Value basis";
    const what = needs.valueBasis === "benefit" ? "benefit" : "score × benefit";
    reader.missingColumn(
      reader.header("benefit"),
      `; Selection maximises ${what} (${source}) and needs it: add a Benefit column to Projects, or choose the value basis score`,
      ["selection"],
    );
  }
}

function readForce(reader: TableReader, r: number): "in" | "out" | null {
  const cell = reader.cell(r, "force");
  if (isBlankCell(cell)) return null;
  const word = normaliseHeader(String(cell)).replace(/^(force|forced)/, "");
  if (word === "in") return "in";
  if (word === "out") return "out";
  reader.error(r, reader.columnIndex("force"), "In, Out or a blank cell", cell);
  return null;
}

/** Headers that are neither template columns, drivers nor limit columns but look like a typo of one. */
function warnUnknownHeaders(reader: TableReader, drivers: readonly PortfolioDriver[], limits: readonly PortfolioLimit[]): void {
  const known = new Set([...drivers.map((d) => normaliseHeader(d.name)), ...limits.map((l) => normaliseHeader(l.column))]);
  const candidates = [...PROJECTS_TABLE.columns.map((c) => c.name), ...drivers.map((d) => d.name)];
  for (const index of reader.otherHeaders) {
    const header = String(reader.data.headers[index] ?? "");
    if (known.has(normaliseHeader(header))) continue;
    const near = closestMatch(header, candidates);
    if (near !== undefined) reader.warn(undefined, index, `column '${header}' is not used — did you mean '${near}'?`);
  }
}

/** Every id in Depends On / Excludes / Together / Starts After must be another project's id. */
function checkReferences(reader: TableReader, projects: readonly ProjectDraft[]): ProjectDraft[] {
  const ids = new Map(projects.map((p) => [p.id.toLowerCase(), p.id]));
  const allIds = projects.map((p) => p.id);
  const lists = [
    ["dependsOn", "Depends On"],
    ["excludes", "Excludes"],
    ["together", "Together"],
    ["startsAfter", "Starts After"],
  ] as const;
  return projects.map((p) => {
    const fixed: Record<string, string[]> = {};
    for (const [key] of lists) {
      const column = reader.columnIndex(key);
      const canonical: string[] = [];
      for (const ref of p[key]) {
        const id = ids.get(ref.toLowerCase());
        if (id === undefined) {
          const near = closestMatch(ref, allIds);
          reader.error(p.row - 1, column, "ids of projects in this table", ref, near ? `did you mean '${near}'?` : "no project has this id");
        } else if (id === p.id) {
          reader.errorText(p.row - 1, column, `project ${p.id} refers to itself`);
        } else {
          canonical.push(id);
        }
      }
      fixed[key] = canonical;
    }
    // Ids match case-insensitively; keep them as the Project column spells them.
    return { ...p, ...fixed };
  });
}
