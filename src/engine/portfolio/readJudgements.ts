/**
 * Reads the Judgements (long form: stakeholder, driver, compared with, value) and Stakeholders tables into one
 * matrix per stakeholder, in Drivers order. Completeness is decided here: a stakeholder listed without any
 * judgement has not answered; one with pairs missing is incomplete; both are listed and left out of the group.
 */
import { DEFAULT_RECIPROCAL_TOLERANCE, formatJudgement } from "../ahp";
import { isBlankCell, numberFromCell } from "../cellValues";
import { closestMatch } from "./closestMatch";
import type { RawCell, TableData } from "./tableData";
import { type ProblemLog, TableReader } from "./tableReader";
import { JUDGEMENTS_TABLE, normaliseHeader, STAKEHOLDERS_TABLE } from "./template";
import type { GroupJudgements, GroupStakeholder, PortfolioDriver } from "./types";

/** Saaty's scale ends at 9 and 1/9; 1 % slack lets rounded entries such as 0.11 for 1/9 pass. */
const SCALE_MIN = 1 / 9 / (1 + DEFAULT_RECIPROCAL_TOLERANCE);
const SCALE_MAX = 9 * (1 + DEFAULT_RECIPROCAL_TOLERANCE);
const near = (product: number) => Math.abs(product - 1) <= DEFAULT_RECIPROCAL_TOLERANCE + 1e-12;

/** A judgement: a number or a fraction typed as text ("1/3"). */
function judgementValue(cell: RawCell): number | undefined {
  const direct = numberFromCell(cell);
  if (direct !== undefined) return direct;
  if (typeof cell !== "string") return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(cell);
  return m && Number(m[2]) !== 0 ? Number(m[1]) / Number(m[2]) : undefined;
}

interface Draft {
  readonly name: string;
  role: string;
  weight: number;
  /** 1-based Stakeholders row, when listed there. */
  listedAt?: number;
  /** upper[i][j] (i < j): the judgement of driver i over driver j, and the Judgements row it came from. */
  readonly given: Map<string, { value: number; row: number }>;
  answered: boolean;
}

/** Judgements tables: `Judgements` itself and the per-stakeholder `Judgements_<name>` tables of prepared sheets. */
export function isJudgementsTable(name: string): boolean {
  return normaliseHeader(name).startsWith(normaliseHeader(JUDGEMENTS_TABLE.name));
}

/**
 * The stakeholders in Stakeholders order, then those found only in Judgements in order of first appearance.
 * `judgementsTables` are read in order as one list (the main table and any prepared per-stakeholder tables).
 * Null when there is neither a judgements table nor Stakeholders.
 */
export function readJudgements(
  judgementsTables: readonly TableData[],
  stakeholdersTable: TableData | undefined,
  drivers: readonly PortfolioDriver[],
  log: ProblemLog,
): GroupJudgements | null {
  if (judgementsTables.length === 0 && !stakeholdersTable) return null;
  const labels = drivers.map((d) => d.name);
  const drafts = new Map<string, Draft>();
  const draft = (name: string): Draft => {
    const key = normaliseHeader(name);
    let d = drafts.get(key);
    if (!d) {
      d = { name, role: "", weight: 1, given: new Map(), answered: false };
      drafts.set(key, d);
    }
    return d;
  };

  if (stakeholdersTable) readStakeholderRows(stakeholdersTable, log, drafts, draft);
  const listed = stakeholdersTable !== undefined && drafts.size > 0;
  const unlisted = new Set<string>();
  for (const table of judgementsTables) readJudgementRows(table, log, labels, drafts, draft, listed, unlisted);

  const n = labels.length;
  const stakeholders: GroupStakeholder[] = [...drafts.values()].map((d) => {
    const missing: [string, string][] = [];
    const matrix = labels.map(() => new Array<number>(n).fill(1));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const g = d.given.get(`${i},${j}`);
        if (!g) missing.push([labels[i]!, labels[j]!]);
        else {
          matrix[i]![j] = g.value;
          matrix[j]![i] = 1 / g.value;
        }
      }
    }
    const status = !d.answered ? "not answered" : missing.length > 0 ? "incomplete" : "complete";
    return {
      name: d.name,
      role: d.role,
      weight: d.weight,
      status,
      matrix: status === "complete" ? matrix : null,
      missing: status === "not answered" ? [] : missing,
      ...(d.listedAt !== undefined ? { row: d.listedAt } : {}),
    };
  });
  const table = judgementsTables[0]?.name ?? JUDGEMENTS_TABLE.name;
  for (const s of stakeholders) {
    if (s.status === "incomplete") {
      const shown = s.missing.slice(0, 3).map(([a, b]) => `${a} vs ${b}`).join(", ");
      const more = s.missing.length > 3 ? ` and ${s.missing.length - 3} more` : "";
      log.add({
        severity: "warning",
        table,
        message: `table ${table}: stakeholder '${s.name}' has not judged ${s.missing.length} of ${(n * (n - 1)) / 2} pairs (${shown}${more}); their answers are left out of the group weights until complete`,
      });
    }
  }
  return { labels, stakeholders };
}

