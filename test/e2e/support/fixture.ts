/** In-memory workbook fixtures for the Excel host double (test/e2e/host/excelHostDouble.js). */
import { mulberry32 } from "../../../scripts/lib/mulberry32";
import { columnLetter } from "../../../src/sheets/sheetSpec";

export type FixtureCell = [row: number, col: number, value: string | number | boolean | null, formula?: string];

export interface FixtureSheet {
  readonly name: string;
  readonly visibility?: string;
  readonly cells: FixtureCell[];
  readonly tables: { readonly name: string; readonly address: string }[];
}

export interface WorkbookFixture {
  readonly sheets: FixtureSheet[];
  readonly settings?: Record<string, unknown>;
}

export interface FixtureTable {
  readonly sheet: string;
  readonly name: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number | null)[])[];
  /** Top-left of the header row, 0-based (default row 0, col 0; tables on one sheet stack below each other). */
  readonly at?: { readonly row: number; readonly col: number };
}

export const columnLetters = columnLetter;

/** Lay tables out on sheets (stacked with a blank row between tables sharing a sheet). */
export function workbookFromTables(tables: readonly FixtureTable[], extraSheets: readonly FixtureSheet[] = []): WorkbookFixture {
  const sheets = new Map<string, { cells: FixtureCell[]; tables: { name: string; address: string }[]; nextRow: number }>();
  for (const t of tables) {
    const sheet = sheets.get(t.sheet) ?? { cells: [], tables: [], nextRow: 0 };
    sheets.set(t.sheet, sheet);
    const top = t.at?.row ?? sheet.nextRow;
    const left = t.at?.col ?? 0;
    t.headers.forEach((h, c) => sheet.cells.push([top, left + c, h]));
    const rows = t.rows.length ? t.rows : [t.headers.map(() => null)];
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== "" && sheet.cells.push([top + 1 + r, left + c, v])));
    const address = `${columnLetters(left)}${top + 1}:${columnLetters(left + t.headers.length - 1)}${top + 1 + rows.length}`;
    sheet.tables.push({ name: t.name, address });
    sheet.nextRow = Math.max(sheet.nextRow, top + rows.length + 3);
  }
  return {
    sheets: [...[...sheets.entries()].map(([name, s]) => ({ name, cells: s.cells, tables: s.tables })), ...extraSheets],
  };
}

/** Deterministic pseudo-random numbers so fixtures are reproducible. */
export const random = mulberry32;

const DRIVERS = ["Customer value", "Cost efficiency", "Risk reduction", "Growth"];
const WORDS = ["None", "Low", "Moderate", "Strong", "Extreme"];
const CATEGORIES = ["Run", "Grow", "Transform"];
const ROLES = ["Developer", "Analyst", "Architect"];
const MONTHS = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}`);

/** A user's own sheet with a formula, to prove the add-in never touches it. */
export const USER_NOTES_SHEET: FixtureSheet = {
  name: "My notes",
  cells: [
    [0, 0, "Budget check"],
    [1, 0, 100],
    [1, 1, 200],
    [1, 2, 300, "=A2+B2"],
  ],
  tables: [],
};

/** A template-shaped portfolio of n projects (4 drivers, 2 cost limits, 3 roles over 12 months). */
export function syntheticPortfolio(n: number, seed = 7): FixtureTable[] {
  const rnd = random(seed);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const projects = Array.from({ length: n }, (_, i) => {
    const id = `P${String(i + 1).padStart(4, "0")}`;
    const cost = Math.round(50 + rnd() * 450) * 1000;
    const capex = Math.round(cost * (0.3 + rnd() * 0.5));
    const start = MONTHS[Math.floor(rnd() * 6)];
    const duration = 2 + Math.floor(rnd() * 5);
    return [id, `Project ${i + 1}`, pick(["Ana", "Ben", "Chloé", "Dev"]), pick(CATEGORIES), cost, Math.round(cost * (0.8 + rnd() * 2)), start, duration, capex, cost - capex, ...DRIVERS.map(() => pick(WORDS))];
  });
  const totalCost = projects.reduce((s, p) => s + (p[4] as number), 0);
  const demand: (string | number)[][] = [];
  for (const p of projects.slice(0, Math.min(n, 60))) {
    for (let k = 0; k < (p[7] as number); k++) demand.push([p[0] as string, ROLES[k % ROLES.length], k, Math.round((0.5 + rnd()) * 10) / 10]);
  }
  return [
    { sheet: "Drivers", name: "Drivers", headers: ["Driver", "Description", "Weight"], rows: DRIVERS.map((d, i) => [d, `${d} for the business`, [40, 20, 25, 15][i]]) },
    {
      sheet: "Drivers",
      name: "DriverComparisons",
      headers: ["Driver", ...DRIVERS],
      rows: [
        ["Customer value", 1, 3, 2, 3],
        ["Cost efficiency", null, 1, 1, 2],
        ["Risk reduction", null, null, 1, 2],
        ["Growth", null, null, null, 1],
      ],
    },
    {
      sheet: "Projects",
      name: "Projects",
      headers: ["Project", "Name", "Owner", "Category", "Cost", "Benefit", "Start", "Duration months", "CapEx", "OpEx", ...DRIVERS],
      rows: projects,
    },
    {
      sheet: "Limits",
      name: "Limits",
      headers: ["Limit", "Amount", "Category", "Min Share", "Max Share"],
      rows: [
        ["Cost", Math.round(totalCost * 0.45), null, null, null],
        ["CapEx", Math.round(totalCost * 0.25), null, null, null],
      ],
    },
    {
      sheet: "Resources",
      name: "Capacity",
      headers: ["Role", "Unit", "Rate", ...MONTHS],
      rows: ROLES.map((r, i) => [r, "FTE", [9000, 8000, 11000][i], ...MONTHS.map(() => [6, 3, 2][i])]),
    },
    { sheet: "Resources", name: "Demand", headers: ["Project", "Role", "Month Offset", "FTE"], rows: demand },
  ];
}
