/** The task pane's view of Excel: the gateway interface src/excel declares and implements. */
export type { Capabilities, ExcelGateway, FreezeOutcome, PreparedSheets, ScenarioRecord, WriteOutcome } from "../excel/gateway";
