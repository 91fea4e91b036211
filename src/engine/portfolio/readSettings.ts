/** Reads the optional Settings (key/value) and ImpactScale tables. */
import { isBlankCell } from "../cellValues";
import { DEFAULT_IMPACT_SCALE, type ImpactScale, impactScaleFromTable } from "../impactScale";
import { closestMatch } from "./closestMatch";
import type { TableData } from "./tableData";
import { type ProblemLog, TableReader } from "./tableReader";
import { IMPACT_SCALE_TABLE, normaliseHeader, SETTINGS_KEYS, SETTINGS_TABLE } from "./template";
import type { PortfolioSettings, ValueBasis, WeightsMethod } from "./types";

export const DEFAULT_SETTINGS: PortfolioSettings = Object.freeze({
  valueBasis: "score",
  weightsMethod: "direct",
  timeLimitSeconds: 30,
  maxShift: 0,
  ragGreen: 0.95,
  ragAmber: 0.85,
  topK: 10,
  currency: "EUR",
});

const VALUE_BASES: Record<string, ValueBasis> = {
  score: "score",
  alignment: "score",
  alignmentscore: "score",
  benefit: "benefit",
  scoretimesbenefit: "scoreTimesBenefit",
  scorebenefit: "scoreTimesBenefit",
  scorexbenefit: "scoreTimesBenefit",
};

const WEIGHTS_METHODS: Record<string, WeightsMethod> = {
  direct: "direct",
  ahp: "ahp",
  eigenvector: "ahp",
  geometric: "geometric",
  geometricmean: "geometric",
};

export function readSettings(table: TableData, log: ProblemLog): PortfolioSettings {
  const reader = new TableReader(table, SETTINGS_TABLE, log);
  if (!reader.checkRequiredColumns()) return DEFAULT_SETTINGS;
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const keyColumn = reader.columnIndex("key");
  const valueColumn = reader.columnIndex("value");
  const allKeys = SETTINGS_KEYS.flatMap((k) => [k.key, ...(k.aliases ?? [])]);
  for (let r = 0; r < reader.rowCount; r++) {
    if (reader.isBlankRow(r)) continue;
    const key = reader.text(r, "key", true);
    if (key === undefined) continue;
    const n = normaliseHeader(key);
    const spec = SETTINGS_KEYS.find((k) => [k.key, ...(k.aliases ?? [])].some((a) => normaliseHeader(a) === n));
    if (!spec) {
      const near = closestMatch(key, allKeys);
      reader.warn(r, keyColumn, `'${key}' is not a setting and is ignored${near ? ` — did you mean '${near}'?` : ""}`);
      continue;
    }
    const cell = reader.cell(r, "value");
    if (isBlankCell(cell)) continue;
    const word = normaliseHeader(String(cell));
    switch (spec.field) {
      case "valueBasis": {
        const v = VALUE_BASES[word];
        if (v) settings.valueBasis = v;
        else reader.error(r, valueColumn, "score, benefit or scoreTimesBenefit", cell);
        break;
      }
      case "weightsMethod": {
        const v = WEIGHTS_METHODS[word];
        if (v) settings.weightsMethod = v;
        else reader.error(r, valueColumn, "direct, ahp or geometric", cell);
        break;
      }
      case "maxShift":
        if (word === "any" || word === "free") settings.maxShift = null;
        else assign(settings, "maxShift", reader.number(r, "value", { integer: true, min: 0 }));
        break;
      case "timeLimitSeconds":
        assign(settings, spec.field, reader.number(r, "value", { above: 0 }));
        break;
      case "ragGreen":
      case "ragAmber":
        assign(settings, spec.field, reader.number(r, "value", { above: 0 }));
        break;
      case "topK":
      case "minProjects":
      case "maxProjects":
        assign(settings, spec.field, reader.number(r, "value", { integer: true, min: spec.field === "topK" ? 1 : 0 }));
        break;
      case "currency":
        settings.currency = String(cell).trim();
        break;
    }
  }
  const result = settings as unknown as PortfolioSettings;
  if (result.ragAmber > result.ragGreen) {
    reader.errorText(undefined, valueColumn, `RAG amber (${result.ragAmber}) must not be above RAG green (${result.ragGreen})`);
  }
  if (result.minProjects !== undefined && result.maxProjects !== undefined && result.minProjects > result.maxProjects) {
    reader.errorText(undefined, valueColumn, `Min projects (${result.minProjects}) is above Max projects (${result.maxProjects})`);
  }
  return result;
}

function assign(settings: Record<string, unknown>, field: string, value: number | undefined): void {
  if (value !== undefined) settings[field] = value;
}

/** The workbook's impact scale, or the default when the table is absent or broken (the break is reported). */
export function readImpactScale(table: TableData | undefined, log: ProblemLog): ImpactScale {
  if (!table) return DEFAULT_IMPACT_SCALE;
  const reader = new TableReader(table, IMPACT_SCALE_TABLE, log);
  if (!reader.checkRequiredColumns()) return DEFAULT_IMPACT_SCALE;
  const rows: [unknown, unknown][] = [];
  const rowIndexes: number[] = [];
  for (let r = 0; r < reader.rowCount; r++) {
    if (reader.isBlankRow(r)) continue;
    rows.push([reader.cell(r, "level"), reader.cell(r, "value")]);
    rowIndexes.push(r);
  }
  try {
    return impactScaleFromTable(rows, { table: table.name }, [reader.header("level"), reader.header("value")]);
  } catch (error) {
    // impactScaleFromTable numbers rows among the non-blank ones; map back to the table row for the link.
    const location = (error as { location?: { row?: number; column?: string } }).location;
    const r = typeof location?.row === "number" ? rowIndexes[location.row - 1] : undefined;
    const c = location?.column === reader.header("value") ? reader.columnIndex("value") : location?.row !== undefined ? reader.columnIndex("level") : undefined;
    reader.thrown(r, c, error);
    return DEFAULT_IMPACT_SCALE;
  }
}
