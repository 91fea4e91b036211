/** The add-in's Excel gateway: every Office.js call of the task pane goes through here. */
import type { ExcelGateway } from "./gateway";
import { freezeForSharing } from "./freeze";
import { prepareJudgementSheets } from "./judgementSheets";
import { readTables } from "./readTables";
import { hostCapabilities } from "./requirements";
import { saveDriverWeights } from "./saveWeights";
import { listScenarios, readSetting, saveScenario, writeSetting } from "./settings";
import { createTemplate, insertSample, selectCell } from "./workbookActions";
import { writeSheet } from "./writeSheet";

export function officeExcelGateway(onBusy: (message: string) => void): ExcelGateway {
  const retry = { onBusy };
  const capabilities = hostCapabilities();
  return {
    capabilities,
    onBusy,
    readTables: () => readTables(retry),
    writeSheet: (spec) => writeSheet(spec, { ...retry, capabilities }),
    selectCell: (address) => selectCell(address, retry),
    saveDriverWeights: (weights) => saveDriverWeights(weights, retry),
    freezeForSharing: (note) => freezeForSharing(note, retry),
    readSetting: (key) => readSetting(key, retry),
    writeSetting: (key, value) => writeSetting(key, value, retry),
    listScenarios: () => listScenarios(retry),
    saveScenario: (record) => saveScenario(record, retry),
    insertSample: (base64) => insertSample(base64, retry),
    prepareJudgementSheets: (sheets) => prepareJudgementSheets(sheets, { ...retry, capabilities }),
    createTemplate: async (tables) => {
      await createTemplate(tables, retry);
    },
  };
}
