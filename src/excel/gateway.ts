/**
 * What the task pane needs from Excel, as an interface so component tests can pass a fake and the
 * add-in passes `officeExcelGateway` (./index, the only code calling Excel.run). Declared here, next to its
 * implementation, so src/excel never imports the task pane (the arrow points one way).
 */
import type { TableData } from "../engine/portfolio";
import type { SheetSpec } from "../sheets/sheetSpec";
import type { Capabilities } from "./requirements";
import type { FreezeOutcome } from "./freeze";
import type { WriteOutcome } from "./writeSheet";
import type { ScenarioRecord } from "./settings";
import type { PreparedSheets } from "./judgementSheets";
import type { JudgementSheet } from "../sheets/judgementSheet";

export type { WriteOutcome, FreezeOutcome, Capabilities, ScenarioRecord, PreparedSheets };

export interface ExcelGateway {
  readonly capabilities: Capabilities;
  readTables(): Promise<TableData[]>;
  writeSheet(spec: SheetSpec): Promise<WriteOutcome>;
  /** Select a cell given "Sheet!C7" (problem links). */
  selectCell(address: string): Promise<void>;
  /** The explicit Save: writes Drivers[Weight] only. Returns how many drivers were written. */
  saveDriverWeights(weights: Readonly<Record<string, number>>): Promise<number>;
  freezeForSharing(note: string): Promise<FreezeOutcome>;
  readSetting<T>(key: string): Promise<T | null>;
  writeSetting(key: string, value: unknown): Promise<void>;
  listScenarios(): Promise<ScenarioRecord[]>;
  saveScenario(record: ScenarioRecord): Promise<void>;
  insertSample(base64: string): Promise<void>;
  /** Group prioritisation: one judgement sheet per stakeholder; existing ones are kept with their answers. */
  prepareJudgementSheets(sheets: readonly JudgementSheet[]): Promise<PreparedSheets>;
  createTemplate(tables: readonly { sheet: string; name: string; headers: readonly string[]; rows?: readonly (readonly (string | number | null)[])[] }[]): Promise<void>;
  /** Called while Excel is in cell-edit mode and a batch waits to retry. */
  onBusy?: (message: string) => void;
}
