/**
 * State saved in the workbook so it travels with the file. Small things (column mapping, options) are
 * workbook settings; scenarios can be large, so they live as JSON split into cell-sized chunks on a
 * very hidden sheet `PMO Data` (a cell holds at most 32,767 characters).
 */
import { withCellEditRetry, type RetryOptions } from "./retry";

export const DATA_SHEET = "PMO Data";
const CHUNK_CHARS = 30_000;
const DATA_HEADER = "PMO Align data (JSON, do not edit)";

export interface ScenarioSummary {
  readonly value: number;
  /** Spend per cost limit of the selected set. */
  readonly costs: Readonly<Record<string, number>>;
  readonly selected: readonly string[];
  /** Highest monthly load per role (empty when resources were not planned). */
  readonly rolePeaks: Readonly<Record<string, number>>;
  readonly status: string;
}

export interface ScenarioRecord {
  readonly name: string;
  /** ISO timestamp. */
  readonly savedAt: string;
  readonly summary: ScenarioSummary;
  /** The inputs that produced it (weights, limits, constraints), reusable to re-run. */
  readonly inputs: unknown;
}

interface DataStore {
  readonly scenarios: ScenarioRecord[];
}

export async function readSetting<T>(key: string, options: RetryOptions = {}): Promise<T | null> {
  return withCellEditRetry(
    () =>
      Excel.run(async (context) => {
        const item = context.workbook.settings.getItemOrNullObject(key);
        item.load("value");
        await context.sync();
        if (item.isNullObject) return null;
        return (typeof item.value === "string" ? safeParse(item.value) : item.value) as T | null;
      }),
    options,
  );
}

export async function writeSetting(key: string, value: unknown, options: RetryOptions = {}): Promise<void> {
  await withCellEditRetry(
    () =>
      Excel.run(async (context) => {
        context.workbook.settings.add(key, JSON.stringify(value));
        await context.sync();
      }),
    options,
  );
}

/** Split text into chunks that each fit a cell. */
export function chunkText(text: string, size = CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return chunks.length ? chunks : [""];
}

async function readStore(context: Excel.RequestContext): Promise<DataStore> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(DATA_SHEET);
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) return { scenarios: [] };
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values");
  await context.sync();
  if (used.isNullObject) return { scenarios: [] };
  const text = used.values
    .slice(1)
    .map((row) => String(row[0] ?? ""))
    .join("");
  const parsed = safeParse(text) as Partial<DataStore> | null;
  return { scenarios: Array.isArray(parsed?.scenarios) ? parsed.scenarios : [] };
}

export async function listScenarios(options: RetryOptions = {}): Promise<ScenarioRecord[]> {
  return withCellEditRetry(() => Excel.run(async (context) => (await readStore(context)).scenarios), options);
}

/** Save (or replace by name) a scenario. */
export async function saveScenario(record: ScenarioRecord, options: RetryOptions = {}): Promise<void> {
  await withCellEditRetry(
    () =>
      Excel.run(async (context) => {
        const store = await readStore(context);
        const scenarios = [...store.scenarios.filter((s) => s.name !== record.name), record];
        const chunks = chunkText(JSON.stringify({ scenarios }));
        let sheet = context.workbook.worksheets.getItemOrNullObject(DATA_SHEET);
        sheet.load("name");
        await context.sync();
        if (sheet.isNullObject) {
          sheet = context.workbook.worksheets.add(DATA_SHEET);
          sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
        } else {
          sheet.getRange("A:A").clear("Contents" as Excel.ClearApplyTo);
        }
        const column = [[DATA_HEADER], ...chunks.map((c) => [c])];
        sheet.getRange(`A1:A${column.length}`).values = column;
        await context.sync();
      }),
    options,
  );
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