function readStakeholderRows(table: TableData, log: ProblemLog, drafts: Map<string, Draft>, draft: (name: string) => Draft): void {
  const reader = new TableReader(table, STAKEHOLDERS_TABLE, log);
  if (!reader.checkRequiredColumns()) return;
  for (let r = 0; r < reader.rowCount; r++) {
    if (reader.isBlankRow(r)) continue;
    const name = reader.text(r, "name", true);
    if (name === undefined) continue;
    if (drafts.has(normaliseHeader(name))) {
      reader.error(r, reader.columnIndex("name"), "a stakeholder name not used before", name, `already in row ${drafts.get(normaliseHeader(name))!.listedAt}`);
      continue;
    }
    const d = draft(name);
    d.listedAt = r + 1;
    d.role = reader.text(r, "role") ?? "";
    d.weight = reader.number(r, "weight", { min: 0 }) ?? 1;
  }
}

function readJudgementRows(
  table: TableData,
  log: ProblemLog,
  labels: readonly string[],
  drafts: Map<string, Draft>,
  draft: (name: string) => Draft,
  listed: boolean,
  unlisted: Set<string>,
): void {
  const reader = new TableReader(table, JUDGEMENTS_TABLE, log);
  if (!reader.checkRequiredColumns()) return;
  const driverIndex = (r: number, key: string): number | undefined => {
    const name = reader.text(r, key, true);
    if (name === undefined) return undefined;
    const i = labels.findIndex((l) => normaliseHeader(l) === normaliseHeader(name));
    if (i < 0) {
      const guess = closestMatch(name, labels);
      reader.error(r, reader.columnIndex(key), "a driver name from Drivers", name, guess ? `did you mean '${guess}'?` : undefined);
      return undefined;
    }
    return i;
  };
  for (let r = 0; r < reader.rowCount; r++) {
    if (reader.isBlankRow(r)) continue;
    const who = reader.text(r, "stakeholder", true);
    const a = driverIndex(r, "driver");
    const b = driverIndex(r, "comparedWith");
    if (who === undefined || a === undefined || b === undefined) continue;
    if (listed && !drafts.has(normaliseHeader(who)) && !unlisted.has(normaliseHeader(who))) {
      unlisted.add(normaliseHeader(who));
      const guess = closestMatch(who, [...drafts.values()].map((d) => d.name));
      reader.warn(r, reader.columnIndex("stakeholder"), `'${who}' is not in the Stakeholders table${guess ? ` (did you mean '${guess}'?)` : ""}; counted with weight 1`);
    }
    const d = draft(who);
    if (a === b) {
      reader.errorText(r, reader.columnIndex("comparedWith"), `a driver is compared with itself ('${labels[a]}'); compare it with another driver`);
      continue;
    }
    const cell = reader.cell(r, "value");
    if (isBlankCell(cell)) continue; // not answered yet
    const typed = judgementValue(cell);
    if (typed === undefined || !(typed >= SCALE_MIN && typed <= SCALE_MAX)) {
      reader.error(r, reader.columnIndex("value"), "a judgement on Saaty's scale: 1–9 or 1/2–1/9 (a number or text like 1/3)", cell);
      continue;
    }
    d.answered = true;
    // Stored as driver i over driver j with i < j in Drivers order.
    const [i, j, value] = a < b ? [a, b, typed] : [b, a, 1 / typed];
    const key = `${i},${j}`;
    const earlier = d.given.get(key);
    if (earlier) {
      if (!near(earlier.value / value)) {
        reader.errorText(
          r,
          reader.columnIndex("value"),
          `'${who}' already judged ${labels[i]} against ${labels[j]} as ${formatJudgement(earlier.value)} in row ${earlier.row}; this row says ${formatJudgement(value)} — keep one`,
        );
      }
      continue;
    }
    d.given.set(key, { value, row: r + 1 });
  }
}
